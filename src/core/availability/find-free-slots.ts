// Free meeting slots: working hours inside the window, minus blocking busy time, cut into aligned slots.
import { alignUpToStep } from "../time/align-to-step";
import {
  intersectEpochRanges,
  mergeEpochRanges,
  subtractEpochRanges,
  type EpochRange,
} from "../time/epoch-range";
import { fromEpochRange, type TimeRange } from "../time/time-range";
import { resolveWallTime, toWallTime } from "../time/wall-time";
import {
  checkSlotOptions,
  type CheckedSlotOptions,
  type FindFreeSlotsOptions,
} from "./slot-options";
import { expandWorkingHoursEpoch } from "./working-hours";
import type { IanaTimeZone } from "../time/zones";
import type { Failure } from "../time/invalid-input";

export type { FindFreeSlotsOptions } from "./slot-options";

export type FreeSlotsResult = { readonly ok: true; readonly slots: TimeRange[] } | Failure;

const minuteMs = 60_000;
const dayMs = 86_400_000;

/** Midnight starting the local day `horizonDays` after today, in the rep's zone. */
function horizonEndMs(nowMs: number, horizonDays: number, timeZone: IanaTimeZone): number {
  const today = toWallTime(nowMs, timeZone);
  const end = new Date(Date.UTC(today.year, today.month - 1, today.day) + horizonDays * dayMs);
  const wallTime = {
    year: end.getUTCFullYear(),
    month: end.getUTCMonth() + 1,
    day: end.getUTCDate(),
    minuteOfDay: 0,
  };
  return resolveWallTime({ wallTime, timeZone }).instantMs;
}

/** The window cut to [now + notice, horizon). */
function searchWindow(options: CheckedSlotOptions): EpochRange {
  const earliestMs = options.nowMs + options.minimumNoticeMinutes * minuteMs;
  const latestMs =
    options.horizonDays === undefined
      ? options.window.endMs
      : horizonEndMs(options.nowMs, options.horizonDays, options.timeZone);
  return {
    startMs: Math.max(options.window.startMs, earliestMs),
    endMs: Math.min(options.window.endMs, latestMs),
  };
}

/** Every aligned start in each free range whose whole meeting fits before the range ends. */
function cutIntoSlots(free: readonly EpochRange[], options: CheckedSlotOptions): EpochRange[] {
  const { stepMinutes, timeZone } = options;
  const durationMs = options.durationMinutes * minuteMs;
  const slots: EpochRange[] = [];
  for (const range of free) {
    let startMs = alignUpToStep({ ms: range.startMs, stepMinutes, timeZone });
    while (startMs + durationMs <= range.endMs) {
      slots.push({ startMs, endMs: startMs + durationMs });
      startMs = alignUpToStep({ ms: startMs + stepMinutes * minuteMs, stepMinutes, timeZone });
    }
  }
  return slots;
}

/** Keeps the earliest `maxSlotsPerDay` slots of each local day in the rep's zone. */
function capPerDay(slots: readonly EpochRange[], options: CheckedSlotOptions): EpochRange[] {
  const cap = options.maxSlotsPerDay;
  if (cap === undefined) return [...slots];
  const countByDay = new Map<string, number>();
  return slots.filter((slot) => {
    const { year, month, day } = toWallTime(slot.startMs, options.timeZone);
    const key = `${year}-${month}-${day}`;
    const count = countByDay.get(key) ?? 0;
    countByDay.set(key, count + 1);
    return count < cap;
  });
}

/**
 * Proposes meeting slots, ordered, as ISO UTC ranges aligned to the step in the rep's zone.
 * Sorts once and sweeps: O((w + b) log(w + b) + slots) for w working-hour ranges and b busy events.
 * Invalid options give `{ ok: false, error: { code: "invalid_input", field, message } }`.
 * e.g. Mon 09:00–12:00 New York, busy 10:00–10:10, 60-minute meetings, 15-minute steps proposes
 * 09:00 (ends as 10:00 starts: touching is fine), then 10:15, 10:30, 10:45 and 11:00 local.
 */
export function findFreeSlots(options: FindFreeSlotsOptions): FreeSlotsResult {
  const checked = checkSlotOptions(options);
  if (!checked.ok) return checked;
  const window = searchWindow(checked.value);
  if (window.endMs <= window.startMs) return { ok: true, slots: [] };
  const working: EpochRange[] = [];
  for (const [index, workingHours] of checked.value.workingHours.entries()) {
    const field = Array.isArray(options.workingHours) ? `workingHours[${index}]` : "workingHours";
    const expanded = expandWorkingHoursEpoch({ workingHours, window, field });
    if (!expanded.ok) return expanded;
    working.push(...expanded.value);
  }
  const available = intersectEpochRanges(mergeEpochRanges(working), [window]);
  const free = subtractEpochRanges(available, checked.value.blocking);
  const slots = capPerDay(cutIntoSlots(free, checked.value), checked.value);
  return { ok: true, slots: slots.map(fromEpochRange) };
}
