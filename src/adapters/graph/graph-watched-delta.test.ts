// Inbox and Junk Email delta through one $batch, against the fake Graph: request counts, per-folder resync, paging past the batch.
import { startTestBed } from "./fake-graph-test-bed";
import { GraphMailApi } from "./graph-mail-api";
import type { InboxDeltaResult, WatchedFolder } from "../../ports/mail-api";
import type { TestBed } from "./fake-graph-test-bed";

let bed: TestBed;
let mail: GraphMailApi;

beforeEach(async () => {
  bed = await startTestBed();
  mail = new GraphMailApi({ gateway: bed.gateway });
});
afterEach(() => bed.close());

const nothingNew = {
  kind: "changes",
  messages: [],
  removedIds: [],
  deltaLink: expect.stringContaining("$deltatoken=") as string,
  isComplete: true,
};

function linksOf(round: Record<WatchedFolder, InboxDeltaResult>): Record<WatchedFolder, string> {
  const linkOf = (result: InboxDeltaResult) => (result.kind === "changes" ? result.deltaLink : "");
  return { inbox: linkOf(round.inbox), junkemail: linkOf(round.junkemail) };
}

function idsIn(folder: string): string[] {
  const { store } = bed.graph;
  const folderId = store.requireFolder(folder).id;
  return store
    .listMessages(folderId)
    .map((message) => message.immutableId)
    .sort();
}

async function postInbound(message: object, folder?: string): Promise<void> {
  const response = await fetch(`${bed.graph.baseUrl}/_fake/inbound`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ message, ...(folder === undefined ? {} : { folder }) }),
  });
  expect(response.status).toBe(201);
}

function requestsSince(start: number): string[] {
  return bed.attempts.slice(start).map(({ method, path }) => `${method} ${path}`);
}

describe("GraphMailApi.watchedFoldersDelta", () => {
  it("reads Inbox and Junk Email in one $batch, then an unchanged mailbox in exactly one request", async () => {
    const start = bed.attempts.length;
    const first = await mail.watchedFoldersDelta({});
    const afterFirst = bed.attempts.length;
    const second = await mail.watchedFoldersDelta(linksOf(first));

    expect(requestsSince(start)).toStrictEqual(["POST /$batch", "POST /$batch"]);
    expect(
      first.inbox.kind === "changes" && first.inbox.messages.map((m) => m.id).sort(),
    ).toStrictEqual(idsIn("inbox"));
    expect(first.junkemail).toStrictEqual(nothingNew);
    expect(second).toStrictEqual({ inbox: nothingNew, junkemail: nothingNew });
    expect(bed.attempts.length - afterFirst).toBe(1);
  });

  it("reports a reply in the Inbox and one the junk filter took, each under its own folder", async () => {
    const links = linksOf(await mail.watchedFoldersDelta({}));
    await postInbound({
      subject: "RE: Pricing",
      from: { emailAddress: { address: "sofia.marquez@northwindtraders.com" } },
    });
    await postInbound(
      {
        subject: "RE: Pilot",
        from: { emailAddress: { address: "liam.oconnell@litware.com" } },
      },
      "junkemail",
    );

    const next = await mail.watchedFoldersDelta(links);

    const subjects = (result: InboxDeltaResult) =>
      result.kind === "changes" ? result.messages.map((message) => message.subject) : [];
    expect({ inbox: subjects(next.inbox), junkemail: subjects(next.junkemail) }).toStrictEqual({
      inbox: ["RE: Pricing"],
      junkemail: ["RE: Pilot"],
    });
  });

  it("makes only the folder whose link is spent resync_required", async () => {
    const links = linksOf(await mail.watchedFoldersDelta({}));
    const unknownJunkLink = links.junkemail.replace(/\$deltatoken=.*/, "$deltatoken=unknown");

    const partly = await mail.watchedFoldersDelta({ ...links, junkemail: unknownJunkLink });
    bed.graph.faults.invalidateDeltaTokens("410");
    const both = await mail.watchedFoldersDelta(links);

    expect(partly).toStrictEqual({
      inbox: nothingNew,
      junkemail: { kind: "resync_required", reason: "syncStateNotFound" },
    });
    expect(both).toStrictEqual({
      inbox: { kind: "resync_required", reason: "resyncRequired" },
      junkemail: { kind: "resync_required", reason: "resyncRequired" },
    });
  });

  it("follows pages past the batch with plain calls up to the cap, and resumes from the link it gave", async () => {
    const smallPages = new GraphMailApi({ gateway: bed.gateway, pageSize: 3 });
    const start = bed.attempts.length;

    const capped = await smallPages.watchedFoldersDelta({}, { maxPages: 2 });
    const cappedRequests = requestsSince(start);
    const rest = await smallPages.watchedFoldersDelta(linksOf(capped), { maxPages: 100 });

    expect(cappedRequests).toStrictEqual([
      "POST /$batch",
      expect.stringMatching(/^GET \/me\/mailFolders\('[^']+'\)\/messages\/delta$/) as string,
    ]);
    expect(capped.inbox.kind === "changes" && capped.inbox.isComplete).toBe(false);
    expect(capped.inbox.kind === "changes" && capped.inbox.messages).toHaveLength(6);
    expect(rest.inbox.kind === "changes" && rest.inbox.isComplete).toBe(true);
    const seen = [capped.inbox, rest.inbox].flatMap((result) =>
      result.kind === "changes" ? result.messages.map((message) => message.id) : [],
    );
    expect(seen.sort()).toStrictEqual(idsIn("inbox"));
  });
});
