// The week-grid picture of free slots: one column per local day, one row per time of day, each cell free/chosen/none.
import { formatIsoInstant, parseIsoInstant, type TimeRange } from "../time/time-range";
import { resolveWallTime, toWallTime } from "../time/wall-time";
import { resolveTimeZone } from "../time/zones";
import { invalidInput, succeed, type Outcome } from "../time/invalid-input";

export const GridCellState = {
  /** No free slot starts here. */
  none: "none",
  /** A free slot the rep has not chosen (deselected). */
  free: "free",
  /** A free slot that will be inserted. */
  chosen: "chosen",
} as const;
export type GridCellState = (typeof GridCellState)[keyof typeof GridCellState];

export interface GridCell {
  readonly state: GridCellState;
  /** The slot starting in this cell, when there is one. */
  readonly slot?: TimeRange;
}

export interface GridDay {
  /** Local date "YYYY-MM-DD" in the grid's zone. */
  readonly date: string;
  /** One cell per row, in row order. */
  readonly cells: readonly GridCell[];
}

export interface WeekGrid {
  /** Row start times "HH:mm", ascending: every slot start of any day, local to the zone. */
  readonly rows: readonly string[];
  readonly days: readonly GridDay[];
}

const pad = (value: number): string => String(value).padStart(2, "0");
const toDate = (wall: { year: number; month: number; day: number }): string =>
  `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
const toTime = (minuteOfDay: number): string =>
  `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;

/**
 * Lays slots out by local day and start time in `timeZone` (the rep's, so the picture matches their
 * calendar); `chosenStartsUtc` marks the chosen ones. Days without slots are left out.
 * e.g. Mon 09:00 and 10:00 and Tue 09:00 (all chosen but Mon 10:00) give rows ["09:00", "10:00"] and
 * Tue's 10:00 cell `{ state: "none" }`.
 */
export function buildWeekGrid(options: {
  readonly slots: readonly TimeRange[];
  readonly chosenStartsUtc: ReadonlySet<string>;
  readonly timeZone: string;
}): Outcome<WeekGrid> {
  const zone = resolveTimeZone(options.timeZone);
  if (!zone.ok) return zone;
  const byDay = new Map<string, Map<string, TimeRange>>();
  const rows = new Set<string>();
  for (const [index, slot] of options.slots.entries()) {
    const startMs = parseIsoInstant(slot.startUtc);
    if (startMs === undefined) return invalidInput(`slots[${index}].startUtc`, "must be ISO-8601");
    const wall = toWallTime(startMs, zone.timeZone);
    const row = toTime(wall.minuteOfDay);
    rows.add(row);
    const day = byDay.get(toDate(wall)) ?? new Map<string, TimeRange>();
    day.set(row, slot);
    byDay.set(toDate(wall), day);
  }
  const sortedRows = [...rows].sort();
  const days = [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, slotsByRow]) => ({
      date,
      cells: sortedRows.map((row): GridCell => {
        const slot = slotsByRow.get(row);
        if (slot === undefined) return { state: GridCellState.none };
        const isChosen = options.chosenStartsUtc.has(formatIsoInstant(Date.parse(slot.startUtc)));
        return { state: isChosen ? GridCellState.chosen : GridCellState.free, slot };
      }),
    }));
  return succeed({ rows: sortedRows, days });
}

/**
 * Keeps at most `perDay` evenly spread slots of each local day, so an email offers a readable handful
 * rather than every half hour. e.g. 16 slots 09:00–16:30 and perDay 3 keep 09:00, 11:30 and 14:00.
 */
export function spreadSlots(options: {
  readonly slots: readonly TimeRange[];
  readonly perDay: number;
  readonly timeZone: string;
}): TimeRange[] {
  const zone = resolveTimeZone(options.timeZone);
  if (!zone.ok || options.perDay < 1) return [...options.slots];
  const byDay = new Map<string, TimeRange[]>();
  for (const slot of options.slots) {
    const key = toDate(toWallTime(Date.parse(slot.startUtc), zone.timeZone));
    byDay.set(key, [...(byDay.get(key) ?? []), slot]);
  }
  return [...byDay.values()].flatMap((daySlots) => {
    if (daySlots.length <= options.perDay) return daySlots;
    const stride = daySlots.length / options.perDay;
    return Array.from(
      { length: options.perDay },
      (_, index) => daySlots[Math.floor(index * stride)],
    ).filter((slot): slot is TimeRange => slot !== undefined);
  });
}

/**
 * Local noon of `date` ("YYYY-MM-DD") in the zone as an instant, to label a column with a formatter
 * (noon is never skipped by DST). e.g. "2026-11-26" in New York gives "2026-11-26T17:00:00.000Z".
 */
export function middayUtc(date: string, timeZone: string): string | undefined {
  const zone = resolveTimeZone(timeZone);
  const [year, month, day] = date.split("-").map(Number);
  if (!zone.ok || year === undefined || month === undefined || day === undefined) return undefined;
  const resolved = resolveWallTime({
    wallTime: { year, month, day, minuteOfDay: 12 * 60 },
    timeZone: zone.timeZone,
  });
  return formatIsoInstant(resolved.instantMs);
}
