// Use case: create the meeting at the chosen time with the prospect (Teams when the calendar allows it) and release the holds.
import { releaseOfferHolds } from "../availability/manage-holds";
import type { OfferId } from "../../core/scheduling/offer";
import type { TimeRange } from "../../core/time/time-range";
import type { CalendarApi, EventAttendee } from "../../ports/calendar-api";

export const TeamsOutcome = {
  /** Graph created the Teams meeting: the invitation carries the join link. */
  created: "created",
  /** The calendar does not allow Teams meetings, so none was asked for. */
  notAllowed: "not_allowed",
  /** Asked for, but Graph answered without a join link (it can fall back silently, D12). */
  fellBack: "fell_back",
} as const;
export type TeamsOutcome = (typeof TeamsOutcome)[keyof typeof TeamsOutcome];

export interface BookedMeeting {
  readonly eventId: string;
  readonly slot: TimeRange;
  readonly teams: TeamsOutcome;
  readonly joinUrl?: string;
  readonly releasedHolds: number;
}

const subjectPrefix = /^\s*((re|fw|fwd|aw|wg|sv|vs|antw|rif|r)\s*:\s*)+/i;

/** "RE: AW: Contoso x Fabrikam" gives "Contoso x Fabrikam". */
export function threadTopic(subject: string): string {
  return subject.replace(subjectPrefix, "").trim();
}

/**
 * Reads the calendar's online-meeting providers, creates the event (Graph sends the invitation),
 * then releases every hold of the offer. e.g. booking Thu 14:30 with Kenji on a Teams calendar
 * gives `{ eventId, slot, teams: "created", joinUrl: "https://teams…", releasedHolds: 3 }`.
 */
export async function bookMeeting(
  calendar: Pick<
    CalendarApi,
    "getOnlineMeetingSettings" | "createEvent" | "listHolds" | "deleteEvent"
  >,
  options: {
    readonly offerId: OfferId;
    readonly slot: TimeRange;
    readonly prospect: EventAttendee;
    readonly threadSubject: string;
    /** The words of the reply the time came from, e.g. "Thursday at 2:30". */
    readonly quote: string;
  },
): Promise<BookedMeeting> {
  const settings = await calendar.getOnlineMeetingSettings();
  const isTeamsAllowed = settings.allowedProviders.includes("teamsForBusiness");
  const topic = threadTopic(options.threadSubject) || "Meeting";
  const who = options.prospect.name ?? options.prospect.address;
  const created = await calendar.createEvent({
    subject: topic,
    bodyText: `Booked with Tempo from the email thread "${topic}". ${who} proposed: "${options.quote}".`,
    slot: options.slot,
    showAs: "busy",
    attendees: [options.prospect],
    isTeamsMeeting: isTeamsAllowed,
  });
  const releasedHolds = await releaseOfferHolds(calendar, options.offerId);
  const teams = !isTeamsAllowed
    ? TeamsOutcome.notAllowed
    : created.joinUrl === undefined
      ? TeamsOutcome.fellBack
      : TeamsOutcome.created;
  return {
    eventId: created.id,
    slot: options.slot,
    teams,
    ...(created.joinUrl === undefined ? {} : { joinUrl: created.joinUrl }),
    releasedHolds,
  };
}
