// Sending over HTTP: drafts leave Drafts, Sent copies appear late with marker properties, deferred send with the fake clock, host sends.
import { hostCustomPropertiesId } from "./send-pipeline";
import { errorOf, startTestGraph, trackIdProperty } from "./test-support";
import type { FakeGraph } from "./fake-graph-server";
import type { Caller } from "./test-support";

let graph: FakeGraph;
let call: Caller;
const immutable = { Prefer: 'IdType="ImmutableId"' };
const to = [
  { emailAddress: { address: "sofia.marquez@northwindtraders.com", name: "Sofia Marquez" } },
];

beforeEach(async () => {
  ({ graph, call } = await startTestGraph({ seed: "empty" }));
});
afterEach(async () => graph.close());

async function createDraft(extra: Record<string, unknown> = {}): Promise<string> {
  const created = await call("POST", "/me/messages", {
    headers: immutable,
    body: {
      subject: "Pricing",
      toRecipients: to,
      body: { contentType: "text", content: "Hi" },
      ...extra,
    },
  });
  return (created.body as { id: string }).id;
}

describe("send", () => {
  it("removes the draft at once, then writes the Sent copy with the same immutable id and marker, no headers, one delivery", async () => {
    graph.faults.setSwitches({ sentCopyDelayMs: { min: 400, max: 400 } });
    const id = await createDraft({
      singleValueExtendedProperties: [{ id: trackIdProperty, value: "trk-9" }],
    });
    const sent = await call("POST", `/me/messages/${id}/send`);
    const rightAfter = await call("GET", `/me/messages/${id}`, { headers: immutable });
    await graph.settled();
    const expand = encodeURIComponent(
      `singleValueExtendedProperties($filter=id eq '${trackIdProperty}')`,
    );
    const copy = await call(
      "GET",
      `/me/messages/${id}?$select=subject,isDraft,internetMessageHeaders,parentFolderId&$expand=${expand}`,
      { headers: immutable },
    );
    expect([sent.status, errorOf(rightAfter).status]).toStrictEqual([202, 404]);
    expect(copy.body).toMatchObject({
      id,
      subject: "Pricing",
      isDraft: false,
      internetMessageHeaders: [],
      parentFolderId: graph.store.requireFolder("sentitems").id,
      singleValueExtendedProperties: [{ id: trackIdProperty, value: "trk-9" }],
    });
    expect(
      graph.deliveries().map(({ to: recipients, subject, markerProperties, via }) => ({
        recipients,
        subject,
        markerProperties,
        via,
      })),
    ).toStrictEqual([
      {
        recipients: ["sofia.marquez@northwindtraders.com"],
        subject: "Pricing",
        markerProperties: { [trackIdProperty]: "trk-9" },
        via: "graph-send",
      },
    ]);
  });

  it("gives the Sent copy a new immutable id when the A3 switch says ids change on send", async () => {
    graph.faults.setSwitches({ isImmutableIdKeptOnSend: false });
    const id = await createDraft();
    await call("POST", `/me/messages/${id}/send`);
    await graph.settled();
    expect(errorOf(await call("GET", `/me/messages/${id}`, { headers: immutable })).status).toBe(
      404,
    );
  });

  it("sends via sendMail with saveToSentItems=false: one delivery, no Sent copy", async () => {
    const result = await call("POST", "/me/sendMail", {
      body: { message: { subject: "Quick note", toRecipients: to }, saveToSentItems: false },
    });
    await graph.settled();
    expect([
      result.status,
      graph.deliveries().length,
      graph.store.listMessages().length,
    ]).toStrictEqual([202, 1, 0]);
  });

  it("rejects a send without recipients with 400 and keeps the draft", async () => {
    const created = await call("POST", "/me/messages", { body: { subject: "Nobody" } });
    const result = await call("POST", `/me/messages/${(created.body as { id: string }).id}/send`);
    expect([errorOf(result), graph.store.listMessages().length]).toStrictEqual([
      { status: 400, code: "ErrorInvalidRecipients" },
      1,
    ]);
  });
});

describe("PATCH rules", () => {
  it("answers 400 for a flag due date without a start date, and accepts both", async () => {
    const id = await createDraft();
    const due = { dateTime: "2025-03-20T17:00:00", timeZone: "UTC" };
    const bad = await call("PATCH", `/me/messages/${id}`, {
      body: { flag: { flagStatus: "flagged", dueDateTime: due } },
    });
    const good = await call("PATCH", `/me/messages/${id}`, {
      body: { flag: { flagStatus: "flagged", startDateTime: due, dueDateTime: due } },
    });
    expect([errorOf(bad).status, good.status]).toStrictEqual([400, 200]);
  });

  it("lets internetMessageId change only while the message is a draft", async () => {
    const id = await createDraft();
    const onDraft = await call("PATCH", `/me/messages/${id}`, {
      body: { internetMessageId: "<tempo-1@contoso.com>" },
    });
    const inbound = await call("POST", "/_fake/inbound", {
      body: { message: { subject: "Hello", from: { emailAddress: { address: "a@b.com" } } } },
    });
    const onReceived = await call(
      "PATCH",
      `/me/messages/${(inbound.body as { immutableId: string }).immutableId}`,
      { body: { internetMessageId: "<x@y>" } },
    );
    expect([onDraft.status, errorOf(onReceived)]).toStrictEqual([
      200,
      { status: 400, code: "ErrorInvalidPropertyUpdateSentMessage" },
    ]);
  });
});

describe("deferred send (PidTagDeferredSendTime, GRAPH-FACTS C9)", () => {
  const deferred = (iso: string) => ({
    singleValueExtendedProperties: [{ id: "SystemTime 0x3FEF", value: iso }],
  });

  it("holds the message in Drafts until the fake clock reaches the time, then delivers it once", async () => {
    const id = await createDraft(deferred("2025-03-12T18:00:00Z"));
    await call("POST", `/me/messages/${id}/send`);
    const held = await call("GET", `/me/mailFolders/drafts/messages?$select=subject`, {
      headers: immutable,
    });
    expect([
      (held.body as { value: Array<{ id: string }> }).value.map((m) => m.id),
      graph.deliveries().length,
    ]).toStrictEqual([[id], 0]);
    await call("POST", "/_fake/clock", { body: { advanceMs: 2 * 3_600_000 } });
    await graph.settled();
    const drafts = await call("GET", "/me/mailFolders/drafts/messages");
    const sent = await call("GET", "/me/mailFolders/sentitems/messages?$select=subject", {
      headers: immutable,
    });
    expect([
      (drafts.body as { value: unknown[] }).value.length,
      (sent.body as { value: Array<{ id: string }> }).value.map((m) => m.id),
      graph.deliveries().length,
    ]).toStrictEqual([0, [id], 1]);
  });

  it("cancels a held send when the draft is deleted before its time", async () => {
    const id = await createDraft(deferred("2025-03-12T18:00:00Z"));
    await call("POST", `/me/messages/${id}/send`);
    const deleted = await call("DELETE", `/me/messages/${id}`);
    graph.clock.advance(3 * 3_600_000);
    await graph.settled();
    expect([deleted.status, graph.deliveries().length]).toStrictEqual([204, 0]);
  });

  it("still delivers after DELETE when the C9 switch says cancelling does not work", async () => {
    graph.faults.setSwitches({ isHeldSendCancelledByDelete: false });
    const id = await createDraft(deferred("2025-03-12T18:00:00Z"));
    await call("POST", `/me/messages/${id}/send`);
    await call("DELETE", `/me/messages/${id}`);
    graph.clock.advance(3 * 3_600_000);
    expect(graph.deliveries().length).toBe(1);
  });

  it("sends at once when the deferred time is already past", async () => {
    const id = await createDraft(deferred("2025-03-12T16:00:00Z"));
    await call("POST", `/me/messages/${id}/send`);
    expect(graph.deliveries().length).toBe(1);
  });
});

describe("host channel (/_fake/host)", () => {
  it("stores Office custom properties as the cecp-<add-in id> extended property on the Sent copy and delivers once", async () => {
    const result = await call("POST", "/_fake/host/send", {
      body: {
        message: { subject: "From Outlook", toRecipients: to },
        customProperties: { tempoTrackId: "trk-host" },
      },
    });
    await graph.settled();
    const sentId = (result.body as { sentItemImmutableId: string }).sentItemImmutableId;
    const copy = await call("GET", `/_fake/messages/${sentId}`);
    expect(hostCustomPropertiesId).toBe(
      "String {00020329-0000-0000-C000-000000000046} Name cecp-5b73b27d-2b6e-4d85-8a3e-f432b1d20dcb",
    );
    expect(
      (copy.body as { singleValueExtendedProperties: unknown }).singleValueExtendedProperties,
    ).toStrictEqual([{ id: hostCustomPropertiesId, value: '{"tempoTrackId":"trk-host"}' }]);
    expect(graph.deliveries().map((delivery) => delivery.via)).toStrictEqual(["host"]);
  });

  it("threads an inbound reply into the conversation named by In-Reply-To", async () => {
    const id = await createDraft({ internetMessageId: "<tempo-42@contoso.com>" });
    await call("POST", `/me/messages/${id}/send`);
    await graph.settled();
    const sent = graph.store.listMessages()[0];
    const reply = await call("POST", "/_fake/inbound", {
      body: {
        message: {
          subject: "RE: Pricing",
          from: { emailAddress: { address: "sofia.marquez@northwindtraders.com" } },
          internetMessageHeaders: [{ name: "In-Reply-To", value: "<tempo-42@contoso.com>" }],
        },
      },
    });
    expect([reply.status, (reply.body as { conversationId: string }).conversationId]).toStrictEqual(
      [201, sent?.props.conversationId],
    );
  });
});
