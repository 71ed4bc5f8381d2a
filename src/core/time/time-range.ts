// TimeRange, the half-open UTC interval every availability computation speaks, and its algebra on ISO strings.
import {
  intersectEpochRanges,
  mergeEpochRanges,
  subtractEpochRanges,
  type EpochRange,
} from "./epoch-range";
import { invalidInput, succeed, type Outcome } from "./invalid-input";

/**
 * A half-open interval [startUtc, endUtc) as ISO-8601 instants. Ranges that meet at an edge
 * (10:00–11:00 and 11:00–12:00) touch but do not overlap, so a 10:00 meeting may follow a 9:00 one.
 * Outputs are always `YYYY-MM-DDTHH:mm:ss.sssZ`.
 */
export interface TimeRange {
  readonly startUtc: string;
  readonly endUtc: string;
}

// An explicit offset is required: "2026-03-09T09:00:00" alone would be read in the host's zone.
const isoInstantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Epoch milliseconds of an ISO-8601 instant that carries `Z` or an offset, else `undefined`.
 * e.g. `parseIsoInstant("2026-03-09T09:00:00-05:00")` gives the same instant as `"…T14:00:00Z"`.
 */
export function parseIsoInstant(text: string): number | undefined {
  if (!isoInstantPattern.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** e.g. `formatIsoInstant(0)` gives `"1970-01-01T00:00:00.000Z"` */
export function formatIsoInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** Converts at the boundary; the caller has validated the strings (see parseIsoInstant). */
export function toEpochRange(range: TimeRange): EpochRange {
  return { startMs: Date.parse(range.startUtc), endMs: Date.parse(range.endUtc) };
}

export function fromEpochRange(range: EpochRange): TimeRange {
  return { startUtc: formatIsoInstant(range.startMs), endUtc: formatIsoInstant(range.endMs) };
}

/**
 * Validates a range at the boundary: both ends ISO with an offset, and start strictly before end.
 * e.g. `parseTimeRange({ startUtc: "2026-03-09T17:00:00Z", endUtc: "2026-03-09T09:00:00Z" }, "window")`
 * gives an `invalid_input` failure on `window.endUtc`.
 */
export function parseTimeRange(range: TimeRange, field: string): Outcome<EpochRange> {
  const startMs = parseIsoInstant(range.startUtc);
  if (startMs === undefined)
    return invalidInput(`${field}.startUtc`, "must be an ISO-8601 instant with Z or an offset");
  const endMs = parseIsoInstant(range.endUtc);
  if (endMs === undefined)
    return invalidInput(`${field}.endUtc`, "must be an ISO-8601 instant with Z or an offset");
  if (endMs <= startMs) return invalidInput(`${field}.endUtc`, "must be after startUtc");
  return succeed({ startMs, endMs });
}

const toIso = (ranges: readonly EpochRange[]): TimeRange[] => ranges.map(fromEpochRange);

/**
 * Sorts and joins overlapping or touching ranges; drops empty ones.
 * e.g. [10:00–11:00, 9:00–10:00, 10:30–10:45] gives [9:00–11:00]
 */
export function mergeRanges(ranges: readonly TimeRange[]): TimeRange[] {
  return toIso(mergeEpochRanges(ranges.map(toEpochRange)));
}

/**
 * Removes every range of `minus` from `from`.
 * e.g. [9:00–10:00] minus [9:30–9:45] gives [9:00–9:30, 9:45–10:00];
 * [9:00–10:00] minus [10:00–11:00] gives [9:00–10:00] (touching edges take nothing away).
 */
export function subtractRanges(
  from: readonly TimeRange[],
  minus: readonly TimeRange[],
): TimeRange[] {
  return toIso(subtractEpochRanges(from.map(toEpochRange), minus.map(toEpochRange)));
}

/**
 * Keeps the time covered by both lists.
 * e.g. [9:00–12:00] ∩ [11:00–13:00] gives [11:00–12:00]; [9:00–10:00] ∩ [10:00–11:00] gives [].
 */
export function intersectRanges(a: readonly TimeRange[], b: readonly TimeRange[]): TimeRange[] {
  return toIso(intersectEpochRanges(a.map(toEpochRange), b.map(toEpochRange)));
}

/**
 * Cuts `range` to `within`; `undefined` when nothing (or only an edge) is left.
 * e.g. 8:00–10:00 clamped to 9:00–17:00 gives 9:00–10:00; 17:00–18:00 gives undefined.
 */
export function clampRange(range: TimeRange, within: TimeRange): TimeRange | undefined {
  const [clamped] = intersectEpochRanges([toEpochRange(range)], [toEpochRange(within)]);
  return clamped === undefined ? undefined : fromEpochRange(clamped);
}
