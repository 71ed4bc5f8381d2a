// Calendar days in the prospect's zone: today, the days after it, weekdays, and the instant of a local time on one.
import { resolveWallTime, toWallTime, type WallTimeResolution } from "../time/wall-time";
import type { IanaTimeZone } from "../time/zones";

/** A local calendar date with its ISO weekday (1 = Monday … 7 = Sunday). */
export interface LocalDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly isoWeekday: number;
}

/** Monday to Friday, ISO weekdays. */
export const mondayToFriday: readonly number[] = [1, 2, 3, 4, 5];

function withWeekday(year: number, month: number, day: number): LocalDay {
  const utc = new Date(Date.UTC(year, month - 1, day));
  const weekday = utc.getUTCDay();
  return {
    year: utc.getUTCFullYear(),
    month: utc.getUTCMonth() + 1,
    day: utc.getUTCDate(),
    isoWeekday: weekday === 0 ? 7 : weekday,
  };
}

/** The local day and minute of an instant, e.g. 2026-03-10T04:00Z in Kolkata → Tue 10 Mar, 570 (09:30). */
export function localDayAt(
  ms: number,
  timeZone: IanaTimeZone,
): { readonly day: LocalDay; readonly minuteOfDay: number } {
  const wall = toWallTime(ms, timeZone);
  return { day: withWeekday(wall.year, wall.month, wall.day), minuteOfDay: wall.minuteOfDay };
}

/** The calendar day `count` days later (negative goes back), e.g. 28 Feb 2026 + 1 → 1 Mar. */
export function addLocalDays(day: LocalDay, count: number): LocalDay {
  return withWeekday(day.year, day.month, day.day + count);
}

/** "YYYY-MM-DD". */
export function formatLocalDate(day: LocalDay): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${String(day.year).padStart(4, "0")}-${pad(day.month)}-${pad(day.day)}`;
}

/** "HH:mm" of minutes after midnight, e.g. 510 → "08:30". */
export function formatMinuteOfDay(minuteOfDay: number): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}

/** The instant of a local time on a local day (DST policy of resolveWallTime: gap → forward, overlap → earlier). */
export function resolveLocalTime(
  day: LocalDay,
  minuteOfDay: number,
  timeZone: IanaTimeZone,
): WallTimeResolution {
  return resolveWallTime({
    wallTime: { year: day.year, month: day.month, day: day.day, minuteOfDay },
    timeZone,
  });
}
