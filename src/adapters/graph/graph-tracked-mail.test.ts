// Tracked mail through GraphMailApi against the fake Graph: both markers found, one conversation, state and flag written in batches.
import {
  hostCustomPropertiesPropertyId,
  tempoTrackIdPropertyId,
  toTrackId,
  trackingStatePropertyId,
} from "../../core/tracking/tracking-marker";
import { toMessageId } from "../../ports/mail-api";
import { startTestBed } from "./fake-graph-test-bed";
import { GraphMailApi } from "./graph-mail-api";
import type { TestBed } from "./fake-graph-test-bed";

jest.setTimeout(20_000);

let bed: TestBed;
let mail: GraphMailApi;

beforeEach(async () => {
  bed = await startTestBed();
  bed.graph.reset({ seed: "empty" });
  bed.graph.faults.setSwitches({ sentCopyDelayMs: { min: 20, max: 60 } });
  mail = new GraphMailApi({ gateway: bed.gateway, pollIntervalMs: 100, maxPolls: 20 });
});
afterEach(() => bed.close());

const lee = { emailAddress: { address: "lee.gu@fabrikam.com", name: "Lee Gu" } };
const megan = { emailAddress: { address: "megan.bowen@contoso.com", name: "Megan Bowen" } };

/** A Sent Items message written straight into the fake mailbox; gives its immutable id. */
function addSent(options: {
  subject: string;
  sentDateTime: string;
  properties?: Array<{ id: string; value: string }>;
  conversationId?: string;
  folder?: string;
  flag?: Record<string, string | Record<string, string>>;
}): string {
  return bed.graph.store.addMessage({
    folder: options.folder ?? "sentitems",
    props: {
      subject: options.subject,
      sentDateTime: options.sentDateTime,
      receivedDateTime: options.sentDateTime,
      toRecipients: [lee],
      ccRecipients: [megan],
      internetMessageId: `<${options.subject.replace(/\s+/g, "-")}@contoso.com>`,
      ...(options.conversationId ? { conversationId: options.conversationId } : {}),
      ...(options.flag ? { flag: options.flag } : {}),
    },
    extendedProperties: options.properties ?? [],
  }).immutableId;
}

const marker = (value: string) => ({ id: tempoTrackIdPropertyId, value });
const custom = (value: string) => ({ id: hostCustomPropertiesPropertyId, value });
const state = (value: string) => ({ id: trackingStatePropertyId, value });

describe("GraphMailApi.listSentTracked", () => {
  it("lists Tempo's and compose-marked mail together, newest first, skipping unreadable custom properties", async () => {
    const byMarker = addSent({
      subject: "By marker",
      sentDateTime: "2025-03-12T14:00:00Z",
      properties: [marker("tt-1"), state('{"v":1}')],
      flag: {
        flagStatus: "flagged",
        startDateTime: { dateTime: "2025-03-15T17:00:00.0000000", timeZone: "UTC" },
        dueDateTime: { dateTime: "2025-03-15T17:00:00.0000000", timeZone: "UTC" },
      },
    });
    const byCompose = addSent({
      subject: "By compose",
      sentDateTime: "2025-03-12T16:00:00Z",
      properties: [custom('{"tempoTrackId":"tt-2","color":"red"}')],
    });
    addSent({
      subject: "Bad JSON",
      sentDateTime: "2025-03-12T15:00:00Z",
      properties: [custom('{"tempoTrackId": ')],
    });
    addSent({
      subject: "Other casing",
      sentDateTime: "2025-03-12T13:00:00Z",
      properties: [custom('{"TEMPOTRACKID":"tt-4"}')],
    });
    addSent({
      subject: "Other add-in key",
      sentDateTime: "2025-03-12T12:00:00Z",
      properties: [custom('{"color":"red"}')],
    });
    addSent({ subject: "Untracked", sentDateTime: "2025-03-12T16:30:00Z" });
    addSent({
      subject: "In the Inbox",
      sentDateTime: "2025-03-12T16:40:00Z",
      properties: [marker("tt-inbox")],
      folder: "inbox",
    });
    const both = addSent({
      subject: "Both markers",
      sentDateTime: "2025-03-12T11:00:00Z",
      properties: [custom('{"tempoTrackId":"tt-compose"}'), marker("tt-8")],
    });

    const listed = await mail.listSentTracked({ maxMessages: 50 });

    const common = (subject: string) => ({
      subject,
      conversationId: expect.any(String) as string,
      internetMessageId: `<${subject.replace(/\s+/g, "-")}@contoso.com>`,
      to: [{ address: "lee.gu@fabrikam.com", name: "Lee Gu" }],
      cc: [{ address: "megan.bowen@contoso.com", name: "Megan Bowen" }],
    });
    expect(listed).toStrictEqual([
      {
        ...common("By compose"),
        id: byCompose,
        trackId: "tt-2",
        sentDateTime: "2025-03-12T16:00:00Z",
        flag: { flagStatus: "notFlagged" },
      },
      {
        ...common("By marker"),
        id: byMarker,
        trackId: "tt-1",
        sentDateTime: "2025-03-12T14:00:00Z",
        stateJson: '{"v":1}',
        flag: {
          flagStatus: "flagged",
          startDateTime: "2025-03-15T17:00:00.000Z",
          dueDateTime: "2025-03-15T17:00:00.000Z",
        },
      },
      {
        ...common("Both markers"),
        id: both,
        trackId: "tt-8",
        sentDateTime: "2025-03-12T11:00:00Z",
        flag: { flagStatus: "notFlagged" },
      },
    ]);
  });

  it("finds mail sent by Tempo and mail sent from Outlook with the compose custom property", async () => {
    const outcome = await mail.sendTracked({
      trackId: toTrackId("tt-graph"),
      subject: "Sent by Tempo",
      bodyHtml: "<p>Hi</p>",
      to: [{ address: "lee.gu@fabrikam.com" }],
    });
    const hostSend = await fetch(`${bed.graph.baseUrl}/_fake/host/send`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        message: { subject: "Sent from Outlook", toRecipients: [lee] },
        customProperties: { tempoTrackId: "tt-host" },
      }),
    });
    const { sentItemImmutableId } = (await hostSend.json()) as { sentItemImmutableId: string };
    await bed.graph.settled();

    const listed = await mail.listSentTracked({ maxMessages: 10 });

    expect(
      listed
        .map(({ id, trackId, subject }) => ({ id, trackId, subject }))
        .sort((a, b) => a.trackId.localeCompare(b.trackId)),
    ).toStrictEqual([
      {
        id: outcome.status === "sent" ? outcome.sentMessageId : "",
        trackId: "tt-graph",
        subject: "Sent by Tempo",
      },
      { id: sentItemImmutableId, trackId: "tt-host", subject: "Sent from Outlook" },
    ]);
  });
});

describe("GraphMailApi.listTrackedInConversation", () => {
  it("gives the tracked mail of that conversation only, newest first, quoting the id safely", async () => {
    const conversationId = "AAQkAGRmZTQ5QAAQ'quoted'";
    const older = addSent({
      subject: "First touch",
      sentDateTime: "2025-03-10T09:00:00Z",
      conversationId,
      properties: [marker("tt-a")],
    });
    const newer = addSent({
      subject: "Second touch",
      sentDateTime: "2025-03-11T09:00:00Z",
      conversationId,
      properties: [custom('{"tempoTrackId":"tt-b"}')],
    });
    addSent({ subject: "Untracked", sentDateTime: "2025-03-11T10:00:00Z", conversationId });
    addSent({
      subject: "Elsewhere",
      sentDateTime: "2025-03-11T11:00:00Z",
      conversationId: "AAQkAGRmZTQ5QAAQother",
      properties: [marker("tt-c")],
    });

    const listed = await mail.listTrackedInConversation(conversationId);

    expect(listed.map(({ id, trackId }) => ({ id, trackId }))).toStrictEqual([
      { id: newer, trackId: "tt-b" },
      { id: older, trackId: "tt-a" },
    ]);
  });
});

describe("GraphMailApi.updateTrackedMessages", () => {
  it("writes state, Tempo's marker and the flag in one $batch; a due date alone goes with a start", async () => {
    const byMarker = addSent({
      subject: "By marker",
      sentDateTime: "2025-03-12T14:00:00Z",
      properties: [marker("tt-1")],
      flag: { flagStatus: "flagged" },
    });
    const byCompose = addSent({
      subject: "By compose",
      sentDateTime: "2025-03-12T15:00:00Z",
      properties: [custom('{"tempoTrackId":"tt-2"}')],
    });
    const attemptsBefore = bed.attempts.length;

    const failed = await mail.updateTrackedMessages([
      {
        id: toMessageId(byMarker),
        trackId: toTrackId("tt-1"),
        stateJson: '{"v":1,"status":"replied"}',
        flag: { flagStatus: "notFlagged" },
      },
      {
        id: toMessageId(byCompose),
        trackId: toTrackId("tt-2"),
        stateJson: '{"v":1,"status":"awaiting"}',
        flag: { flagStatus: "flagged", dueDateTime: "2025-03-19T16:00:00.000Z" },
      },
    ]);

    expect(failed).toStrictEqual([]);
    expect(
      bed.attempts.slice(attemptsBefore).map(({ method, path }) => `${method} ${path}`),
    ).toStrictEqual(["POST /$batch"]);
    const listed = await mail.listSentTracked({ maxMessages: 10 });
    expect(
      listed.map(({ trackId, stateJson, flag }) => ({ trackId, stateJson, flag })),
    ).toStrictEqual([
      {
        trackId: "tt-2",
        stateJson: '{"v":1,"status":"awaiting"}',
        flag: {
          flagStatus: "flagged",
          startDateTime: "2025-03-19T16:00:00.000Z",
          dueDateTime: "2025-03-19T16:00:00.000Z",
        },
      },
      {
        trackId: "tt-1",
        stateJson: '{"v":1,"status":"replied"}',
        flag: { flagStatus: "notFlagged" },
      },
    ]);
    expect(
      bed.graph.store.requireMessage(byCompose).extendedProperties.map((p) => p.id),
    ).toStrictEqual([
      hostCustomPropertiesPropertyId,
      tempoTrackIdPropertyId,
      trackingStatePropertyId,
    ]);
  });

  it("sends 45 updates as batches of 20, 20 and 5, retries a throttled item after its Retry-After, and reports only the failed id", async () => {
    const ids = Array.from({ length: 45 }, (_, index) =>
      addSent({
        subject: `Outreach ${index}`,
        sentDateTime: `2025-03-12T10:${String(index).padStart(2, "0")}:00Z`,
        properties: [marker(`tt-${index}`)],
      }),
    );
    const gone = ids[7] ?? "";
    // Batch urls carry the id URL-encoded (immutable ids end in "="), and so does the fake's log.
    const throttledPath = `/me/messages/${encodeURIComponent(ids[30] ?? "")}`;
    bed.graph.store.removeMessage(bed.graph.store.requireMessage(gone));
    bed.graph.faults.add({
      kind: "429",
      method: "PATCH",
      pathPattern: `^${throttledPath}$`,
      count: 1,
      retryAfterSeconds: 1,
    });
    const attemptsBefore = bed.attempts.length;

    const failed = await mail.updateTrackedMessages(
      ids.map((id, index) => ({
        id: toMessageId(id),
        trackId: toTrackId(`tt-${index}`),
        stateJson: `{"v":1,"n":${index}}`,
      })),
    );

    expect(failed).toStrictEqual([gone]);
    const batches = bed.attempts.slice(attemptsBefore);
    expect(batches.map(({ method, path }) => `${method} ${path}`)).toStrictEqual(
      Array(4).fill("POST /$batch"),
    );
    const itemsPerBatch = new Map<string, number>();
    for (const request of bed.graph.requests())
      if (request.method === "PATCH" && request.batchParent !== undefined)
        itemsPerBatch.set(request.batchParent, (itemsPerBatch.get(request.batchParent) ?? 0) + 1);
    expect([...itemsPerBatch.values()].sort((a, b) => b - a)).toStrictEqual([20, 20, 5, 1]);
    const throttledItem = bed.graph.requests().filter((request) => request.path === throttledPath);
    expect(throttledItem.map((request) => request.status)).toStrictEqual([429, 200]);
    const [first, second] = throttledItem;
    expect((second?.startedAtMs ?? 0) - (first?.startedAtMs ?? 0)).toBeGreaterThanOrEqual(1000);
    const written = bed.graph.store
      .listMessages()
      .map((message) => message.extendedProperties.find((p) => p.id === trackingStatePropertyId));
    expect(written.filter((property) => property !== undefined)).toHaveLength(44);
  });
});
