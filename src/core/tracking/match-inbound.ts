// Matches an inbound message to the tracked email it answers, and to the recipient it speaks for.
import { readHeaderValues, readList } from "../replies/message-text";
import { ReplyKind, type ReplyVerdict } from "../replies/reply-verdict";
import { readAddress, readInstant } from "./engagement-event";
import type { InboundMessage } from "../replies/inbound-message";

/** What matching needs of a tracked Sent Items message (the port's SentTrackedMessage fits). */
export interface TrackedMessageLike {
  readonly id: string;
  readonly internetMessageId?: string;
  readonly conversationId?: string;
  /** ISO-8601 UTC. */
  readonly sentDateTime?: string;
  readonly to: readonly { readonly address: string; readonly name?: string }[];
  readonly cc?: readonly { readonly address: string; readonly name?: string }[];
}

export interface TrackingIndex<T extends TrackedMessageLike> {
  /** Keyed by the lower-cased Message-ID with its angle brackets. */
  readonly byInternetMessageId: ReadonlyMap<string, T>;
  /** Each conversation's tracked messages, newest sent first. */
  readonly byConversationId: ReadonlyMap<string, readonly T[]>;
}

export const MatchedVia = {
  inReplyTo: "in_reply_to",
  references: "references",
  bounceOriginal: "bounce_original",
  conversation: "conversation",
} as const;
export type MatchedVia = (typeof MatchedVia)[keyof typeof MatchedVia];

export interface InboundMatch<T extends TrackedMessageLike> {
  readonly tracked: T;
  /** Lower-cased addresses the engagement is attributed to; empty when it cannot be told. */
  readonly recipients: readonly string[];
  readonly via: MatchedVia;
}

/** A References header longer than this is hostile; the newest ids are at its end. */
const MAX_REFERENCES_CHARS = 16 * 1024;
const MESSAGE_ID = /<[^<>\s]{1,900}>/g;

/** Lower-cased SMTP addresses of a tracked message's To and Cc, without duplicates. */
export function readTrackedRecipients(message: TrackedMessageLike): string[] {
  const all = [...readList(message.to), ...readList(message.cc)];
  const addresses = all.map((recipient) => readAddress(recipient?.address));
  return [...new Set(addresses.filter((address) => address !== undefined))];
}

/**
 * Indexes tracked messages for matching, e.g. a message with `<a@contoso.com>` in conversation
 * "C1" is found by either. Messages sharing a conversation are kept newest sent first.
 */
export function buildTrackingIndex<T extends TrackedMessageLike>(
  messages: readonly T[],
): TrackingIndex<T> {
  const byInternetMessageId = new Map<string, T>();
  const byConversationId = new Map<string, T[]>();
  for (const message of messages) {
    const messageId = message.internetMessageId?.trim().toLowerCase();
    if (messageId) byInternetMessageId.set(messageId, message);
    if (message.conversationId) {
      const thread = byConversationId.get(message.conversationId) ?? [];
      thread.push(message);
      byConversationId.set(message.conversationId, thread);
    }
  }
  for (const thread of byConversationId.values())
    thread.sort((a, b) => (b.sentDateTime ?? "").localeCompare(a.sentDateTime ?? ""));
  return { byInternetMessageId, byConversationId };
}

function readMessageIds(values: readonly string[]): string[] {
  return values.flatMap((value) => value.slice(-MAX_REFERENCES_CHARS).match(MESSAGE_ID) ?? []);
}

function findByMessageIds<T extends TrackedMessageLike>(
  index: TrackingIndex<T>,
  ids: readonly string[],
): T | undefined {
  for (const id of ids) {
    const tracked = index.byInternetMessageId.get(id.toLowerCase());
    if (tracked !== undefined) return tracked;
  }
  return undefined;
}

/** The conversation's tracked message sent last before the inbound one arrived (else its newest). */
function findInConversation<T extends TrackedMessageLike>(
  index: TrackingIndex<T>,
  message: InboundMessage,
): T | undefined {
  const thread =
    typeof message.conversationId === "string"
      ? index.byConversationId.get(message.conversationId)
      : undefined;
  if (thread === undefined) return undefined;
  const receivedAt = readInstant(message.receivedDateTime);
  const sentBefore = thread.find(
    (tracked) =>
      receivedAt === undefined || (readInstant(tracked.sentDateTime) ?? "") <= receivedAt,
  );
  return sentBefore ?? thread[0];
}

function findTracked<T extends TrackedMessageLike>(
  index: TrackingIndex<T>,
  message: InboundMessage,
  verdict: ReplyVerdict,
): { tracked: T; via: MatchedVia } | undefined {
  const inReplyTo = findByMessageIds(
    index,
    readMessageIds(readHeaderValues(message, "In-Reply-To")),
  );
  if (inReplyTo !== undefined) return { tracked: inReplyTo, via: MatchedVia.inReplyTo };
  // The newest reference is the last one (RFC 5322 3.6.4).
  const referenceIds = readMessageIds(readHeaderValues(message, "References")).reverse();
  const referenced = findByMessageIds(index, referenceIds);
  if (referenced !== undefined) return { tracked: referenced, via: MatchedVia.references };
  const original = verdict.kind === ReplyKind.bounce ? verdict.originalMessageId : undefined;
  const bounced = original === undefined ? undefined : findByMessageIds(index, [original]);
  if (bounced !== undefined) return { tracked: bounced, via: MatchedVia.bounceOriginal };
  const inThread = findInConversation(index, message);
  return inThread === undefined ? undefined : { tracked: inThread, via: MatchedVia.conversation };
}

function attributeRecipients(
  trackedRecipients: readonly string[],
  message: InboundMessage,
  verdict: ReplyVerdict,
): string[] {
  const candidates =
    verdict.kind === ReplyKind.bounce
      ? verdict.failedRecipients.map(readAddress)
      : [readAddress(message.from?.address) ?? readAddress(message.sender?.address)];
  const named = candidates.filter(
    (address): address is string => address !== undefined && trackedRecipients.includes(address),
  );
  if (named.length > 0) return [...new Set(named)];
  const [only] = trackedRecipients;
  return trackedRecipients.length === 1 && only !== undefined ? [only] : [];
}

/** Whether the rep sent `message` (From or Sender is one of the rep's addresses). */
export function isSentByRep(message: InboundMessage, repAddresses: readonly string[]): boolean {
  const reps = repAddresses.map(readAddress);
  const from = readAddress(message.from?.address);
  const sender = readAddress(message.sender?.address);
  return reps.some((rep) => rep !== undefined && (rep === from || rep === sender));
}

/**
 * Finds the tracked email `message` engages with: In-Reply-To, then References (newest first),
 * then a bounce's original Message-ID, then the conversation. The engagement is attributed to the
 * sender when a recipient (replies, auto-replies, receipts), to the failed recipients (bounces), else
 * to the only recipient. Mail the rep sent is never engagement. e.g. a reply from bob@example.com
 * with `In-Reply-To: <t1@contoso.com>` gives `{ tracked: <t1's message>, recipients:
 * ["bob@example.com"], via: "in_reply_to" }`.
 */
export function matchInbound<T extends TrackedMessageLike>(options: {
  readonly index: TrackingIndex<T>;
  readonly message: InboundMessage;
  readonly verdict: ReplyVerdict;
  readonly repAddresses: readonly string[];
}): InboundMatch<T> | undefined {
  const { index, message, verdict } = options;
  if (isSentByRep(message, options.repAddresses)) return undefined;
  const found = findTracked(index, message, verdict);
  if (found === undefined) return undefined;
  const recipients = attributeRecipients(readTrackedRecipients(found.tracked), message, verdict);
  return { tracked: found.tracked, recipients, via: found.via };
}
