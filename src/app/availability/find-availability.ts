// Use case: the rep's free slots over the coming days from one getSchedule call (working hours come with it).
import { findFreeSlots } from "../../core/availability/find-free-slots";
import { spreadSlots } from "../../core/availability/week-grid";
import { createAppError } from "../../core/errors/app-error";
import { resolveTimeZone } from "../../core/time/zones";
import type { TimeRange } from "../../core/time/time-range";
import type { CalendarApi } from "../../ports/calendar-api";

export interface AvailabilitySearch {
  /** The rep's SMTP address (Office's userProfile): getSchedule for it returns their working hours. */
  readonly repAddress: string;
  readonly durationMinutes: number;
  /** Calendar days counting today; ≤ 31 so one getSchedule window is safe (GRAPH-FACTS Consequences 9). */
  readonly horizonDays: number;
  /** How many slots a day to choose at first, spread over the day. */
  readonly perDay: number;
  readonly now: Date;
}

export interface Availability {
  /** Every free slot, ordered: the grid shows them all, so the rep can pick any. */
  readonly slots: readonly TimeRange[];
  /** The ones chosen at first: at most `perDay` a day, spread over the day. */
  readonly suggested: readonly TimeRange[];
  /** The rep's zone, IANA, from their working hours. */
  readonly repTimeZone: string;
}

const dayMs = 86_400_000;
export const maxHorizonDays = 31;

/**
 * One Graph call: getSchedule for the rep over [now, now + horizon], then free slots inside their
 * working hours, at least an hour ahead, busy and out-of-office blocking (tentative holds do not).
 * e.g. a rep busy Tue 10:00–10:30 gets Tue 09:00 and 10:30 but not 10:00 for 30-minute meetings.
 */
export async function findAvailability(
  calendar: Pick<CalendarApi, "getSchedule">,
  search: AvailabilitySearch,
): Promise<Availability> {
  const isHorizonValid = search.horizonDays >= 1 && search.horizonDays <= maxHorizonDays;
  if (!isHorizonValid) throw createAppError("invalid_input", { details: { field: "horizonDays" } });
  const window = {
    startUtc: search.now.toISOString(),
    endUtc: new Date(search.now.getTime() + search.horizonDays * dayMs).toISOString(),
  };
  const [schedule] = await calendar.getSchedule({ addresses: [search.repAddress], window });
  const workingHours = schedule?.workingHours;
  const zone = workingHours ? resolveTimeZone(workingHours.timeZone) : undefined;
  if (!schedule || schedule.errorMessage !== undefined || !workingHours || !zone?.ok)
    throw createAppError("availability_no_working_hours", {
      details: { hasSchedule: schedule !== undefined },
    });
  const found = findFreeSlots({
    window,
    busy: schedule.busy,
    workingHours,
    durationMinutes: search.durationMinutes,
    stepMinutes: 30,
    minimumNoticeMinutes: 60,
    horizonDays: search.horizonDays,
    now: search.now,
    timeZone: zone.timeZone,
  });
  if (!found.ok) throw createAppError("invalid_input", { details: { field: found.error.field } });
  return {
    slots: found.slots,
    suggested: spreadSlots({ slots: found.slots, perDay: search.perDay, timeZone: zone.timeZone }),
    repTimeZone: zone.timeZone,
  };
}
