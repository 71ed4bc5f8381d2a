// The port for what Tempo reads and writes in the user's mail through Microsoft Graph.
import type { AppError } from "../core/errors/app-error";
import type { InboundMessage } from "../core/replies/inbound-message";
import type { TrackId } from "../core/tracking/tracking-marker";

declare const brand: unique symbol;

/** A Graph immutable message id (`Prefer: IdType="ImmutableId"`): survives moves between folders. */
export type MessageId = string & { readonly [brand]: "tempo_message_id" };

/** Brands a raw Graph message id. */
export function toMessageId(raw: string): MessageId {
  return raw as MessageId;
}

export interface Recipient {
  readonly address: string;
  readonly name?: string;
}

/** A new tracked draft; the marker is added by the adapter. */
export interface DraftInput {
  readonly trackId: TrackId;
  readonly subject: string;
  /** HTML body, already sanitized by the caller. */
  readonly bodyHtml: string;
  readonly to: readonly Recipient[];
  readonly cc?: readonly Recipient[];
}

/** A tracked message found in Sent Items. */
export interface SentTrackedMessage {
  readonly id: MessageId;
  readonly trackId: TrackId;
  readonly subject: string;
  /** ISO-8601 UTC. */
  readonly sentDateTime?: string;
  readonly conversationId?: string;
  readonly internetMessageId?: string;
  readonly to: readonly Recipient[];
  readonly cc?: readonly Recipient[];
  /** The raw value of the tracking-state property (versioned JSON), absent before the first sync. */
  readonly stateJson?: string;
  /** Graph `flag` as it is now on the message. */
  readonly flag?: FollowUpFlag;
}

/** Graph `followupFlag` (GRAPH-FACTS C10: a due date needs a start date). ISO-8601 UTC times. */
export interface FollowUpFlag {
  readonly flagStatus: "notFlagged" | "flagged" | "complete";
  readonly startDateTime?: string;
  readonly dueDateTime?: string;
}

/** A change to a tracked Sent Items message: its state document, and its flag when that changes. */
export interface TrackedMessageUpdate {
  readonly id: MessageId;
  readonly trackId: TrackId;
  readonly stateJson: string;
  readonly flag?: FollowUpFlag;
}

/** The mail folders reply detection reads with delta queries. */
export type WatchedFolder = "inbox" | "junkemail";

/** A message as read from the mailbox: the core's inbound shape plus its id. */
export interface MailboxMessage extends InboundMessage {
  readonly id: MessageId;
}

/**
 * The result of a tracked send: a definite answer, never a guess. `not_sent` means certainly not sent
 * (Graph refused it, or the draft was found unsent), with the reason; an unknown outcome is a rejection.
 */
export type SendOutcome =
  | { readonly status: "sent"; readonly sentMessageId?: MessageId }
  | { readonly status: "not_sent"; readonly reason: AppError };

/** One pass over the Inbox delta. */
export type InboxDeltaResult =
  | {
      readonly kind: "changes";
      readonly messages: readonly MailboxMessage[];
      readonly removedIds: readonly MessageId[];
      /** Opaque link to persist and pass back next time. */
      readonly deltaLink: string;
      /** False when the page cap stopped the round early; `deltaLink` then resumes it. */
      readonly isComplete: boolean;
    }
  /** The stored link is no longer valid (410 Gone, `syncStateNotFound`): start a full sync. */
  | { readonly kind: "resync_required"; readonly reason: string };

/** Mail operations on the signed-in user's mailbox; every rejection is an AppError. */
export interface MailApi {
  /**
   * Tracked mail in Sent Items (filtered on the marker), newest first, up to `maxMessages`, e.g.
   * `listSentTracked({ maxMessages: 50 })` gives `[{ id, trackId: "tt-1", subject: "Intro", … }]`.
   * With `sentSince` (ISO-8601 UTC) only mail whose `sentDateTime` is at or after it, e.g.
   * `listSentTracked({ maxMessages: 2000, sentSince: "2025-03-04T11:00:00.000Z" })`; rejects with
   * `invalid_input` when `sentSince` is not a date.
   */
  listSentTracked(options: {
    maxMessages: number;
    sentSince?: string;
  }): Promise<SentTrackedMessage[]>;
  /** One message by id, e.g. `getMessage(id)` gives `{ id, subject: "Re: Intro", … }`. */
  getMessage(id: MessageId): Promise<MailboxMessage>;
  /** Creates a draft carrying the marker, e.g. `createDraft({ trackId, subject, … })` gives its id. */
  createDraft(draft: DraftInput): Promise<MessageId>;
  /**
   * Sends a marked draft exactly once. When Graph's answer is lost, it looks for the marker in
   * Drafts and Sent Items before anything is sent again, e.g. gives `{ status: "sent", sentMessageId }`.
   * Rejects with `graph_send_outcome_unknown` only when even that cannot tell.
   */
  sendDraft(options: { draftId: MessageId; trackId: TrackId }): Promise<SendOutcome>;
  /** Creates a marked draft and sends it exactly once (createDraft + sendDraft). */
  sendTracked(draft: DraftInput): Promise<SendOutcome>;
  /**
   * New, changed and removed Inbox messages since `deltaLink` (or a first full pass when absent),
   * e.g. `inboxDelta({})` gives `{ kind: "changes", messages: […], removedIds: [], deltaLink }`.
   */
  inboxDelta(options: { deltaLink?: string; maxPages?: number }): Promise<InboxDeltaResult>;
  /**
   * One delta round per watched folder, the first page of each in a single `$batch`, e.g.
   * `watchedFoldersDelta({ inbox: link })` gives `{ inbox: {kind: "changes", …}, junkemail: {…} }`.
   * With nothing new this is one HTTP request.
   */
  watchedFoldersDelta(
    deltaLinks: Partial<Record<WatchedFolder, string>>,
    options?: { maxPages?: number },
  ): Promise<Record<WatchedFolder, InboxDeltaResult>>;
  /**
   * Tracked Sent Items messages in one conversation (read pane: "is this a reply to tracked mail?"),
   * e.g. `listTrackedInConversation("AAQk…")` gives the tracked messages of that thread.
   */
  listTrackedInConversation(conversationId: string): Promise<SentTrackedMessage[]>;
  /**
   * Writes state (and the flag when given) onto tracked messages, batched 20 per `$batch`; also writes
   * the TempoTrackId marker so mail marked from compose (custom properties) carries Tempo's own.
   * Resolves with the ids that failed (each retried per Graph's rules first), e.g. `[]`.
   */
  updateTrackedMessages(updates: readonly TrackedMessageUpdate[]): Promise<MessageId[]>;
}
