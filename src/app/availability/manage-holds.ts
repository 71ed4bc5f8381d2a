// Use cases: place tentative holds for an offer, release an offer's holds, and release holds past their expiry.
import {
  decodeHoldMark,
  encodeHoldMark,
  type AvailabilityOffer,
  type OfferId,
} from "../../core/scheduling/offer";
import type { CalendarApi } from "../../ports/calendar-api";

const dayMs = 86_400_000;

/**
 * Holds each offered slot on the rep's calendar as a tentative event marked with the offer id and
 * an expiry (`now + holdDays`), so Outlook and colleagues see the time as tentatively taken.
 * Tentative does not block Tempo's own free-slot search (busy and out-of-office do).
 */
export async function placeHolds(
  calendar: Pick<CalendarApi, "createEvent">,
  options: {
    readonly offer: AvailabilityOffer;
    readonly holdDays: number;
    readonly now: Date;
    /** Who the times are held for, e.g. "Kenji Watanabe"; shown only to the rep. */
    readonly heldFor: string;
  },
): Promise<string[]> {
  const expiresUtc = new Date(options.now.getTime() + options.holdDays * dayMs).toISOString();
  const holdMark = encodeHoldMark({ offerId: options.offer.offerId, expiresUtc });
  const created = await Promise.all(
    options.offer.slots.map((slot) =>
      calendar.createEvent({
        subject: `Hold: ${options.heldFor}`,
        bodyText: `Held by Tempo for times offered to ${options.heldFor}. Released when one is booked, or on ${expiresUtc.slice(0, 10)}.`,
        slot,
        showAs: "tentative",
        attendees: [],
        isTeamsMeeting: false,
        holdMark,
      }),
    ),
  );
  return created.map((event) => event.id);
}

/** Deletes the holds whose mark matches `shouldRelease`; gives how many went. */
async function releaseWhere(
  calendar: Pick<CalendarApi, "listHolds" | "deleteEvent">,
  shouldRelease: (offerId: OfferId, expiresMs: number) => boolean,
): Promise<number> {
  const holds = await calendar.listHolds();
  const doomed = holds.filter((hold) => {
    const mark = decodeHoldMark(hold.mark);
    return mark !== undefined && shouldRelease(mark.offerId, Date.parse(mark.expiresUtc));
  });
  await Promise.all(doomed.map((hold) => calendar.deleteEvent(hold.id)));
  return doomed.length;
}

/** Releases every hold of one offer, e.g. once one of its times is booked. */
export function releaseOfferHolds(
  calendar: Pick<CalendarApi, "listHolds" | "deleteEvent">,
  offerId: OfferId,
): Promise<number> {
  return releaseWhere(calendar, (holdOfferId) => holdOfferId === offerId);
}

/** Releases holds past their expiry (N days after the offer), e.g. on the next insert or booking. */
export function releaseExpiredHolds(
  calendar: Pick<CalendarApi, "listHolds" | "deleteEvent">,
  now: Date,
): Promise<number> {
  return releaseWhere(calendar, (_offerId, expiresMs) => expiresMs <= now.getTime());
}
