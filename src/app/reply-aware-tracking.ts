// Connects reply detection to send later: a prospect's new reply reaches the scheduled sends of its thread.
import { ReplyKind } from "../core/replies/reply-verdict";
import type { RecentReply } from "../core/scheduling/send-later-settings";
import type { TrackingSnapshot } from "../core/tracking/tracked-email";
import type { SendLaterService } from "./send-later/send-later-service";
import type { TrackingService } from "./tracking-service";

/** Human replies in the snapshot whose event keys are not in `handled`, oldest first. */
export function findNewHumanReplies(
  snapshot: TrackingSnapshot,
  handled: ReadonlySet<string>,
): Array<RecentReply & { readonly key: string }> {
  const replies: Array<RecentReply & { readonly key: string }> = [];
  for (const email of snapshot.emails) {
    if (email.conversationId === undefined) continue;
    for (const event of email.events)
      if (event.kind === ReplyKind.humanReply && !handled.has(event.key))
        replies.push({
          key: event.key,
          conversationId: email.conversationId,
          receivedUtc: event.at,
        });
  }
  return replies.sort((a, b) => a.receivedUtc.localeCompare(b.receivedUtc));
}

/**
 * After each refresh, hands the human replies it has not handed over yet to send later (which cancels
 * or offers to cancel the scheduled sends of those threads). Only new replies cost Graph requests, so
 * an unchanged refresh stays one request. Send-later failures never fail the refresh: the console
 * lists the scheduled mail either way, and the replies are handed over again on the next refresh.
 */
export function withReplyAwareSendLater(
  tracking: TrackingService,
  sendLater: Pick<SendLaterService, "handleProspectReplies"> | undefined,
): TrackingService {
  if (sendLater === undefined) return tracking;
  const handled = new Set<string>();
  const handOver = async (snapshot: TrackingSnapshot): Promise<TrackingSnapshot> => {
    const replies = findNewHumanReplies(snapshot, handled);
    if (replies.length === 0) return snapshot;
    try {
      const handling = await sendLater.handleProspectReplies(
        replies.map(({ conversationId, receivedUtc }) => ({ conversationId, receivedUtc })),
      );
      if (handling.failed.length === 0) replies.forEach((reply) => handled.add(reply.key));
    } catch {
      // Left unhandled on purpose: tried again on the next refresh.
    }
    return snapshot;
  };
  return {
    refresh: async (options) => handOver(await tracking.refresh(options)),
    markSeen: (messageIds) => tracking.markSeen(messageIds),
    describeOpenMessage: (ref) => tracking.describeOpenMessage(ref),
  };
}
