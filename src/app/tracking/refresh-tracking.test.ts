// The refresh use case over FakeMailApi: what it writes, what it costs in Graph calls, and what survives a crash.
import { createAppError } from "../../core/errors/app-error";
import { toConversationId } from "../../core/replies/inbound-message";
import { parseTrackingState, serializeTrackingState } from "../../core/tracking/tracking-state";
import { toMessageId } from "../../ports/mail-api";
import {
  buildReply,
  buildSent,
  createTrackingTestBed,
  repAddress,
} from "./__fixtures__/tracking-test-bed";
import type { MailboxMessage } from "../../ports/mail-api";
import type { FakeMailCall } from "../../testing/fake-mail-api";
import type { SyncProgress } from "../../core/tracking/tracked-email";
import type { TrackingState } from "../../core/tracking/tracking-state";

/** An unrelated message (a newsletter) in a conversation of its own, with no threading headers. */
function buildNewsletter(n: number): MailboxMessage {
  return buildReply(1000 + n, {
    conversationId: toConversationId(`news-${n}`),
    internetMessageHeaders: [],
    from: { address: "news@example.org" },
    sender: { address: "news@example.org" },
    subject: `Newsletter ${n}`,
  });
}

function storedState(bed: ReturnType<typeof createTrackingTestBed>, id: string): TrackingState {
  return parseTrackingState(bed.mail.readSent(id)?.stateJson).state;
}

const replyEvent = {
  key: "<reply-1@example.com>",
  kind: "human_reply",
  at: "2025-03-04T10:00:00.000Z",
  recipient: "ann@example.com",
  summary: "Replied",
  inboundMessageId: "in-1",
} as const;

const repliedState: TrackingState = {
  v: 1,
  status: "replied",
  recipients: [{ address: "ann@example.com", status: "replied" }],
  events: [replyEvent],
  unseenKeys: ["<reply-1@example.com>"],
  followUp: { state: "none" },
};

describe("refreshTracking", () => {
  it("records a reply on its tracked email, then saves the cursor", async () => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(buildSent(1), buildSent(2, { sentDateTime: "2025-03-02T09:00:00.000Z" }));
    bed.mail.deliver("inbox", buildReply(1));

    const snapshot = await bed.service.refresh();

    expect(snapshot).toStrictEqual({
      emails: [
        {
          messageId: "sent-1",
          trackId: "tt-1",
          subject: "Proposal 1",
          sentDateTime: "2025-03-03T09:00:00.000Z",
          conversationId: "conv-1",
          internetMessageId: "<t1@contoso.com>",
          recipients: [{ address: "ann@example.com", name: "Ann Lee", status: "replied" }],
          status: "replied",
          events: [replyEvent],
          lastEngagementAt: "2025-03-04T10:00:00.000Z",
          isUnseen: true,
          followUp: { state: "none" },
        },
        {
          messageId: "sent-2",
          trackId: "tt-2",
          subject: "Proposal 2",
          sentDateTime: "2025-03-02T09:00:00.000Z",
          conversationId: "conv-2",
          internetMessageId: "<t2@contoso.com>",
          recipients: [{ address: "ann@example.com", name: "Ann Lee", status: "awaiting" }],
          status: "awaiting",
          events: [],
          isUnseen: false,
          followUp: { state: "none" },
        },
      ],
      unseenCount: 1,
      syncedAt: "2025-03-04T12:00:00.000Z",
    });
    expect(bed.mail.calls).toStrictEqual<FakeMailCall[]>([
      { method: "listSentTracked", argument: { maxMessages: 2000 } },
      { method: "watchedFoldersDelta", argument: {} },
      // Delta carries no body: the reply in a tracked thread is read whole to classify it.
      { method: "getMessage", argument: "in-1" },
      {
        method: "updateTrackedMessages",
        argument: [
          { id: "sent-1", trackId: "tt-1", stateJson: serializeTrackingState(repliedState) },
        ],
      },
    ]);
    expect(storedState(bed, "sent-1")).toStrictEqual(repliedState);
    expect(bed.store.cursor).toStrictEqual({
      version: 1,
      deltaLinks: { inbox: "fake-delta:inbox:0:1", junkemail: "fake-delta:junkemail:0:0" },
      lastSyncedAt: "2025-03-04T12:00:00.000Z",
    });
  });

  it("costs exactly one Graph call ($batch of deltas) for 1,000 tracked threads and an unchanged inbox", async () => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(...Array.from({ length: 1000 }, (_, i) => buildSent(i + 1)));
    bed.mail.deliver("inbox", ...Array.from({ length: 40 }, (_, i) => buildReply(i + 1)));
    await bed.service.refresh();
    bed.mail.calls.length = 0;

    const snapshot = await bed.service.refresh();

    expect(bed.mail.calls).toStrictEqual<FakeMailCall[]>([
      {
        method: "watchedFoldersDelta",
        argument: { inbox: "fake-delta:inbox:0:40", junkemail: "fake-delta:junkemail:0:0" },
      },
    ]);
    expect(snapshot.emails).toHaveLength(1000);
    expect(snapshot.unseenCount).toBe(40);
  });

  it("changes nothing when the same reply turns up again, in Junk or after a replay", async () => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(buildSent(1));
    bed.mail.deliver("inbox", buildReply(1));
    await bed.service.refresh();
    bed.mail.deliver("junkemail", buildReply(1));
    bed.store.cursor = undefined;
    bed.mail.calls.length = 0;

    await bed.service.refresh();

    expect(bed.mail.countCalls("updateTrackedMessages")).toBe(0);
    expect(storedState(bed, "sent-1")).toStrictEqual(repliedState);
  });

  it("keeps the cursor when the pane dies mid-write, and the next run ends in the same state once", async () => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(buildSent(1), buildSent(2));
    bed.mail.deliver("inbox", buildReply(1), buildReply(2));
    bed.mail.nextUpdateFailure = { kind: "reject" };

    await expect(bed.service.refresh()).rejects.toStrictEqual(
      createAppError("graph_unreachable", { details: { fake: true } }),
    );
    expect(bed.store.cursor).toBeUndefined();
    bed.reload();
    await bed.service.refresh();
    await bed.service.refresh();

    expect(storedState(bed, "sent-1")).toStrictEqual(repliedState);
    expect(storedState(bed, "sent-2").events).toHaveLength(1);
    expect(bed.mail.countCalls("updateTrackedMessages")).toBe(2);
    expect(bed.store.cursor?.deltaLinks.inbox).toBe("fake-delta:inbox:0:2");
  });

  it("does not save the cursor when some messages could not be written, and lists Sent Items again next time", async () => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(buildSent(1), buildSent(2));
    bed.mail.deliver("inbox", buildReply(1), buildReply(2));
    bed.mail.nextUpdateFailure = { kind: "fail_ids", ids: ["sent-2"] };

    await expect(bed.service.refresh()).rejects.toMatchObject({
      code: "tracking_sync_incomplete",
      details: { failedCount: 1 },
    });
    expect(bed.store.cursor).toBeUndefined();
    expect(storedState(bed, "sent-1")).toStrictEqual(repliedState);
    bed.mail.calls.length = 0;
    await bed.service.refresh();

    expect(bed.mail.calls.map((call) => call.method)).toStrictEqual([
      "listSentTracked",
      "watchedFoldersDelta",
      "getMessage",
      "getMessage",
      "updateTrackedMessages",
    ]);
    expect(bed.mail.calls[4]?.argument).toMatchObject([{ id: "sent-2" }]);
    expect(bed.store.cursor?.deltaLinks.inbox).toBe("fake-delta:inbox:0:2");
  });

  it("restarts the delta when Graph has forgotten the link, and the replay changes nothing", async () => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(buildSent(1), buildSent(2));
    bed.mail.deliver("inbox", buildReply(1));
    await bed.service.refresh();
    bed.mail.invalidateDeltaLinks();
    bed.mail.deliver("inbox", buildReply(2));
    bed.mail.calls.length = 0;

    await bed.service.refresh();

    expect(bed.mail.calls.filter((call) => call.method === "watchedFoldersDelta")).toStrictEqual([
      {
        method: "watchedFoldersDelta",
        argument: { inbox: "fake-delta:inbox:0:1", junkemail: "fake-delta:junkemail:0:0" },
      },
      { method: "watchedFoldersDelta", argument: {} },
    ]);
    expect(bed.mail.calls.at(-1)?.argument).toMatchObject([{ id: "sent-2" }]);
    expect(storedState(bed, "sent-1")).toStrictEqual(repliedState);
    expect(bed.store.cursor?.deltaLinks).toStrictEqual({
      inbox: "fake-delta:inbox:1:2",
      junkemail: "fake-delta:junkemail:1:0",
    });
  });

  it("flags quiet mail after N days, then clears the flag when the reply comes", async () => {
    const bed = createTrackingTestBed("2025-03-06T09:00:00.000Z");
    bed.mail.addSent(buildSent(1));
    await bed.service.refresh();
    const flagged = bed.mail.readSent("sent-1");
    expect(flagged?.flag).toStrictEqual({
      flagStatus: "flagged",
      startDateTime: "2025-03-03T09:00:00.000Z",
      dueDateTime: "2025-03-06T09:00:00.000Z",
    });
    expect(storedState(bed, "sent-1").followUp).toStrictEqual({
      state: "flagged",
      dueDateTime: "2025-03-06T09:00:00.000Z",
    });

    bed.mail.deliver("inbox", buildReply(1, { receivedDateTime: "2025-03-07T10:00:00Z" }));
    bed.now = new Date("2025-03-07T11:00:00.000Z");
    await bed.service.refresh();

    expect(bed.mail.readSent("sent-1")?.flag).toStrictEqual({ flagStatus: "notFlagged" });
    expect(storedState(bed, "sent-1").followUp).toStrictEqual({
      state: "cleared",
      dueDateTime: "2025-03-06T09:00:00.000Z",
    });
  });

  it("never flags mail the rep flagged, and never when follow-ups are off", async () => {
    const bed = createTrackingTestBed("2025-03-20T00:00:00.000Z");
    bed.mail.addSent(
      buildSent(1, { flag: { flagStatus: "complete" } }),
      buildSent(2, { flag: { flagStatus: "flagged", dueDateTime: "2025-03-10T00:00:00.000Z" } }),
    );
    await bed.service.refresh();
    bed.settings = { ...bed.settings, followUpDays: 0 };
    bed.mail.addSent(buildSent(3));
    await bed.service.refresh({ relist: true });

    expect(bed.mail.countCalls("updateTrackedMessages")).toBe(0);
  });

  it("finds tracked mail sent after the listing with one incremental listing, and matches its reply in the same round", async () => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(buildSent(1));
    await bed.service.refresh();
    bed.now = new Date("2025-03-04T13:00:00.000Z");
    bed.mail.addSent(buildSent(2, { sentDateTime: "2025-03-04T12:30:00.000Z" }));
    bed.mail.deliver(
      "inbox",
      buildReply(2, { internetMessageHeaders: [], receivedDateTime: "2025-03-04T12:45:00Z" }),
    );
    bed.mail.calls.length = 0;

    const snapshot = await bed.service.refresh();

    const replied: TrackingState = {
      ...repliedState,
      events: [
        {
          ...replyEvent,
          key: "<reply-2@example.com>",
          at: "2025-03-04T12:45:00.000Z",
          inboundMessageId: "in-2",
        },
      ],
      unseenKeys: ["<reply-2@example.com>"],
    };
    expect(bed.mail.calls).toStrictEqual<FakeMailCall[]>([
      {
        method: "watchedFoldersDelta",
        argument: { inbox: "fake-delta:inbox:0:0", junkemail: "fake-delta:junkemail:0:0" },
      },
      // Listed at 12:00, so mail sent since 11:00: the hour covers Sent copies that appear late.
      {
        method: "listSentTracked",
        argument: { maxMessages: 2000, sentSince: "2025-03-04T11:00:00.000Z" },
      },
      { method: "getMessage", argument: "in-2" },
      {
        method: "updateTrackedMessages",
        argument: [{ id: "sent-2", trackId: "tt-2", stateJson: serializeTrackingState(replied) }],
      },
    ]);
    expect(snapshot.emails.map((email) => [email.messageId, email.status])).toStrictEqual([
      ["sent-2", "replied"],
      ["sent-1", "awaiting"],
    ]);
  });

  it("finds tracked mail whose Sent copy appeared after the listing though it was sent up to an hour before it", async () => {
    const bed = createTrackingTestBed();
    await bed.service.refresh();
    bed.mail.addSent(buildSent(2, { sentDateTime: "2025-03-04T11:05:00.000Z" }));
    bed.mail.deliver("inbox", buildReply(2, { internetMessageHeaders: [] }));

    const snapshot = await bed.service.refresh();

    expect(snapshot.emails.map((email) => [email.messageId, email.status])).toStrictEqual([
      ["sent-2", "replied"],
    ]);
  });

  it("lists only the new tracked mail, once, for 50 unrelated new messages, and the next listing starts from this one", async () => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(buildSent(1));
    await bed.service.refresh();
    bed.now = new Date("2025-03-04T12:30:00.000Z");
    bed.mail.deliver("inbox", ...Array.from({ length: 50 }, (_, i) => buildNewsletter(i + 1)));
    bed.mail.calls.length = 0;

    await bed.service.refresh();
    bed.now = new Date("2025-03-04T13:00:00.000Z");
    bed.mail.deliver("inbox", ...Array.from({ length: 50 }, (_, i) => buildNewsletter(i + 51)));
    const snapshot = await bed.service.refresh();

    expect(bed.mail.calls).toStrictEqual<FakeMailCall[]>([
      {
        method: "watchedFoldersDelta",
        argument: { inbox: "fake-delta:inbox:0:0", junkemail: "fake-delta:junkemail:0:0" },
      },
      {
        method: "listSentTracked",
        argument: { maxMessages: 2000, sentSince: "2025-03-04T11:00:00.000Z" },
      },
      {
        method: "watchedFoldersDelta",
        argument: { inbox: "fake-delta:inbox:0:50", junkemail: "fake-delta:junkemail:0:0" },
      },
      {
        method: "listSentTracked",
        argument: { maxMessages: 2000, sentSince: "2025-03-04T11:30:00.000Z" },
      },
    ]);
    expect(snapshot.emails.map((email) => [email.messageId, email.status])).toStrictEqual([
      ["sent-1", "awaiting"],
    ]);
  });

  it("keeps what it holds in memory when an incremental listing returns an older copy of the same mail", async () => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(buildSent(1, { sentDateTime: "2025-03-04T11:30:00.000Z" }));
    bed.mail.deliver("inbox", buildReply(1));
    await bed.service.refresh();
    // A copy without the state just written, as a lagging read could give.
    bed.mail.addSent(buildSent(1, { sentDateTime: "2025-03-04T11:30:00.000Z" }));
    bed.mail.deliver("inbox", buildNewsletter(1));
    bed.mail.calls.length = 0;

    const snapshot = await bed.service.refresh();

    expect(bed.mail.calls.map((call) => call.method)).toStrictEqual([
      "watchedFoldersDelta",
      "listSentTracked",
    ]);
    expect(snapshot.emails.map((email) => [email.messageId, email.status])).toStrictEqual([
      ["sent-1", "replied"],
    ]);
  });

  it("ignores the rep's own mail and delta's partial items, and never overwrites a newer Tempo's state", async () => {
    const bed = createTrackingTestBed("2025-03-20T00:00:00.000Z");
    const newer = '{"v":2,"events":[]}';
    bed.mail.addSent(buildSent(1), buildSent(2, { stateJson: newer }));
    bed.mail.deliver(
      "inbox",
      buildReply(1, { from: { address: repAddress }, sender: { address: repAddress } }),
      { id: toMessageId("in-9"), conversationId: buildReply(1).conversationId },
    );

    const snapshot = await bed.service.refresh();

    expect(bed.mail.calls.map((call) => call.method)).toStrictEqual([
      "listSentTracked",
      "watchedFoldersDelta",
      "updateTrackedMessages",
    ]);
    // Only the follow-up flag of #1 is written; #2 keeps the newer document untouched.
    expect(bed.mail.calls[2]?.argument).toMatchObject([
      { id: "sent-1", flag: { flagStatus: "flagged" } },
    ]);
    expect(bed.mail.readSent("sent-2")?.stateJson).toBe(newer);
    expect(snapshot.emails.map((email) => email.status)).toStrictEqual(["awaiting", "awaiting"]);
  });

  it("matches a bounce by the original Message-ID in its text, read whole because delta has no body", async () => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(buildSent(1));
    bed.mail.deliver("inbox", {
      id: toMessageId("ndr-1"),
      receivedDateTime: "2025-03-03T09:05:00Z",
      from: { name: "Microsoft Outlook", address: "postmaster@example.com" },
      subject: "Undeliverable: Proposal 1",
      messageClass: "REPORT.IPM.Note.NDR",
      body: {
        contentType: "text",
        content:
          "Delivery has failed to these recipients or groups:\n\nann@example.com\nRemote Server returned '550 5.1.1 User unknown'\n\nOriginal message headers:\n\nMessage-ID: <t1@contoso.com>\nSubject: Proposal 1",
      },
    });

    const snapshot = await bed.service.refresh();

    expect(bed.mail.countCalls("getMessage")).toBe(1);
    expect(snapshot.emails[0]?.recipients).toStrictEqual([
      { address: "ann@example.com", name: "Ann Lee", status: "bounced" },
    ]);
    expect(
      snapshot.emails[0]?.events.map((event) => [event.key, event.kind, event.bounce]),
    ).toStrictEqual([["ndr-1", "bounce", "hard"]]);
  });

  it("classifies from delta's fields alone when the message was deleted before it could be read", async () => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(buildSent(1));
    bed.mail.deliver("inbox", buildReply(1));
    bed.mail.remove("inbox", toMessageId("in-1"));

    await bed.service.refresh();

    expect(bed.mail.countCalls("getMessage")).toBe(1);
    expect(storedState(bed, "sent-1")).toStrictEqual(repliedState);
  });

  it("rejects without saving the cursor when reading a message fails for another reason", async () => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(buildSent(1));
    bed.mail.deliver("inbox", buildReply(1));
    const failure = createAppError("graph_throttled", { details: { retryAfterSeconds: 5 } });
    bed.mail.getMessage = () => Promise.reject(failure);

    await expect(bed.service.refresh()).rejects.toBe(failure);
    expect(bed.store.cursor).toBeUndefined();
    expect(bed.mail.countCalls("updateTrackedMessages")).toBe(0);
  });

  it("survives hostile and malformed mail: wrong types, a 1 MB subject, script in names", async () => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(buildSent(1));
    const garbage = JSON.parse(
      '{"id":"in-x","from":7,"sender":null,"receivedDateTime":{},"internetMessageHeaders":"nope"}',
    ) as MailboxMessage;
    bed.mail.deliver(
      "inbox",
      garbage,
      buildReply(1, {
        subject: `RE: <script>alert(1)</script>${"\u0000".repeat(1024 * 1024)}`,
        from: { name: "<img src=x onerror=alert(1)>", address: "ann@example.com" },
        internetMessageHeaders: [
          { name: "In-Reply-To", value: "<t1@contoso.com>" },
          { name: "References", value: "<".repeat(1024 * 1024) },
        ],
      }),
    );

    const snapshot = await bed.service.refresh();

    expect(snapshot.emails[0]?.events).toStrictEqual([replyEvent]);
    expect(bed.store.cursor?.deltaLinks.inbox).toBe("fake-delta:inbox:0:2");
  });

  it("reports progress phase by phase", async () => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(buildSent(1), buildSent(2));
    bed.mail.deliver("inbox", buildReply(1));
    const progress: SyncProgress[] = [];

    await bed.service.refresh({ onProgress: (step) => progress.push(step) });

    expect(progress).toStrictEqual<SyncProgress[]>([
      { phase: "listing", done: 0 },
      { phase: "reading_inbox", done: 0 },
      { phase: "updating", done: 0, total: 1 },
      { phase: "updating", done: 1, total: 1 },
      { phase: "done", done: 2, total: 2 },
    ]);
  });

  it("runs overlapping refreshes one after the other; the second costs one delta call", async () => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(buildSent(1));
    bed.mail.deliver("inbox", buildReply(1));

    await Promise.all([bed.service.refresh(), bed.service.refresh()]);

    expect(bed.mail.calls.map((call) => call.method)).toStrictEqual([
      "listSentTracked",
      "watchedFoldersDelta",
      "getMessage",
      "updateTrackedMessages",
      "watchedFoldersDelta",
    ]);
  });

  it("rejects when the cursor cannot be saved, after the state writes landed", async () => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(buildSent(1));
    bed.mail.deliver("inbox", buildReply(1));
    bed.store.failWrites = true;

    await expect(bed.service.refresh()).rejects.toThrow("roaming settings unavailable");
    expect(storedState(bed, "sent-1")).toStrictEqual(repliedState);
  });
});
