// Builds what the panes show of tracked mail: one TrackedEmail, the ordered snapshot, and info-bar text.
import { readList } from "../replies/message-text";
import { AutoReplyReason, BounceSeverity, ReplyKind } from "../replies/reply-verdict";
import { readAddress, readInstant } from "./engagement-event";
import { toPlainText } from "./plain-text";
import {
  TrackingStatus,
  type EngagementEvent,
  type TrackedEmail,
  type TrackedRecipient,
  type TrackingSnapshot,
} from "./tracked-email";
import type { TrackedMessageLike } from "./match-inbound";
import type { TrackId } from "./tracking-marker";
import type { TrackingState } from "./tracking-state";

/** What a view needs of a tracked Sent Items message (the port's SentTrackedMessage fits). */
export interface TrackedViewSource extends TrackedMessageLike {
  readonly trackId: TrackId;
  readonly subject: string;
}

/** Outlook's own subject limit. */
const MAX_SUBJECT_CHARS = 255;
const MAX_NAME_CHARS = 100;
/** notificationMessages refuses longer messages (GRAPH-FACTS F15). */
export const MAX_INFO_BAR_CHARS = 150;

function buildRecipients(message: TrackedMessageLike, state: TrackingState): TrackedRecipient[] {
  const all = [...readList(message.to), ...readList(message.cc)];
  const byAddress = new Map<string, TrackedRecipient>();
  for (const recipient of all) {
    const address = readAddress(recipient?.address);
    if (address === undefined || byAddress.has(address)) continue;
    const name = toPlainText(recipient.name, MAX_NAME_CHARS);
    const status =
      state.recipients.find((known) => known.address === address)?.status ??
      TrackingStatus.awaiting;
    byAddress.set(address, { address, ...(name === "" ? {} : { name }), status });
  }
  return [...byAddress.values()];
}

/**
 * One tracked email as the panes show it, from the Sent Items message and its state; text fields
 * become plain single-line text (a 1 MB subject is cut to 255 characters).
 */
export function buildTrackedEmail(options: {
  readonly message: TrackedViewSource;
  readonly state: TrackingState;
}): TrackedEmail {
  const { message, state } = options;
  const sentDateTime = readInstant(message.sentDateTime);
  const lastEngagementAt = state.events[state.events.length - 1]?.at;
  return {
    messageId: message.id,
    trackId: message.trackId,
    subject: toPlainText(message.subject, MAX_SUBJECT_CHARS),
    ...(sentDateTime === undefined ? {} : { sentDateTime }),
    ...(message.conversationId === undefined ? {} : { conversationId: message.conversationId }),
    ...(message.internetMessageId === undefined
      ? {}
      : { internetMessageId: message.internetMessageId }),
    recipients: buildRecipients(message, state),
    status: state.status,
    events: state.events,
    ...(lastEngagementAt === undefined ? {} : { lastEngagementAt }),
    isUnseen: state.unseenKeys.length > 0,
    followUp: state.followUp,
  };
}

function compareNewestFirst(a: TrackedEmail, b: TrackedEmail): number {
  const byEngagement = (b.lastEngagementAt ?? "").localeCompare(a.lastEngagementAt ?? "");
  const bySent = (b.sentDateTime ?? "").localeCompare(a.sentDateTime ?? "");
  return byEngagement || bySent || a.messageId.localeCompare(b.messageId);
}

/**
 * The dashboard's list: newest engagement first, then never-engaged mail newest sent first; the
 * unseen count is the number of emails with engagement the rep has not looked at. The input is not
 * reordered in place.
 */
export function buildSnapshot(options: {
  readonly emails: readonly TrackedEmail[];
  /** ISO-8601 UTC. */
  readonly syncedAt: string;
}): TrackingSnapshot {
  const emails = [...options.emails].sort(compareNewestFirst);
  const unseenCount = emails.filter((email) => email.isUnseen).length;
  return { emails, unseenCount, syncedAt: options.syncedAt };
}

function formatSentDay(sentDateTime: string, locale: string, timeZone: string): string {
  const format: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short" };
  try {
    return new Intl.DateTimeFormat(locale, { ...format, timeZone }).format(new Date(sentDateTime));
  } catch (error) {
    // A locale or zone Intl does not know (RangeError) falls back to a fixed one: text, not a crash.
    if (!(error instanceof RangeError)) throw error;
    return new Intl.DateTimeFormat("en-GB", { ...format, timeZone: "UTC" }).format(
      new Date(sentDateTime),
    );
  }
}

function describeKind(event: EngagementEvent, email: string): string {
  const recipient = event.recipient ?? "";
  switch (event.kind) {
    case ReplyKind.humanReply:
      return `Replied to ${email}`;
    case ReplyKind.autoReply: {
      const isAway =
        event.autoReplyReason === AutoReplyReason.outOfOffice ||
        event.autoReplyReason === AutoReplyReason.vacation;
      return `${isAway ? "Out of office reply" : "Automatic reply"} to ${email}`;
    }
    case ReplyKind.bounce: {
      const isSoft = event.bounce === BounceSeverity.soft;
      if (recipient === "")
        return isSoft
          ? `Delivery delayed: ${email} is not delivered yet`
          : `Bounced: ${email} was not delivered`;
      return isSoft
        ? `Delivery delayed: ${email} has not reached ${recipient} yet`
        : `Bounced: ${email} did not reach ${recipient}`;
    }
    case ReplyKind.readReceipt:
      return `Read receipt for ${email}`;
    case ReplyKind.deliveryReport:
      return `Delivery report for ${email}`;
    case ReplyKind.unsubscribeRequest:
      return `Unsubscribe request about ${email}`;
    case ReplyKind.feedbackReport:
      return `Spam complaint about ${email}`;
  }
}

/**
 * The read pane's info-bar text for an event, plain and ≤ 150 characters, with the send day in the
 * rep's locale and time zone, e.g. a reply to mail sent 2026-11-03T10:00Z, locale "en-GB", zone
 * "Europe/London" gives "Replied to your tracked email of Tue 3 Nov". Never throws.
 */
export function describeEngagement(options: {
  readonly event: EngagementEvent;
  readonly sentDateTime: string | undefined;
  readonly locale: string;
  /** IANA, e.g. "Europe/Paris". */
  readonly timeZone: string;
}): string {
  const sentAt = readInstant(options.sentDateTime);
  const email =
    sentAt === undefined
      ? "your tracked email"
      : `your tracked email of ${formatSentDay(sentAt, options.locale, options.timeZone)}`;
  return toPlainText(describeKind(options.event, email), MAX_INFO_BAR_CHARS);
}
