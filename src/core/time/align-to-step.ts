// Rounds an instant up to the next wall-clock step boundary (e.g. :00/:30) in a zone, DST included.
import { offsetMinutesAt, type IanaTimeZone } from "./zones";

const dayMs = 86_400_000;
const minuteMs = 60_000;

/** Rounds local epoch ms (wall time as if UTC) up to a multiple of the step since local midnight. */
function alignLocalUp(localMs: number, stepMs: number): number {
  const dayStartMs = Math.floor(localMs / dayMs) * dayMs;
  const alignedMs = dayStartMs + Math.ceil((localMs - dayStartMs) / stepMs) * stepMs;
  // A step that does not divide 24 h (e.g. 7 min) restarts at midnight rather than drifting.
  return Math.min(alignedMs, dayStartMs + dayMs);
}

/**
 * The first instant at or after `ms` whose wall time in `timeZone` is a multiple of `stepMinutes`
 * after local midnight. Steps count in local time, so in Asia/Kolkata (UTC+5:30) 30-minute steps
 * land on :00 and :30 local, which are :30 and :00 UTC; in Asia/Kathmandu (UTC+5:45) on :15 and :45 UTC.
 * e.g. 14:10Z in New York (EDT) with a 30-minute step gives 14:30Z (10:30 local).
 */
export function alignUpToStep(options: {
  readonly ms: number;
  readonly stepMinutes: number;
  readonly timeZone: IanaTimeZone;
}): number {
  const { ms, timeZone } = options;
  const stepMs = options.stepMinutes * minuteMs;
  const offsetMs = offsetMinutesAt(timeZone, ms) * minuteMs;
  const candidate = alignLocalUp(ms + offsetMs, stepMs) - offsetMs;
  const candidateOffsetMs = offsetMinutesAt(timeZone, candidate) * minuteMs;
  if (candidateOffsetMs === offsetMs) return candidate;
  // A transition lies between ms and the candidate (Lord Howe moves 30 min, so hourly steps shift):
  // align again with the offset in force after it, if that still lands on or after ms.
  const realigned = alignLocalUp(ms + candidateOffsetMs, stepMs) - candidateOffsetMs;
  const isRealignedUsable =
    realigned >= ms && offsetMinutesAt(timeZone, realigned) * minuteMs === candidateOffsetMs;
  return isRealignedUsable ? realigned : candidate;
}
