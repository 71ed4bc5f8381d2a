// The bench mailbox for refresh-cost.ts: N tracked Sent Items threads, then batches of inbound mail, half of it replies.
import { tempoTrackIdPropertyId } from "../src/core/tracking/tracking-marker";
import { asText } from "../workbench/graph/graph-types";
import { deliverInbound } from "../workbench/graph/inbound-delivery";
import type { FakeGraph } from "../workbench/graph/fake-graph-server";

export const benchRepAddress = "alex.wilber@contoso.com";

/** One tracked message as the bench knows it: enough to poll its thread or answer it. */
export interface SeededThread {
  readonly conversationId: string;
  readonly internetMessageId: string;
  readonly subject: string;
  readonly prospect: string;
}

/**
 * Seeds `threads` tracked messages in Sent Items, one conversation each, sent a minute apart before
 * `now`, marked the way Tempo marks the mail it sends (TempoTrackId, GRAPH-FACTS A2).
 */
export function seedTrackedThreads(graph: FakeGraph, threads: number, now: Date): SeededThread[] {
  const seeded: SeededThread[] = [];
  for (let index = 0; index < threads; index += 1) {
    const sent = new Date(now.getTime() - (index + 1) * 60_000).toISOString();
    const prospect = `prospect${index}@fabrikam.com`;
    const message = graph.store.addMessage({
      folder: "sentitems",
      props: {
        subject: `Intro ${index}`,
        sentDateTime: sent,
        receivedDateTime: sent,
        isDraft: false,
        from: { emailAddress: { name: "Alex Wilber", address: benchRepAddress } },
        toRecipients: [{ emailAddress: { address: prospect } }],
      },
      extendedProperties: [{ id: tempoTrackIdPropertyId, value: `tt-bench-${index}` }],
    });
    seeded.push({
      conversationId: asText(message.props.conversationId),
      internetMessageId: asText(message.props.internetMessageId),
      subject: asText(message.props.subject),
      prospect,
    });
  }
  return seeded;
}

/**
 * Which thread the `reply`-th answer of round `round` goes to: one of the newest `window` threads
 * (seeded newest first), spread, and different each round.
 */
function pickThread(
  threads: readonly SeededThread[],
  options: { round: number; reply: number; window: number },
): SeededThread {
  const index = (options.round * 25 + options.reply) * 7919;
  const thread = threads[index % Math.min(options.window, threads.length)];
  if (thread === undefined) throw new Error("no tracked threads were seeded");
  return thread;
}

/**
 * Delivers 50 new messages to the Inbox: `replies` answers threaded to tracked mail by In-Reply-To
 * and References (the way Exchange threads them, so they also share its conversationId), and the
 * rest unrelated newsletters, each in a conversation of its own.
 */
export function deliverFiftyNew(
  graph: FakeGraph,
  options: {
    threads: readonly SeededThread[];
    round: number;
    replies: number;
    /** Replies answer only the newest this many threads (those the service follows). */
    replyWindow: number;
  },
): void {
  for (let index = 0; index < 50; index += 1) {
    const original =
      index < options.replies
        ? pickThread(options.threads, {
            round: options.round,
            reply: index,
            window: options.replyWindow,
          })
        : undefined;
    const headers = original
      ? [
          { name: "In-Reply-To", value: original.internetMessageId },
          { name: "References", value: original.internetMessageId },
        ]
      : [];
    const sender = original?.prospect ?? `news${options.round}-${index}@example.org`;
    deliverInbound(graph.store, {
      folder: "inbox",
      message: {
        subject: original ? `RE: ${original.subject}` : `Newsletter ${options.round}-${index}`,
        from: { emailAddress: { address: sender } },
        toRecipients: [{ emailAddress: { address: benchRepAddress } }],
        body: { contentType: "text", content: "Thanks, let's talk next week." },
        internetMessageHeaders: headers,
      },
    });
  }
}
