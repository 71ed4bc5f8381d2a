// Wall-clock time in a zone ↔ instants, with the DST policy spelled out as results a UI can explain.
import { invalidInput, type Failure } from "./invalid-input";
import { formatIsoInstant } from "./time-range";
import { offsetMinutesAt, resolveTimeZone, type IanaTimeZone } from "./zones";

const dayMs = 86_400_000;
const minuteMs = 60_000;

export const WallTimeKind = {
  /** The wall time happens exactly once. */
  exact: "exact",
  /** The clocks jumped over it (spring forward); moved later by the gap. */
  skipped: "skipped",
  /** It happens twice (fall back); `instantUtc` is the chosen one, `alternativeUtc` the other. */
  ambiguous: "ambiguous",
} as const;
export type WallTimeKind = (typeof WallTimeKind)[keyof typeof WallTimeKind];

export type WallTimeResolution =
  | { readonly kind: "exact"; readonly instantMs: number }
  | { readonly kind: "skipped"; readonly instantMs: number; readonly gapMinutes: number }
  | { readonly kind: "ambiguous"; readonly instantMs: number; readonly alternativeMs: number };

export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Minutes after local midnight, 0–1439. */
  readonly minuteOfDay: number;
}

/**
 * The instant a wall-clock time names in a zone, with the DST policy spelled out:
 * a skipped time moves forward by the gap, and an ambiguous one takes the earlier offset unless
 * `ambiguity: "later"`. e.g. 02:30 on 2026-03-08 in New York is skipped and gives 03:30 EDT
 * (07:30Z, gap 60); 01:30 on 2026-11-01 is ambiguous and gives 01:30 EDT (05:30Z), alternative 06:30Z.
 * Assumes at most one transition within a day either side, true of every zone in use today.
 */
export function resolveWallTime(options: {
  readonly wallTime: WallTime;
  readonly timeZone: IanaTimeZone;
  readonly ambiguity?: "earlier" | "later";
}): WallTimeResolution {
  const { year, month, day, minuteOfDay } = options.wallTime;
  const offsetAt = (ms: number): number => offsetMinutesAt(options.timeZone, ms);
  const localAsUtcMs = Date.UTC(year, month - 1, day) + minuteOfDay * minuteMs;
  const offsetBefore = offsetAt(localAsUtcMs - dayMs);
  const offsetAfter = offsetAt(localAsUtcMs + dayMs);
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => localAsUtcMs - offset * minuteMs)
    .filter((instantMs) => offsetAt(instantMs) * minuteMs === localAsUtcMs - instantMs)
    .sort((a, b) => a - b);
  const [earlier, later] = candidates;
  if (earlier === undefined) {
    // In a gap the pre-transition offset carries the wall time past the jump: 02:30 EST is 03:30 EDT.
    return {
      kind: WallTimeKind.skipped,
      instantMs: localAsUtcMs - offsetBefore * minuteMs,
      gapMinutes: offsetAfter - offsetBefore,
    };
  }
  if (later === undefined) return { kind: WallTimeKind.exact, instantMs: earlier };
  const prefersLater = options.ambiguity === "later";
  return {
    kind: WallTimeKind.ambiguous,
    instantMs: prefersLater ? later : earlier,
    alternativeMs: prefersLater ? earlier : later,
  };
}

/** The local calendar date and minute of day of an instant, e.g. 14:30Z in Kolkata → 20:00. */
export function toWallTime(ms: number, timeZone: IanaTimeZone): WallTime {
  const local = new Date(ms + offsetMinutesAt(timeZone, ms) * minuteMs);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    minuteOfDay: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
// Graph writes working hours as "08:00:00.0000000"; seconds and fractions are dropped (minute precision).
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d{1,7})?)?$/;

/** Minutes after midnight of "HH:mm[:ss[.fffffff]]", e.g. "17:30:00.0000000" gives 1050. */
export function parseTimeOfDay(text: string): number | undefined {
  const match = timePattern.exec(text);
  return match === null ? undefined : Number(match[1]) * 60 + Number(match[2]);
}

/** "YYYY-MM-DD" as numbers, if it names a real calendar date. */
export function parseCalendarDate(
  text: string,
): Pick<WallTime, "year" | "month" | "day"> | undefined {
  const match = datePattern.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  const isRealDate = probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return isRealDate ? { year, month, day } : undefined;
}

export type WallTimeInstant =
  | { readonly ok: true; readonly kind: "exact"; readonly instantUtc: string }
  | {
      readonly ok: true;
      readonly kind: "skipped";
      readonly instantUtc: string;
      readonly gapMinutes: number;
    }
  | {
      readonly ok: true;
      readonly kind: "ambiguous";
      readonly instantUtc: string;
      readonly alternativeUtc: string;
    }
  | Failure;

/**
 * ISO face of resolveWallTime for UIs: date "YYYY-MM-DD", time "HH:mm", IANA or Windows zone.
 * e.g. `wallTimeToInstant({ date: "2026-03-29", time: "01:30", timeZone: "Europe/London" })` gives
 * `{ ok: true, kind: "skipped", instantUtc: "2026-03-29T01:30:00.000Z", gapMinutes: 60 }` (02:30 BST).
 */
export function wallTimeToInstant(options: {
  readonly date: string;
  readonly time: string;
  readonly timeZone: string;
  readonly ambiguity?: "earlier" | "later";
}): WallTimeInstant {
  const zone = resolveTimeZone(options.timeZone);
  if (!zone.ok) return zone;
  const date = parseCalendarDate(options.date);
  if (date === undefined) return invalidInput("date", `"${options.date}" is not a YYYY-MM-DD date`);
  const minuteOfDay = parseTimeOfDay(options.time);
  if (minuteOfDay === undefined) return invalidInput("time", `"${options.time}" is not HH:mm`);
  const resolved = resolveWallTime({
    wallTime: { ...date, minuteOfDay },
    timeZone: zone.timeZone,
    ...(options.ambiguity === undefined ? {} : { ambiguity: options.ambiguity }),
  });
  const instantUtc = formatIsoInstant(resolved.instantMs);
  switch (resolved.kind) {
    case "exact":
      return { ok: true, kind: resolved.kind, instantUtc };
    case "skipped":
      return { ok: true, kind: resolved.kind, instantUtc, gapMinutes: resolved.gapMinutes };
    case "ambiguous":
      return {
        ok: true,
        kind: resolved.kind,
        instantUtc,
        alternativeUtc: formatIsoInstant(resolved.alternativeMs),
      };
  }
}
