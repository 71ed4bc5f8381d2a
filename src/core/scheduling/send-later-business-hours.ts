// Whether an instant falls in the prospect's business hours, and the next "8:30 their time" when it does not.
import { formatIsoInstant, parseIsoInstant } from "../time/time-range";
import {
  addLocalDays,
  formatLocalDate,
  formatMinuteOfDay,
  localDayAt,
  mondayToFriday,
  resolveLocalTime,
} from "./send-later-local-day";
import type { IanaTimeZone } from "../time/zones";

export interface BusinessHours {
  /** Minutes after local midnight, inclusive; default 480 (08:00). */
  readonly startMinute: number;
  /** Minutes after local midnight, exclusive; default 1080 (18:00). */
  readonly endMinute: number;
  /** ISO weekdays, default Monday–Friday. */
  readonly days: readonly number[];
}

export const defaultBusinessHours: BusinessHours = {
  startMinute: 480,
  endMinute: 1080,
  days: mondayToFriday,
};

export type OutsideReason = "before_start" | "after_end" | "not_a_business_day";

export type BusinessHoursCheck =
  | { readonly isWithin: true }
  | {
      readonly isWithin: false;
      readonly reason: OutsideReason;
      /** The prospect's local date and time of the check, e.g. "2026-03-10", "22:15". */
      readonly localDate: string;
      readonly localTime: string;
      /** The next business day's `suggestedMinute` (default 08:30) at or after the instant. */
      readonly suggestion: {
        readonly localDate: string;
        readonly localTime: string;
        readonly sendAtUtc: string;
      };
    };

/**
 * e.g. 2026-03-10T16:45Z is 22:15 in Kolkata (after 18:00): `{ isWithin: false, reason: "after_end",
 * suggestion: { localDate: "2026-03-11", localTime: "08:30", sendAtUtc: "2026-03-11T03:00:00.000Z" } }`.
 */
export function checkBusinessHours(options: {
  /** ISO-8601 instant. */
  readonly instant: string;
  readonly timeZone: IanaTimeZone;
  readonly hours?: BusinessHours;
  /** Minutes after local midnight of the suggestion, default 510 (08:30). */
  readonly suggestedMinute?: number;
}): BusinessHoursCheck {
  const hours = options.hours ?? defaultBusinessHours;
  const suggestedMinute = options.suggestedMinute ?? 510;
  const instantMs = parseIsoInstant(options.instant) ?? Number.NaN;
  const { day, minuteOfDay } = localDayAt(instantMs, options.timeZone);
  const isBusinessDay = hours.days.includes(day.isoWeekday);
  const isBeforeStart = minuteOfDay < hours.startMinute;
  const isAfterEnd = minuteOfDay >= hours.endMinute;
  if (isBusinessDay && !isBeforeStart && !isAfterEnd) return { isWithin: true };
  const reason: OutsideReason = !isBusinessDay
    ? "not_a_business_day"
    : isBeforeStart
      ? "before_start"
      : "after_end";
  const isLaterToday = isBusinessDay && minuteOfDay < suggestedMinute;
  let suggestionDay = isLaterToday ? day : addLocalDays(day, 1);
  for (let step = 0; step < 14 && !hours.days.includes(suggestionDay.isoWeekday); step += 1)
    suggestionDay = addLocalDays(suggestionDay, 1);
  const resolved = resolveLocalTime(suggestionDay, suggestedMinute, options.timeZone);
  const suggestedLocalMinute =
    resolved.kind === "skipped" ? suggestedMinute + resolved.gapMinutes : suggestedMinute;
  return {
    isWithin: false,
    reason,
    localDate: formatLocalDate(day),
    localTime: formatMinuteOfDay(minuteOfDay),
    suggestion: {
      localDate: formatLocalDate(suggestionDay),
      localTime: formatMinuteOfDay(suggestedLocalMinute),
      sendAtUtc: formatIsoInstant(resolved.instantMs),
    },
  };
}
