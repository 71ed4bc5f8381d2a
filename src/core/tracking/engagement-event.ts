// Engagement events: made from a classified inbound message, and read back (validated) from stored state.
import {
  AutoReplyReason,
  BounceSeverity,
  ReplyKind,
  type ReplyVerdict,
} from "../replies/reply-verdict";
import { toPlainText } from "./plain-text";
import type { InboundMessage } from "../replies/inbound-message";
import type { EngagementEvent } from "./tracked-email";

/** Longer keys are hostile (RFC 5322 lines stop at 998); they are cut, which keeps them unique enough. */
export const MAX_EVENT_KEY_CHARS = 300;
export const MAX_SUMMARY_CHARS = 200;
/** RFC 5321: 64 + 1 + 255. */
export const MAX_ADDRESS_CHARS = 320;
const MAX_ID_CHARS = 512;

const autoReplySummaries: Readonly<Record<AutoReplyReason, string>> = {
  out_of_office: "Out of office",
  vacation: "Vacation reply",
  auto_acknowledgement: "Automatic acknowledgement",
  challenge_response: "Sender verification request",
  other: "Automatic reply",
};

/**
 * The timeline text for a verdict, plain and ≤ 200 characters, e.g. a hard bounce with status
 * 5.1.1 and reason "user unknown" gives "Bounced (5.1.1): user unknown".
 */
export function summarizeVerdict(verdict: ReplyVerdict): string {
  switch (verdict.kind) {
    case ReplyKind.humanReply:
      return "Replied";
    case ReplyKind.autoReply:
      return autoReplySummaries[verdict.reason];
    case ReplyKind.bounce: {
      const label = verdict.severity === BounceSeverity.hard ? "Bounced" : "Delivery delayed";
      const code = verdict.statusCode === undefined ? "" : ` (${verdict.statusCode})`;
      const reason = toPlainText(verdict.reason, MAX_SUMMARY_CHARS);
      return toPlainText(
        reason === "" ? `${label}${code}` : `${label}${code}: ${reason}`,
        MAX_SUMMARY_CHARS,
      );
    }
    case ReplyKind.readReceipt:
      return "Read receipt";
    case ReplyKind.deliveryReport:
      return "Delivered";
    case ReplyKind.unsubscribeRequest:
      return "Asked to unsubscribe";
    case ReplyKind.feedbackReport:
      return "Marked as spam";
  }
}

/** An ISO-8601 instant normalized to UTC with milliseconds, or undefined when it is not one. */
export function readInstant(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length > 64) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** A lower-cased address, or undefined when `value` is not a plausible one. */
export function readAddress(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const address = value.trim().toLowerCase();
  const isPlausible = address.length <= MAX_ADDRESS_CHARS && /^[^\s@<>]+@[^\s@<>]+$/.test(address);
  return isPlausible ? address : undefined;
}

function readId(value: unknown, maxChars: number): string | undefined {
  if (typeof value !== "string") return undefined;
  const id = value.trim();
  return id === "" ? undefined : id.slice(0, maxChars);
}

/**
 * The event an inbound message makes for one tracked email, or undefined when it has neither a
 * Message-ID nor an id, or no received time. `keySuffix` separates the events one message makes
 * for several recipients (a bounce naming two of them), e.g. `#bob@example.com`.
 */
export function createEngagementEvent(options: {
  readonly message: InboundMessage & { readonly id?: string };
  readonly verdict: ReplyVerdict;
  readonly recipient?: string;
  readonly keySuffix?: string;
}): EngagementEvent | undefined {
  const { message, verdict, recipient } = options;
  const baseKey =
    readId(message.internetMessageId, MAX_EVENT_KEY_CHARS) ?? readId(message.id, MAX_ID_CHARS);
  const at = readInstant(message.receivedDateTime);
  if (baseKey === undefined || at === undefined) return undefined;
  const inboundMessageId = readId(message.id, MAX_ID_CHARS);
  return {
    key: `${baseKey}${options.keySuffix ?? ""}`.slice(0, MAX_EVENT_KEY_CHARS + MAX_ADDRESS_CHARS),
    kind: verdict.kind,
    at,
    ...(recipient === undefined ? {} : { recipient }),
    summary: summarizeVerdict(verdict),
    ...(inboundMessageId === undefined ? {} : { inboundMessageId }),
    ...(verdict.kind === ReplyKind.bounce ? { bounce: verdict.severity } : {}),
    ...(verdict.kind === ReplyKind.autoReply ? { autoReplyReason: verdict.reason } : {}),
  };
}

/** Whether `value` is one of a vocabulary's values. */
export function isOneOf<T extends string>(
  values: Readonly<Record<string, T>>,
  value: unknown,
): value is T {
  return typeof value === "string" && Object.values<string>(values).includes(value);
}

/** `value` as a plain object, or undefined for arrays, null and primitives. */
export function readObject(value: unknown): Readonly<Record<string, unknown>> | undefined {
  const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
  return isObject ? (value as Readonly<Record<string, unknown>>) : undefined;
}

/**
 * One stored event, validated field by field: undefined when a required field is missing or wrong;
 * optional fields that are wrong are dropped, text is re-cut to plain text.
 */
export function readEngagementEvent(value: unknown): EngagementEvent | undefined {
  const raw = readObject(value);
  if (raw === undefined) return undefined;
  const key = readId(raw["key"], MAX_EVENT_KEY_CHARS + MAX_ADDRESS_CHARS);
  const kind = raw["kind"];
  const at = readInstant(raw["at"]);
  if (key === undefined || at === undefined || !isOneOf(ReplyKind, kind)) return undefined;
  const recipient = readAddress(raw["recipient"]);
  const inboundMessageId = readId(raw["inboundMessageId"], MAX_ID_CHARS);
  const bounce = raw["bounce"];
  const autoReplyReason = raw["autoReplyReason"];
  return {
    key,
    kind,
    at,
    ...(recipient === undefined ? {} : { recipient }),
    summary: toPlainText(raw["summary"], MAX_SUMMARY_CHARS),
    ...(inboundMessageId === undefined ? {} : { inboundMessageId }),
    ...(isOneOf(BounceSeverity, bounce) ? { bounce } : {}),
    ...(isOneOf(AutoReplyReason, autoReplyReason) ? { autoReplyReason } : {}),
  };
}

/**
 * The events one inbound message makes for the recipients it is attributed to: one event without a
 * recipient when none is known, one per recipient otherwise (keys suffixed `#address` when there
 * are several), e.g. a bounce for bob and carol gives keys `<m>#bob@…` and `<m>#carol@…`.
 */
export function createEngagementEvents(options: {
  readonly message: InboundMessage & { readonly id?: string };
  readonly verdict: ReplyVerdict;
  readonly recipients: readonly string[];
}): EngagementEvent[] {
  const { message, verdict, recipients } = options;
  const isShared = recipients.length > 1;
  const events =
    recipients.length === 0
      ? [createEngagementEvent({ message, verdict })]
      : recipients.map((recipient) =>
          createEngagementEvent({
            message,
            verdict,
            recipient,
            ...(isShared ? { keySuffix: `#${recipient}` } : {}),
          }),
        );
  return events.filter((event) => event !== undefined);
}
