// The options of findFreeSlots, their defaults, and their validation into one checked, epoch-based form.
import { invalidInput, succeed, type Outcome } from "../time/invalid-input";
import { parseIsoInstant, parseTimeRange, type TimeRange } from "../time/time-range";
import { resolveTimeZone, type IanaTimeZone } from "../time/zones";
import {
  busyStatuses,
  defaultBlockingStatuses,
  type BusyInterval,
  type BusyStatus,
} from "./busy-interval";
import type { EpochRange } from "../time/epoch-range";
import type { WorkingHours } from "./working-hours";

export interface FindFreeSlotsOptions {
  /** Where to look; slots never leave it. */
  readonly window: TimeRange;
  readonly busy: readonly BusyInterval[];
  /** Statuses that block a slot; default `["busy", "oof"]` (see defaultBlockingStatuses). */
  readonly blockingStatuses?: readonly BusyStatus[];
  /** One set, or several (e.g. a morning and an afternoon block around lunch). */
  readonly workingHours: WorkingHours | readonly WorkingHours[];
  readonly durationMinutes: number;
  /** Distance between proposed starts, counted from local midnight in `timeZone`; default 30. */
  readonly stepMinutes?: number;
  /** Free time required before / after the meeting, against busy time only (not working hours). */
  readonly bufferBeforeMinutes?: number;
  readonly bufferAfterMinutes?: number;
  /** No slot starts sooner than this after `now`; default 0. */
  readonly minimumNoticeMinutes?: number;
  /** Calendar days in `timeZone` counting today: 1 = today only. Default: the window decides. */
  readonly horizonDays?: number;
  /** Keep only the earliest N slots of each local day in `timeZone`. */
  readonly maxSlotsPerDay?: number;
  readonly now: Date | string;
  /** The rep's zone (IANA or Windows): step alignment, days for the cap and the horizon. */
  readonly timeZone: string;
}

export interface CheckedSlotOptions {
  readonly window: EpochRange;
  readonly blocking: readonly EpochRange[];
  readonly workingHours: readonly WorkingHours[];
  readonly durationMinutes: number;
  readonly stepMinutes: number;
  readonly nowMs: number;
  readonly minimumNoticeMinutes: number;
  readonly horizonDays: number | undefined;
  readonly maxSlotsPerDay: number | undefined;
  readonly timeZone: IanaTimeZone;
}

const isWholeAtLeast = (value: unknown, minimum: number): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= minimum;

function checkNumbers(options: FindFreeSlotsOptions): Outcome<null> {
  const checks: readonly [string, unknown, number, boolean][] = [
    ["durationMinutes", options.durationMinutes, 1, true],
    ["stepMinutes", options.stepMinutes, 1, false],
    ["bufferBeforeMinutes", options.bufferBeforeMinutes, 0, false],
    ["bufferAfterMinutes", options.bufferAfterMinutes, 0, false],
    ["minimumNoticeMinutes", options.minimumNoticeMinutes, 0, false],
    ["horizonDays", options.horizonDays, 1, false],
    ["maxSlotsPerDay", options.maxSlotsPerDay, 1, false],
  ];
  for (const [field, value, minimum, isRequired] of checks) {
    const isAbsentAndOptional = value === undefined && !isRequired;
    if (!isAbsentAndOptional && !isWholeAtLeast(value, minimum)) {
      return invalidInput(field, `must be a whole number ≥ ${minimum}`);
    }
  }
  return succeed(null);
}

/** Busy intervals that block, widened by the buffers, so a slot only has to avoid them. */
function checkBusy(options: FindFreeSlotsOptions): Outcome<EpochRange[]> {
  const blockingStatuses = options.blockingStatuses ?? defaultBlockingStatuses;
  const unknownStatus = blockingStatuses.find((status) => !busyStatuses.includes(status));
  if (unknownStatus !== undefined) {
    return invalidInput("blockingStatuses", `"${String(unknownStatus)}" is not a free/busy status`);
  }
  const beforeMs = (options.bufferBeforeMinutes ?? 0) * 60_000;
  const afterMs = (options.bufferAfterMinutes ?? 0) * 60_000;
  const blocking: EpochRange[] = [];
  for (const [index, interval] of options.busy.entries()) {
    if (!busyStatuses.includes(interval.status)) {
      return invalidInput(`busy[${index}].status`, `"${String(interval.status)}" is unknown`);
    }
    const startMs = parseIsoInstant(interval.startUtc);
    const endMs = parseIsoInstant(interval.endUtc);
    if (startMs === undefined) return invalidInput(`busy[${index}].startUtc`, "must be ISO-8601");
    if (endMs === undefined) return invalidInput(`busy[${index}].endUtc`, "must be ISO-8601");
    // A slot [s, e) needs [s - before, e + after) clear, i.e. busy [b, c) must miss it once
    // widened to [b - after, c + before).
    if (blockingStatuses.includes(interval.status) && endMs > startMs) {
      blocking.push({ startMs: startMs - afterMs, endMs: endMs + beforeMs });
    }
  }
  return succeed(blocking);
}

function parseNow(now: Date | string): number | undefined {
  const ms = typeof now === "string" ? parseIsoInstant(now) : now.getTime();
  return ms === undefined || Number.isNaN(ms) ? undefined : ms;
}

/** Checks every option in a fixed order and reports the first bad field. */
export function checkSlotOptions(options: FindFreeSlotsOptions): Outcome<CheckedSlotOptions> {
  const numbers = checkNumbers(options);
  if (!numbers.ok) return numbers;
  const window = parseTimeRange(options.window, "window");
  if (!window.ok) return window;
  const nowMs = parseNow(options.now);
  if (nowMs === undefined) return invalidInput("now", "must be a valid Date or ISO-8601 instant");
  const zone = resolveTimeZone(options.timeZone, "timeZone");
  if (!zone.ok) return zone;
  const blocking = checkBusy(options);
  if (!blocking.ok) return blocking;
  const workingHours: readonly WorkingHours[] = Array.isArray(options.workingHours)
    ? (options.workingHours as readonly WorkingHours[])
    : [options.workingHours as WorkingHours];
  return succeed({
    window: window.value,
    blocking: blocking.value,
    workingHours,
    durationMinutes: options.durationMinutes,
    stepMinutes: options.stepMinutes ?? 30,
    nowMs,
    minimumNoticeMinutes: options.minimumNoticeMinutes ?? 0,
    horizonDays: options.horizonDays,
    maxSlotsPerDay: options.maxSlotsPerDay,
    timeZone: zone.timeZone,
  });
}
