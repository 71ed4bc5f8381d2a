// The vocabulary of classification results: what an inbound message in a tracked thread turned out to be.
import type { InternetMessageId } from "./inbound-message";

export const ReplyKind = {
  humanReply: "human_reply",
  autoReply: "auto_reply",
  bounce: "bounce",
  readReceipt: "read_receipt",
  deliveryReport: "delivery_report",
  unsubscribeRequest: "unsubscribe_request",
  feedbackReport: "feedback_report",
} as const;
export type ReplyKind = (typeof ReplyKind)[keyof typeof ReplyKind];

export const AutoReplyReason = {
  outOfOffice: "out_of_office",
  vacation: "vacation",
  autoAcknowledgement: "auto_acknowledgement",
  challengeResponse: "challenge_response",
  other: "other",
} as const;
export type AutoReplyReason = (typeof AutoReplyReason)[keyof typeof AutoReplyReason];

/** hard: permanent failure (5.x.x, Action: failed) — the message will never arrive; soft: 4.x.x / delayed. */
export const BounceSeverity = { hard: "hard", soft: "soft" } as const;
export type BounceSeverity = (typeof BounceSeverity)[keyof typeof BounceSeverity];

export interface BounceVerdict {
  readonly kind: typeof ReplyKind.bounce;
  readonly severity: BounceSeverity;
  /** Lower-cased addresses, in report order, without duplicates; empty when the report names none. */
  readonly failedRecipients: readonly string[];
  /** Enhanced status code (RFC 3463), e.g. `5.1.1`. */
  readonly statusCode?: string;
  /** The Diagnostic-Code or the most telling body line, trimmed to 200 characters. */
  readonly reason: string;
  readonly originalMessageId?: InternetMessageId;
}

export type ReplyVerdict =
  | { readonly kind: typeof ReplyKind.humanReply }
  | { readonly kind: typeof ReplyKind.autoReply; readonly reason: AutoReplyReason }
  | BounceVerdict
  | { readonly kind: typeof ReplyKind.readReceipt }
  | { readonly kind: typeof ReplyKind.deliveryReport }
  | { readonly kind: typeof ReplyKind.unsubscribeRequest }
  | { readonly kind: typeof ReplyKind.feedbackReport };
