// Working hours in Graph's shape (days, start/end wall times, a zone) expanded to UTC ranges over a window.
import { intersectEpochRanges, mergeEpochRanges, type EpochRange } from "../time/epoch-range";
import { invalidInput, succeed, type Outcome } from "../time/invalid-input";
import { fromEpochRange, parseTimeRange, type TimeRange } from "../time/time-range";
import { parseTimeOfDay, resolveWallTime, toWallTime, type WallTime } from "../time/wall-time";
import { resolveTimeZone, type IanaTimeZone } from "../time/zones";

export const DayOfWeek = {
  sunday: "sunday",
  monday: "monday",
  tuesday: "tuesday",
  wednesday: "wednesday",
  thursday: "thursday",
  friday: "friday",
  saturday: "saturday",
} as const;
export type DayOfWeek = (typeof DayOfWeek)[keyof typeof DayOfWeek];

/** Index = `Date.getUTCDay()`. */
const daysInJsOrder: readonly DayOfWeek[] = Object.values(DayOfWeek);

/**
 * Graph's `workingHours` (mailboxSettings / getSchedule), with the zone flattened to its name.
 * `timeZone` may be IANA ("Europe/London") or Windows ("GMT Standard Time"). An `endTime` at or before
 * `startTime` runs past midnight into the next day (22:00–06:00); `endTime` "23:59" is taken
 * literally, so a 23:30–24:00 slot does not fit.
 */
export interface WorkingHours {
  readonly daysOfWeek: readonly DayOfWeek[];
  /** "HH:mm", "HH:mm:ss" or Graph's "HH:mm:ss.fffffff"; minute precision. */
  readonly startTime: string;
  readonly endTime: string;
  readonly timeZone: string;
}

const dayMs = 86_400_000;

interface ParsedWorkingHours {
  readonly days: ReadonlySet<DayOfWeek>;
  readonly startMinute: number;
  readonly endMinute: number;
  readonly timeZone: IanaTimeZone;
}

function parseWorkingHours(hours: WorkingHours, field: string): Outcome<ParsedWorkingHours> {
  const zone = resolveTimeZone(hours.timeZone, `${field}.timeZone`);
  if (!zone.ok) return zone;
  const unknownDay = hours.daysOfWeek.find((day) => !daysInJsOrder.includes(day));
  if (unknownDay !== undefined) {
    return invalidInput(`${field}.daysOfWeek`, `"${String(unknownDay)}" is not a day of the week`);
  }
  const startMinute = parseTimeOfDay(hours.startTime);
  if (startMinute === undefined) return invalidInput(`${field}.startTime`, "must be HH:mm[:ss]");
  const endMinute = parseTimeOfDay(hours.endTime);
  if (endMinute === undefined) return invalidInput(`${field}.endTime`, "must be HH:mm[:ss]");
  if (startMinute === endMinute) {
    return invalidInput(`${field}.endTime`, "must differ from startTime");
  }
  const days = new Set(hours.daysOfWeek);
  return succeed({ days, startMinute, endMinute, timeZone: zone.timeZone });
}

const nextDate = (date: WallTime): WallTime => {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day) + dayMs);
  return {
    year: next.getUTCFullYear(),
    month: next.getUTCMonth() + 1,
    day: next.getUTCDate(),
    minuteOfDay: 0,
  };
};

function expandParsed(hours: ParsedWorkingHours, window: EpochRange): EpochRange[] {
  const ranges: EpochRange[] = [];
  const isOvernight = hours.endMinute < hours.startMinute;
  // Start a day early: an overnight shift that began yesterday may still cover the window's start.
  let date = toWallTime(window.startMs - dayMs, hours.timeZone);
  const last = toWallTime(window.endMs, hours.timeZone);
  const lastKey = Date.UTC(last.year, last.month - 1, last.day);
  while (Date.UTC(date.year, date.month - 1, date.day) <= lastKey) {
    const weekday =
      daysInJsOrder[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()];
    if (weekday !== undefined && hours.days.has(weekday)) {
      const endDate = isOvernight ? nextDate(date) : date;
      // DST policy comes from resolveWallTime: a skipped 02:00 start opens at 03:00; an ambiguous
      // time takes the earlier offset. Either way the day keeps its intended wall-clock hours.
      const start = resolveWallTime({
        wallTime: { ...date, minuteOfDay: hours.startMinute },
        timeZone: hours.timeZone,
      });
      const end = resolveWallTime({
        wallTime: { ...endDate, minuteOfDay: hours.endMinute },
        timeZone: hours.timeZone,
      });
      ranges.push({ startMs: start.instantMs, endMs: end.instantMs });
    }
    date = nextDate(date);
  }
  return intersectEpochRanges(mergeEpochRanges(ranges), [window]);
}

/** Epoch form for the slot finder; `field` names the option in any failure. */
export function expandWorkingHoursEpoch(options: {
  readonly workingHours: WorkingHours;
  readonly window: EpochRange;
  readonly field?: string;
}): Outcome<EpochRange[]> {
  const parsed = parseWorkingHours(options.workingHours, options.field ?? "workingHours");
  return parsed.ok ? succeed(expandParsed(parsed.value, options.window)) : parsed;
}

/**
 * The UTC ranges the working hours cover inside `window`, correct across DST changes.
 * e.g. Mon–Fri 09:00–17:00 America/New_York over Mon 9 Mar 2026 gives
 * `[{ startUtc: "2026-03-09T13:00:00.000Z", endUtc: "2026-03-09T21:00:00.000Z" }]` (EDT, UTC-4),
 * while the same hours on Fri 6 Mar give 14:00Z–22:00Z (EST, UTC-5).
 */
export function expandWorkingHours(options: {
  readonly workingHours: WorkingHours;
  readonly window: TimeRange;
}): Outcome<TimeRange[]> {
  const window = parseTimeRange(options.window, "window");
  if (!window.ok) return window;
  const expanded = expandWorkingHoursEpoch({
    workingHours: options.workingHours,
    window: window.value,
  });
  return expanded.ok ? succeed(expanded.value.map(fromEpochRange)) : expanded;
}
