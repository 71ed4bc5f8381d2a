// Which engagement status wins: the precedence of statuses and the status each kind of event gives.
import { BounceSeverity, ReplyKind } from "../replies/reply-verdict";
import { TrackingStatus, type EngagementEvent } from "./tracked-email";

/** Weakest first: a reply says more than an unsubscribe request, which says more than a bounce, … */
const precedence: readonly TrackingStatus[] = [
  TrackingStatus.awaiting,
  TrackingStatus.readReceipt,
  TrackingStatus.autoReplied,
  TrackingStatus.softBounced,
  TrackingStatus.bounced,
  TrackingStatus.unsubscribed,
  TrackingStatus.replied,
];

/** The more telling of two statuses, e.g. `pickStrongerStatus("bounced", "replied")` gives "replied". */
export function pickStrongerStatus(a: TrackingStatus, b: TrackingStatus): TrackingStatus {
  return precedence.indexOf(b) > precedence.indexOf(a) ? b : a;
}

/**
 * The status an event gives its recipient, e.g. a soft bounce gives "soft_bounced". A spam complaint
 * (feedback report) counts as unsubscribed: the prospect asked, in effect, for no more mail. A
 * positive delivery report changes nothing.
 */
export function readEventStatus(event: Pick<EngagementEvent, "kind" | "bounce">): TrackingStatus {
  switch (event.kind) {
    case ReplyKind.humanReply:
      return TrackingStatus.replied;
    case ReplyKind.unsubscribeRequest:
    case ReplyKind.feedbackReport:
      return TrackingStatus.unsubscribed;
    case ReplyKind.bounce:
      return event.bounce === BounceSeverity.soft
        ? TrackingStatus.softBounced
        : TrackingStatus.bounced;
    case ReplyKind.autoReply:
      return TrackingStatus.autoReplied;
    case ReplyKind.readReceipt:
      return TrackingStatus.readReceipt;
    case ReplyKind.deliveryReport:
      return TrackingStatus.awaiting;
  }
}
