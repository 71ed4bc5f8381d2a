// Words for tracking statuses, event kinds and follow-ups, and dates in the rep's locale and zone.
import { TrackingStatus, type FollowUp, type TrackedEmail } from "@/core/tracking/tracked-email";
import type { ReplyKind } from "@/core/replies/reply-verdict";

/** The Fluent Badge colours the status chips use; the label always carries the meaning too. */
export type ChipColor =
  | "brand"
  | "danger"
  | "important"
  | "informative"
  | "severe"
  | "subtle"
  | "success"
  | "warning";

export interface StatusChip {
  readonly label: string;
  readonly color: ChipColor;
}

const statusChips: Readonly<Record<TrackingStatus, StatusChip>> = {
  [TrackingStatus.awaiting]: { label: "Awaiting reply", color: "informative" },
  [TrackingStatus.readReceipt]: { label: "Read", color: "brand" },
  [TrackingStatus.autoReplied]: { label: "Auto-reply", color: "warning" },
  [TrackingStatus.softBounced]: { label: "Delivery delayed", color: "severe" },
  [TrackingStatus.bounced]: { label: "Bounced", color: "danger" },
  [TrackingStatus.unsubscribed]: { label: "Unsubscribed", color: "important" },
  [TrackingStatus.replied]: { label: "Replied", color: "success" },
};

/** e.g. "replied" gives `{ label: "Replied", color: "success" }`; an unknown status reads as awaiting. */
export function describeStatus(status: TrackingStatus): StatusChip {
  return statusChips[status] ?? statusChips.awaiting;
}

const eventKindLabels: Readonly<Record<ReplyKind, string>> = {
  human_reply: "Reply",
  auto_reply: "Auto-reply",
  bounce: "Bounce",
  read_receipt: "Read receipt",
  delivery_report: "Delivery report",
  unsubscribe_request: "Unsubscribe request",
  feedback_report: "Spam complaint",
};

export function describeEventKind(kind: ReplyKind): string {
  return eventKindLabels[kind] ?? "Message";
}

export interface DateFormatOptions {
  /** BCP 47, e.g. "en-GB"; undefined uses the rep's browser locale. */
  readonly locale?: string;
  /** IANA, e.g. "Europe/Paris"; undefined uses the rep's zone. */
  readonly timeZone?: string;
}

/** e.g. "2025-11-03T14:05:00Z" in en-US, UTC gives "Mon, Nov 3, 2:05 PM"; a bad date gives "". */
export function formatWhen(iso: string | undefined, options: DateFormatOptions): string {
  const date = iso === undefined ? undefined : new Date(iso);
  if (date === undefined || Number.isNaN(date.getTime())) return "";
  return new Intl.DateTimeFormat(options.locale, {
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: options.timeZone,
  }).format(date);
}

/** True when Tempo flagged the email and the due date has passed. */
export function isFollowUpDue(followUp: FollowUp, now: Date): boolean {
  if (followUp.state !== "flagged" || followUp.dueDateTime === undefined) return false;
  const due = new Date(followUp.dueDateTime).getTime();
  return !Number.isNaN(due) && due <= now.getTime();
}

/** e.g. "Follow up due" or "Follow up Mon, Nov 10, 9:00 AM"; undefined when no flag is set. */
export function describeFollowUp(
  followUp: FollowUp,
  now: Date,
  options: DateFormatOptions,
): string | undefined {
  if (followUp.state !== "flagged") return undefined;
  if (isFollowUpDue(followUp, now)) return "Follow up due";
  const when = formatWhen(followUp.dueDateTime, options);
  return when === "" ? "Follow up" : `Follow up ${when}`;
}

/** e.g. "dana@fabrikam.com and 2 more"; the name is used when known. */
export function describeRecipients(email: Pick<TrackedEmail, "recipients">): string {
  const [first, ...rest] = email.recipients;
  if (first === undefined) return "No recipients";
  const firstText = first.name ? `${first.name} <${first.address}>` : first.address;
  return rest.length === 0 ? firstText : `${firstText} and ${String(rest.length)} more`;
}
