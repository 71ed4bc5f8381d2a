// Half-open interval algebra on epoch milliseconds: the fast inner form of TimeRange, kept inside the core.

/**
 * [startMs, endMs) in epoch milliseconds. Internal to the core: ranges cross ports as ISO strings
 * (see time-range.ts), but sweeps over hundreds of events are cheaper on numbers.
 */
export interface EpochRange {
  readonly startMs: number;
  readonly endMs: number;
}

const byStart = (a: EpochRange, b: EpochRange): number =>
  a.startMs - b.startMs || a.endMs - b.endMs;

/**
 * Sorts, drops empty ranges and joins overlapping or touching ones; never mutates the input.
 * e.g. [9:00–10:00, 10:00–11:00, 12:00–12:00] gives [9:00–11:00]
 */
export function mergeEpochRanges(ranges: readonly EpochRange[]): EpochRange[] {
  const sorted = ranges.filter((range) => range.endMs > range.startMs).sort(byStart);
  const merged: EpochRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    const touchesLast = last !== undefined && range.startMs <= last.endMs;
    if (touchesLast) {
      merged[merged.length - 1] = {
        startMs: last.startMs,
        endMs: Math.max(last.endMs, range.endMs),
      };
    } else {
      merged.push(range);
    }
  }
  return merged;
}

/**
 * Removes every `minus` range from `from` in one sweep over both merged lists: O((n + m) log(n + m)).
 * e.g. [9:00–10:00] minus [9:30–9:45] gives [9:00–9:30, 9:45–10:00]
 */
export function subtractEpochRanges(
  from: readonly EpochRange[],
  minus: readonly EpochRange[],
): EpochRange[] {
  const holes = mergeEpochRanges(minus);
  const result: EpochRange[] = [];
  let holeIndex = 0;
  for (const range of mergeEpochRanges(from)) {
    let cursor = range.startMs;
    // Holes ending before this range cannot touch any later range either (both lists are sorted).
    while (holeIndex < holes.length && (holes[holeIndex]?.endMs ?? 0) <= cursor) holeIndex += 1;
    let index = holeIndex;
    for (let hole = holes[index]; hole !== undefined && hole.startMs < range.endMs; ) {
      if (hole.startMs > cursor) result.push({ startMs: cursor, endMs: hole.startMs });
      cursor = Math.max(cursor, hole.endMs);
      index += 1;
      hole = holes[index];
    }
    if (cursor < range.endMs) result.push({ startMs: cursor, endMs: range.endMs });
  }
  return result;
}

/**
 * Keeps the time covered by both lists, in one sweep over both merged lists.
 * e.g. [9:00–12:00] ∩ [11:00–13:00, 8:00–9:30] gives [9:00–9:30, 11:00–12:00]
 */
export function intersectEpochRanges(
  a: readonly EpochRange[],
  b: readonly EpochRange[],
): EpochRange[] {
  const left = mergeEpochRanges(a);
  const right = mergeEpochRanges(b);
  const result: EpochRange[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const l = left[i] as EpochRange;
    const r = right[j] as EpochRange;
    const startMs = Math.max(l.startMs, r.startMs);
    const endMs = Math.min(l.endMs, r.endMs);
    if (startMs < endMs) result.push({ startMs, endMs });
    if (l.endMs < r.endMs) i += 1;
    else j += 1;
  }
  return result;
}
