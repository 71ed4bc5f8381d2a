// Use case: read the times a prospect's reply proposes, match them to the offer in the thread, and re-check the rep's calendar.
import { defaultBlockingStatuses } from "../../core/availability/busy-interval";
import { readOfferFromCustomProperties, type AvailabilityOffer } from "../../core/scheduling/offer";
import {
  findProposedTimes,
  type AskReason,
  type TimeCandidate,
} from "../../core/scheduling/proposed-times";
import type { CalendarApi, ConversationMessage } from "../../ports/calendar-api";

/** The open reply as the read pane knows it from Office.js. */
export interface ReplyRef {
  readonly conversationId: string;
  readonly internetMessageId?: string;
  /** Plain-text body (Office `body.getAsync("text")`). */
  readonly text: string;
  /** Fallback for the sent time when Graph does not list the reply yet (Office `dateTimeCreated`). */
  readonly receivedUtc: string;
  readonly subject: string;
}

/** A candidate time and whether the rep's calendar is still free then. */
export interface CheckedCandidate extends TimeCandidate {
  readonly isFree: boolean;
}

/** Why the rep chooses: the reply's words were unclear (AskReason), or the calendar is taken then. */
export type BookingAskReason = AskReason | "conflict";

export type BookingProposal =
  /** No availability was inserted by Tempo in this thread. */
  | { readonly kind: "no_offer" }
  /** The reply names no time Tempo could read. */
  | { readonly kind: "no_time"; readonly offer: AvailabilityOffer }
  | {
      readonly kind: "proposal";
      readonly offer: AvailabilityOffer;
      /** Ask the rep to choose when set; otherwise the single candidate can be booked in one click. */
      readonly askReason?: BookingAskReason;
      readonly candidates: readonly CheckedCandidate[];
    };

/** The most recent offer in the thread (a later insert replaces an earlier one). */
function latestOffer(messages: readonly ConversationMessage[]): AvailabilityOffer | undefined {
  const offers = messages.flatMap((message) => {
    const offer =
      message.customPropertiesJson === undefined
        ? undefined
        : readOfferFromCustomProperties(message.customPropertiesJson);
    return offer === undefined ? [] : [{ offer, sentUtc: message.sentUtc ?? "" }];
  });
  offers.sort((a, b) => b.sentUtc.localeCompare(a.sentUtc));
  return offers[0]?.offer;
}

/** One getSchedule over the candidates' span; a candidate overlapping busy or out-of-office is taken. */
async function checkCalendar(
  calendar: Pick<CalendarApi, "getSchedule">,
  repAddress: string,
  candidates: readonly TimeCandidate[],
): Promise<CheckedCandidate[]> {
  const starts = candidates.map((candidate) => candidate.slot.startUtc).sort();
  const ends = candidates.map((candidate) => candidate.slot.endUtc).sort();
  const window = { startUtc: starts[0] ?? "", endUtc: ends.at(-1) ?? "" };
  const [schedule] = await calendar.getSchedule({ addresses: [repAddress], window });
  const blocking = (schedule?.busy ?? []).filter((busy) =>
    defaultBlockingStatuses.includes(busy.status),
  );
  return candidates.map((candidate) => ({
    ...candidate,
    isFree: !blocking.some(
      (busy) => busy.startUtc < candidate.slot.endUtc && busy.endUtc > candidate.slot.startUtc,
    ),
  }));
}

/**
 * Two Graph calls: the thread's messages (to find the offer stored with the rep's email and the
 * reply's sent time), then getSchedule over the candidates. A taken time is kept but marked, and
 * then the rep is asked rather than offered a one-click booking.
 */
export async function proposeBooking(
  calendar: Pick<CalendarApi, "listConversationMessages" | "getSchedule">,
  options: { readonly reply: ReplyRef; readonly repAddress: string },
): Promise<BookingProposal> {
  const { reply } = options;
  const messages = await calendar.listConversationMessages({
    conversationId: reply.conversationId,
  });
  const offer = latestOffer(messages);
  if (offer === undefined) return { kind: "no_offer" };
  const sentUtc =
    messages.find(
      (message) =>
        reply.internetMessageId !== undefined &&
        message.internetMessageId === reply.internetMessageId,
    )?.sentUtc ?? reply.receivedUtc;
  const verdict = findProposedTimes({ replyText: reply.text, sentUtc, offer });
  if (verdict.kind === "none") return { kind: "no_time", offer };
  const candidates = verdict.kind === "one" ? [verdict.candidate] : verdict.candidates;
  const checked = await checkCalendar(calendar, options.repAddress, candidates);
  const isTaken = checked.some((candidate) => !candidate.isFree);
  const askReason: BookingAskReason | undefined =
    verdict.kind === "ask" ? verdict.reason : isTaken ? "conflict" : undefined;
  return {
    kind: "proposal",
    offer,
    ...(askReason === undefined ? {} : { askReason }),
    candidates: checked,
  };
}
