// The port for sends scheduled in the mailbox: Graph deferred send (PidTagDeferredSendTime), listing, cancelling, rescheduling.
import type { AppError } from "../core/errors/app-error";
import type { RecentReply } from "../core/scheduling/send-later-settings";
import type { MessageId, Recipient } from "./mail-api";

declare const brand: unique symbol;

/** Tempo's id for one scheduled send, the value of its marker property, e.g. `ts-7f3c…`. */
export type ScheduleId = string & { readonly [brand]: "tempo_schedule_id" };

/** Brands a raw schedule id, e.g. `toScheduleId("ts-1")`. */
export function toScheduleId(raw: string): ScheduleId {
  return raw as ScheduleId;
}

/** A message waiting in Drafts with a deferred send time still ahead. */
export interface ScheduledMessage {
  readonly id: MessageId;
  readonly subject: string;
  readonly to: readonly Recipient[];
  /** ISO-8601 UTC: PidTagDeferredSendTime. */
  readonly sendAtUtc: string;
  readonly conversationId?: string;
  /** Set when Tempo scheduled it (its marker); absent for sends scheduled in Outlook itself. */
  readonly scheduleId?: ScheduleId;
}

/** A new message to schedule, built by Tempo (not an Outlook compose item). */
export interface NewScheduledMessage {
  readonly scheduleId: ScheduleId;
  readonly subject: string;
  /** HTML body, already sanitized by the caller. */
  readonly bodyHtml: string;
  readonly to: readonly Recipient[];
  readonly cc?: readonly Recipient[];
  /** ISO-8601 UTC. */
  readonly sendAtUtc: string;
}

/**
 * A definite answer: `scheduled` means Exchange accepted the send and holds it until `sendAtUtc`;
 * `not_scheduled` means it certainly was not. An unknown outcome is a rejection (`schedule_outcome_unknown`).
 */
export type ScheduleOutcome =
  | { readonly status: "scheduled"; readonly messageId: MessageId; readonly sendAtUtc: string }
  | { readonly status: "not_scheduled"; readonly reason: AppError };

/** Scheduling through Microsoft Graph in the signed-in user's mailbox; every rejection is an AppError. */
export interface ScheduledSendApi {
  /**
   * Sets the deferred send time (and Tempo's marker) on an existing draft, e.g. the compose item
   * Outlook saved, then sends it exactly once, e.g. gives `{ status: "scheduled", messageId, sendAtUtc }`.
   */
  scheduleDraft(options: {
    readonly draftId: MessageId;
    readonly scheduleId: ScheduleId;
    readonly sendAtUtc: string;
  }): Promise<ScheduleOutcome>;
  /** Creates a draft carrying the deferred send time and the marker, then sends it exactly once. */
  scheduleNew(message: NewScheduledMessage): Promise<ScheduleOutcome>;
  /**
   * Every message in Drafts whose deferred send time is after `nowUtc`, soonest first, e.g.
   * `listScheduled({ nowUtc, maxMessages: 100 })` gives `[{ id, subject: "Intro", sendAtUtc, … }]`.
   */
  listScheduled(options: {
    readonly nowUtc: string;
    readonly maxMessages: number;
  }): Promise<ScheduledMessage[]>;
  /**
   * Cancels a held send: copies it to a plain draft (no send time) and deletes the held one. Resolves
   * with the new draft's id. `scheduled_send_gone` when it has already gone out.
   */
  cancel(id: MessageId): Promise<MessageId>;
  /** Cancel, then schedule the plain copy again at `sendAtUtc` (no documented in-place change). */
  reschedule(options: {
    readonly id: MessageId;
    readonly scheduleId: ScheduleId;
    readonly sendAtUtc: string;
  }): Promise<ScheduleOutcome>;
  /**
   * The raw Date header of the newest message from `address`, to guess their zone; `undefined`
   * when there is none, e.g. `"Tue, 10 Mar 2026 09:15:00 +0530"`.
   */
  readLatestDateHeaderFrom(address: string): Promise<string | undefined>;
}

/**
 * What the open compose item offers for sending later: `delay_delivery` is Office's
 * `item.delayDeliveryTime` (Mailbox 1.13); classic Outlook on Windows cannot cancel such a send once
 * it is sent (no Outbox copy, GRAPH-FACTS C8). `graph_fallback`: older clients, where Tempo saves the
 * draft and schedules it through Graph. `unavailable`: not composing, or no way to save.
 */
export type ComposeDeliveryCapability =
  | { readonly kind: "delay_delivery"; readonly isCancellableAfterSend: boolean }
  | { readonly kind: "graph_fallback" }
  | { readonly kind: "unavailable" };

/** The Outlook compose item, as send later needs it; every rejection is an AppError. */
export interface ComposeDelivery {
  readCapability(): ComposeDeliveryCapability;
  /** The delivery time set on the item (ISO-8601 UTC), `undefined` for "send now". */
  readDelay(): Promise<string | undefined>;
  /** Sets (or with `undefined` clears) the item's delivery time; the rep then selects Send. */
  setDelay(sendAtUtc: string | undefined): Promise<void>;
  /** Saves the item as a draft and gives its Graph id (EWS id converted, GRAPH-FACTS A3). */
  saveDraft(): Promise<MessageId>;
  /** Closes the compose form once Graph holds the message, so the rep does not send it twice. */
  close(): Promise<void>;
  /** The item's conversation, when it is a reply or forward. */
  readConversationId(): string | undefined;
  /** Notes, once per draft, when Tempo first saw it (sessionData), for the pre-send reply check. */
  recordDraftStart(nowUtc: string): Promise<void>;
}

/** Send-later state kept in the mailbox's roaming settings; every rejection is an AppError. */
export interface SendLaterSettings {
  isAutoCancelOnReply(): boolean;
  readRecentReplies(): RecentReply[];
  saveRecentReplies(replies: readonly RecentReply[]): Promise<void>;
  /** The zone the rep chose for this prospect before, e.g. `"Asia/Kolkata"`. */
  readProspectZone(address: string): string | undefined;
  /** Remembers the rep's choice, so the next draft and the pre-send check use it. */
  saveProspectZone(address: string, timeZone: string): Promise<void>;
}
