// GraphMailApi against the fake Graph over real HTTP: one test per operation, whole results asserted.
import { isAppError } from "../../core/errors/app-error";
import { tempoTrackIdPropertyId, toTrackId } from "../../core/tracking/tracking-marker";
import { toMessageId } from "../../ports/mail-api";
import { startTestBed } from "./fake-graph-test-bed";
import { GraphMailApi } from "./graph-mail-api";
import type { TestBed } from "./fake-graph-test-bed";

let bed: TestBed;
let mail: GraphMailApi;

beforeEach(async () => {
  bed = await startTestBed();
  mail = new GraphMailApi({ gateway: bed.gateway, pollIntervalMs: 100, maxPolls: 20 });
});
afterEach(() => bed.close());

const draft = (trackId: string) => ({
  trackId: toTrackId(trackId),
  subject: "Intro to Tempo",
  bodyHtml: "<p>Hello Lee</p>",
  to: [{ address: "lee.gu@fabrikam.com", name: "Lee Gu" }],
});

describe("GraphMailApi", () => {
  it("lists the seeded tracked mail in Sent Items, newest first, each with its track id", async () => {
    const tracked = await mail.listSentTracked({ maxMessages: 100 });
    const { store } = bed.graph;
    const seeded = store
      .listMessages()
      .filter((m) => store.folderName(m) === "sentitems")
      .filter((m) => m.extendedProperties.some((p) => p.id === tempoTrackIdPropertyId));
    expect(tracked.map((t) => t.trackId).sort()).toStrictEqual(
      seeded
        .map((m) => m.extendedProperties.find((p) => p.id === tempoTrackIdPropertyId)?.value)
        .sort(),
    );
    const sentTimes = tracked.map((t) => t.sentDateTime ?? "");
    expect(sentTimes).toStrictEqual([...sentTimes].sort().reverse());
  });

  it("gets one message by its immutable id with headers and body", async () => {
    const [first] = await mail.listSentTracked({ maxMessages: 1 });
    const message = await mail.getMessage(first?.id ?? toMessageId("missing"));
    expect(message.id).toBe(first?.id);
    expect(message.subject).toBe(first?.subject);
    expect(message.body?.contentType).toMatch(/^(html|text)$/);
  });

  it("answers graph_not_found with Graph's code and both request ids for a deleted message", async () => {
    const goneId = await mail.createDraft(draft("tt-gone"));
    await bed.gateway.call({
      method: "DELETE",
      path: `/me/messages/${goneId}`,
      scopes: ["Mail.ReadWrite"],
    });
    const error: unknown = await mail.getMessage(goneId).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("graph_not_found");
    expect(isAppError(error) && error.details).toStrictEqual({
      statusCode: 404,
      graphCode: "ErrorItemNotFound",
      requestId: expect.any(String) as string,
      clientRequestId: expect.any(String) as string,
      method: "GET",
      path: `/me/messages/${goneId}`,
      retryAfterSeconds: undefined,
    });
  });

  it("sends a tracked mail once and finds its Sent copy by the marker", async () => {
    const outcome = await mail.sendTracked(draft("tt-send-1"));
    await bed.graph.settled();
    const deliveries = bed.graph.deliveries().filter((d) => d.via !== "event-invitation");
    expect(outcome).toStrictEqual({ status: "sent", sentMessageId: expect.any(String) as string });
    expect(deliveries.map((d) => d.subject)).toStrictEqual(["Intro to Tempo"]);
    const listed = await mail.listSentTracked({ maxMessages: 100 });
    expect(listed.find((t) => t.trackId === "tt-send-1")?.id).toBe(
      outcome.status === "sent" ? outcome.sentMessageId : undefined,
    );
  });

  it("creates a draft carrying the marker and sends it by id", async () => {
    const draftId = await mail.createDraft(draft("tt-draft-1"));
    const outcome = await mail.sendDraft({ draftId, trackId: toTrackId("tt-draft-1") });
    expect(outcome.status).toBe("sent");
  });

  it("reports not_sent with the reason when Graph refuses the send", async () => {
    const goneId = await mail.createDraft(draft("tt-gone"));
    await bed.gateway.call({
      method: "DELETE",
      path: `/me/messages/${goneId}`,
      scopes: ["Mail.ReadWrite"],
    });
    const outcome = await mail.sendDraft({ draftId: goneId, trackId: toTrackId("tt-gone") });
    expect(outcome.status === "not_sent" && outcome.reason.code).toBe("graph_not_found");
  });

  it("reads the Inbox delta, then nothing new, then a resync after the token is invalidated", async () => {
    const first = await mail.inboxDelta({});
    expect(first.kind === "changes" && first.messages.length).toBeGreaterThan(0);
    expect(first.kind === "changes" && first.isComplete).toBe(true);
    const deltaLink = first.kind === "changes" ? first.deltaLink : "";
    const second = await mail.inboxDelta({ deltaLink });
    expect(second).toStrictEqual({
      kind: "changes",
      messages: [],
      removedIds: [],
      deltaLink: expect.any(String) as string,
      isComplete: true,
    });
    bed.graph.faults.invalidateDeltaTokens("410");
    expect(await mail.inboxDelta({ deltaLink })).toStrictEqual({
      kind: "resync_required",
      reason: "resyncRequired",
    });
    bed.graph.faults.invalidateDeltaTokens("syncStateNotFound");
    expect(await mail.inboxDelta({ deltaLink })).toStrictEqual({
      kind: "resync_required",
      reason: "syncStateNotFound",
    });
  });

  it("stops a delta round at the page cap and resumes from the link it returned", async () => {
    const smallPages = new GraphMailApi({ gateway: bed.gateway, pageSize: 3 });
    const capped = await smallPages.inboxDelta({ maxPages: 1 });
    expect(capped.kind === "changes" && capped.isComplete).toBe(false);
    const rest = await smallPages.inboxDelta({
      maxPages: 100,
      deltaLink: capped.kind === "changes" ? capped.deltaLink : "",
    });
    expect(rest.kind === "changes" && rest.isComplete).toBe(true);
  });
});
