import { buildEvent, buildTrackedEmail } from "../core/tracking/__fixtures__/build-tracking";
import { findNewHumanReplies, withReplyAwareSendLater } from "./reply-aware-tracking";
import type { TrackingSnapshot } from "../core/tracking/tracked-email";
import type { ReplyHandling } from "./send-later/send-later-service";
import type { TrackingService } from "./tracking-service";

const noHandling: ReplyHandling = { cancelled: [], offered: [], failed: [] };

function snapshotWith(emails: TrackingSnapshot["emails"]): TrackingSnapshot {
  return { emails, unseenCount: 0, syncedAt: "2025-03-06T00:00:00.000Z" };
}

const snapshot = snapshotWith([
  buildTrackedEmail({
    messageId: "sent-1",
    conversationId: "conv-1",
    events: [
      buildEvent({ key: "<ooo@x>", kind: "auto_reply", at: "2025-03-04T10:00:00.000Z" }),
      buildEvent({ key: "<r2@x>", at: "2025-03-05T12:00:00.000Z" }),
    ],
  }),
  buildTrackedEmail({ messageId: "sent-2", conversationId: undefined, events: [buildEvent()] }),
  buildTrackedEmail({
    messageId: "sent-3",
    conversationId: "conv-3",
    events: [buildEvent({ key: "<r1@x>", at: "2025-03-05T08:00:00.000Z" })],
  }),
]);

function fakeTracking(result: TrackingSnapshot): TrackingService & { refresh: jest.Mock } {
  return {
    refresh: jest.fn(() => Promise.resolve(result)),
    markSeen: jest.fn(() => Promise.resolve(result)),
    describeOpenMessage: jest.fn(() => Promise.resolve({ kind: "not_tracked" as const })),
  };
}

describe("findNewHumanReplies", () => {
  it("lists human replies with a conversation, oldest first, skipping handled keys", () => {
    expect(findNewHumanReplies(snapshot, new Set(["<r2@x>"]))).toStrictEqual([
      { key: "<r1@x>", conversationId: "conv-3", receivedUtc: "2025-03-05T08:00:00.000Z" },
    ]);
    expect(findNewHumanReplies(snapshot, new Set())).toStrictEqual([
      { key: "<r1@x>", conversationId: "conv-3", receivedUtc: "2025-03-05T08:00:00.000Z" },
      { key: "<r2@x>", conversationId: "conv-1", receivedUtc: "2025-03-05T12:00:00.000Z" },
    ]);
  });
});

describe("withReplyAwareSendLater", () => {
  it("hands each new human reply to send later once, and nothing on an unchanged refresh", async () => {
    const handleProspectReplies = jest.fn(() => Promise.resolve(noHandling));
    const tracking = withReplyAwareSendLater(fakeTracking(snapshot), { handleProspectReplies });

    await expect(tracking.refresh()).resolves.toBe(snapshot);
    await tracking.refresh();

    expect(handleProspectReplies.mock.calls).toStrictEqual([
      [
        [
          { conversationId: "conv-3", receivedUtc: "2025-03-05T08:00:00.000Z" },
          { conversationId: "conv-1", receivedUtc: "2025-03-05T12:00:00.000Z" },
        ],
      ],
    ]);
  });

  it("never fails the refresh when send later fails, and tries again next time", async () => {
    const handleProspectReplies = jest
      .fn<Promise<ReplyHandling>, []>()
      .mockRejectedValueOnce(new Error("Graph down"))
      .mockResolvedValue(noHandling);
    const tracking = withReplyAwareSendLater(fakeTracking(snapshot), { handleProspectReplies });

    await expect(tracking.refresh()).resolves.toBe(snapshot);
    await tracking.refresh();
    await tracking.refresh();

    expect(handleProspectReplies).toHaveBeenCalledTimes(2);
  });

  it("returns the service unchanged when send later is absent", () => {
    const inner = fakeTracking(snapshot);
    expect(withReplyAwareSendLater(inner, undefined)).toBe(inner);
  });
});
