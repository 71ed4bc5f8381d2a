// What the dashboard, the read pane and the follow-up logic see of one tracked email: the derived view.
import type { AutoReplyReason, BounceSeverity, ReplyKind } from "../replies/reply-verdict";
import type { TrackId } from "./tracking-marker";

/** Where a tracked email stands, per recipient and overall (the most telling recipient wins). */
export const TrackingStatus = {
  awaiting: "awaiting",
  readReceipt: "read_receipt",
  autoReplied: "auto_replied",
  softBounced: "soft_bounced",
  bounced: "bounced",
  unsubscribed: "unsubscribed",
  replied: "replied",
} as const;
export type TrackingStatus = (typeof TrackingStatus)[keyof typeof TrackingStatus];

/** One thing that came back for a tracked email; `key` makes applying it twice a no-op. */
export interface EngagementEvent {
  /** The inbound message's Internet Message-ID, or its Graph id when it has none. */
  readonly key: string;
  readonly kind: ReplyKind;
  /** ISO-8601 UTC: when the inbound message was received. */
  readonly at: string;
  /** The prospect it is attributed to, lower-cased; absent when it cannot be told. */
  readonly recipient?: string;
  /** Plain text for the timeline, e.g. "Out of office" or "Bounced (5.1.1): user unknown". */
  readonly summary: string;
  /** Graph immutable id of the inbound message, to open it. */
  readonly inboundMessageId?: string;
  readonly bounce?: BounceSeverity;
  readonly autoReplyReason?: AutoReplyReason;
}

export interface TrackedRecipient {
  /** Lower-cased SMTP address. */
  readonly address: string;
  readonly name?: string;
  readonly status: TrackingStatus;
}

export const FollowUpState = { none: "none", flagged: "flagged", cleared: "cleared" } as const;
export type FollowUpState = (typeof FollowUpState)[keyof typeof FollowUpState];

export interface FollowUp {
  readonly state: FollowUpState;
  /** ISO-8601 UTC due date of the flag Tempo set. */
  readonly dueDateTime?: string;
}

/** One tracked email as every surface shows it. */
export interface TrackedEmail {
  /** Graph immutable id of the Sent Items copy. */
  readonly messageId: string;
  readonly trackId: TrackId;
  readonly subject: string;
  /** ISO-8601 UTC. */
  readonly sentDateTime?: string;
  readonly conversationId?: string;
  readonly internetMessageId?: string;
  readonly recipients: readonly TrackedRecipient[];
  readonly status: TrackingStatus;
  /** The timeline, oldest first. */
  readonly events: readonly EngagementEvent[];
  /** ISO-8601 UTC of the newest event, for "newest engagement first". */
  readonly lastEngagementAt?: string;
  /** True when an event arrived that the rep has not looked at yet. */
  readonly isUnseen: boolean;
  readonly followUp: FollowUp;
}

/** What a refresh gives the dashboard. */
export interface TrackingSnapshot {
  /** Newest engagement first; never-engaged emails after, newest sent first. */
  readonly emails: readonly TrackedEmail[];
  readonly unseenCount: number;
  /** ISO-8601 UTC. */
  readonly syncedAt: string;
}

/** Progress of a refresh, for the dashboard's progress bar. */
export interface SyncProgress {
  readonly phase: "listing" | "reading_inbox" | "updating" | "done";
  readonly done: number;
  /** Unknown while listing. */
  readonly total?: number;
}
