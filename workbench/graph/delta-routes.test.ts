// Messages delta over HTTP: initial paging, incremental created/partial/@removed, the documented option subset, token invalidation.
import { createCaller, errorOf, makeToken, startTestGraph } from "./test-support";
import type { FakeGraph } from "./fake-graph-server";
import type { Caller } from "./test-support";

let graph: FakeGraph;
let call: Caller;

beforeEach(async () => {
  ({ graph, call } = await startTestGraph());
});
afterEach(async () => graph.close());

interface DeltaPage {
  value: Array<Record<string, unknown>>;
  "@odata.nextLink"?: string;
  "@odata.deltaLink"?: string;
}

async function follow(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: DeltaPage; headers: Headers }> {
  const response = await fetch(url, {
    headers: { Authorization: `Bearer ${makeToken()}`, ...headers },
  });
  return {
    status: response.status,
    body: JSON.parse(await response.text()) as DeltaPage,
    headers: response.headers,
  };
}

async function syncAll(
  firstPath: string,
): Promise<{ items: Array<Record<string, unknown>>; pages: number; deltaLink: string }> {
  let page = await follow(`${graph.graphUrl}${firstPath}`, { Prefer: "odata.maxpagesize=3" });
  const items = [...page.body.value];
  let pages = 1;
  while (page.body["@odata.nextLink"] !== undefined) {
    page = await follow(page.body["@odata.nextLink"], { Prefer: "odata.maxpagesize=3" });
    items.push(...page.body.value);
    pages += 1;
  }
  return { items, pages, deltaLink: page.body["@odata.deltaLink"] ?? "" };
}

describe("messages delta", () => {
  it("returns the whole Inbox over pages with nextLink, then a deltaLink; nothing changed → empty page", async () => {
    const { items, pages, deltaLink } = await syncAll(
      "/me/mailFolders/inbox/messages/delta?$select=subject,isRead",
    );
    expect([items.length, pages]).toStrictEqual([8, 3]);
    expect(deltaLink).toMatch(/\/messages\/delta\?\$deltatoken=/);
    const again = await follow(deltaLink);
    expect(again.body.value).toStrictEqual([]);
  });

  it("reports a new inbound message in full, a read-state change as a partial update, and a move-out as @removed", async () => {
    const { items, deltaLink } = await syncAll(
      "/me/mailFolders/inbox/messages/delta?$select=subject,isRead,conversationId",
    );
    const lunch = items.find((item) => item.subject === "Lunch Thursday?");
    const pipeline = items.find((item) => item.subject === "Weekly pipeline review");
    await call("PATCH", `/me/messages/${String(lunch?.id)}`, { body: { isRead: true } });
    await call("POST", `/me/messages/${String(pipeline?.id)}/move`, {
      body: { destinationId: "deleteditems" },
    });
    await call("POST", "/_fake/inbound", {
      body: {
        message: {
          subject: "Re: pricing",
          from: {
            emailAddress: { address: "sofia.marquez@northwindtraders.com", name: "Sofia Marquez" },
          },
          toRecipients: [],
        },
      },
    });
    const changes = (await follow(deltaLink)).body.value;
    const created = changes.find((item) => item.subject === "Re: pricing");
    expect(changes).toHaveLength(3);
    expect(created).toMatchObject({
      "@odata.type": "#microsoft.graph.message",
      subject: "Re: pricing",
      isRead: false,
    });
    expect(changes.find((item) => item.id === lunch?.id)).toStrictEqual({
      "@odata.type": "#microsoft.graph.message",
      id: lunch?.id,
      isRead: true,
      parentFolderId: graph.store.requireFolder("inbox").id,
    });
    expect(changes.find((item) => item.id === pipeline?.id)).toStrictEqual({
      "@odata.type": "#microsoft.graph.message",
      id: pipeline?.id,
      "@removed": { reason: "deleted" },
    });
  });

  it.each([
    ["$filter=subject eq 'x'", "ErrorInvalidUrlQueryFilter"],
    ["$orderby=subject", "BadRequest"],
    ["$skip=2", "BadRequest"],
    ["$search=hello", "BadRequest"],
    ["changeType=renamed", "BadRequest"],
  ])("rejects the unsupported option %s with 400 %s", async (query, code) => {
    expect(
      errorOf(await call("GET", `/me/mailFolders/inbox/messages/delta?${query}`)),
    ).toStrictEqual({ status: 400, code });
  });

  it("accepts $filter=receivedDateTime ge … and returns only messages received since", async () => {
    const { items } = await syncAll(
      "/me/mailFolders/inbox/messages/delta?$select=subject&$filter=receivedDateTime ge 2025-03-10T00:00:00Z",
    );
    expect(items.map((item) => item.subject).sort()).toStrictEqual([
      "Lunch Thursday?",
      "Weekly pipeline review",
    ]);
  });

  it("answers 410 Gone with a Location to restart once tokens are invalidated, or 400 syncStateNotFound in that mode", async () => {
    const { deltaLink } = await syncAll("/me/mailFolders/inbox/messages/delta?$select=subject");
    await call("POST", "/_fake/faults", { body: { invalidateDeltaTokens: "410" } });
    const gone = await follow(deltaLink);
    expect([gone.status, gone.headers.get("location")]).toStrictEqual([
      410,
      `${graph.graphUrl}/me/mailFolders/inbox/messages/delta?%24select=subject`,
    ]);
    const restarted = await syncAll("/me/mailFolders/inbox/messages/delta?$select=subject");
    graph.faults.invalidateDeltaTokens("syncStateNotFound");
    const notFound = await follow(restarted.deltaLink);
    expect([
      notFound.status,
      (notFound.body as unknown as { error: { code: string } }).error.code,
    ]).toStrictEqual([400, "syncStateNotFound"]);
  });

  it("fails $expand of extended properties with 500 when the UNCONF switch says so", async () => {
    graph.faults.setSwitches({ deltaExpandExtendedProperties: "500" });
    const path = `/me/mailFolders/sentitems/messages/delta?$expand=singleValueExtendedProperties($filter=id eq 'String {6f4d3e2a-9b1c-4d5e-8f7a-1b2c3d4e5f60} Name TempoTrackId')`;
    expect(errorOf(await createCaller(graph)("GET", path))).toStrictEqual({
      status: 500,
      code: "InternalServerError",
    });
  });
});
