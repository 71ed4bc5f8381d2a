// Time-zone names (IANA or Windows, via CLDR) and wall-time ↔ instant conversion with explicit DST policy.
// luxon is allowed in the core as a pure zone-rule library: every call here gets an explicit zone and
// instant; the core never calls DateTime.now() or DateTime.local() (STYLE.md B1).
import { IANAZone } from "luxon";
import { invalidInput, type Failure } from "./invalid-input";
import { windowsZoneTable, type WindowsZoneName } from "./windows-zones";

/** An IANA zone id that has been checked against the runtime's tz data. */
export type IanaTimeZone = string & { readonly __brand: "tempo_iana_time_zone" };

const ianaToWindowsTable: ReadonlyMap<string, WindowsZoneName> = new Map(
  (Object.entries(windowsZoneTable) as [WindowsZoneName, string][]).flatMap(([windows, ids]) =>
    ids.split(" ").map((id) => [id, windows] as const),
  ),
);

const isWindowsZoneName = (name: string): name is WindowsZoneName =>
  Object.prototype.hasOwnProperty.call(windowsZoneTable, name);

/**
 * CLDR's golden IANA zone for a Windows zone name, in its current tz spelling; `undefined` if unknown.
 * e.g. `windowsToIana("India Standard Time")` gives `"Asia/Kolkata"`.
 */
export function windowsToIana(name: string): string | undefined {
  return isWindowsZoneName(name) ? windowsZoneTable[name].split(" ")[0] : undefined;
}

/**
 * The Windows zone CLDR maps an IANA id to (old and new spellings both work); `undefined` if none.
 * e.g. `ianaToWindows("America/Los_Angeles")` gives `"Pacific Standard Time"`.
 */
export function ianaToWindows(name: string): WindowsZoneName | undefined {
  return ianaToWindowsTable.get(name);
}

export const ZoneSource = { iana: "iana", windows: "windows" } as const;
export type ZoneSource = (typeof ZoneSource)[keyof typeof ZoneSource];

export type ZoneResolution =
  | { readonly ok: true; readonly timeZone: IanaTimeZone; readonly source: ZoneSource }
  | Failure;

/**
 * Accepts an IANA id or a Windows zone name (Graph's `workingHours.timeZone.name`).
 * e.g. `resolveTimeZone("Pacific Standard Time")` gives `{ ok: true, timeZone: "America/Los_Angeles",
 * source: "windows" }`; `resolveTimeZone("Mars/Olympus")` gives an `invalid_input` failure.
 */
export function resolveTimeZone(name: string, field = "timeZone"): ZoneResolution {
  // Checking a name builds an Intl formatter (~0.1 ms); names are few, so remember the answers.
  const known = resolvedZones.get(name);
  if (known !== undefined) return { ok: true, ...known };
  const resolved = resolveUncached(name);
  if (resolved.ok)
    resolvedZones.set(name, { timeZone: resolved.timeZone, source: resolved.source });
  return resolved.ok ? resolved : invalidInput(field, resolved.message);
}

const resolvedZones = new Map<string, { timeZone: IanaTimeZone; source: ZoneSource }>();

type UncachedResolution =
  | { readonly ok: true; readonly timeZone: IanaTimeZone; readonly source: ZoneSource }
  | { readonly ok: false; readonly message: string };

function resolveUncached(name: string): UncachedResolution {
  const fromWindows = windowsToIana(name);
  if (fromWindows !== undefined && IANAZone.isValidZone(fromWindows)) {
    return { ok: true, timeZone: fromWindows as IanaTimeZone, source: ZoneSource.windows };
  }
  // isValidZone also accepts offsets luxon invents ("UTC+3"); keep to real tz ids and UTC.
  const looksLikeIanaId = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name);
  if (looksLikeIanaId && IANAZone.isValidZone(name)) {
    return { ok: true, timeZone: name as IanaTimeZone, source: ZoneSource.iana };
  }
  return {
    ok: false,
    message: `unknown time zone "${name}" (expected an IANA or Windows zone name)`,
  };
}

const dayMs = 86_400_000;
const minuteMs = 60_000;

/** A UTC day's offsets: `startOffset` until `transitionMs`, `endOffset` from then on. */
interface DayOffsets {
  readonly startOffset: number;
  readonly endOffset: number;
  readonly transitionMs: number;
}

// luxon reads an offset through Intl.formatToParts (~40 µs); a slot search asks hundreds of times, so
// offsets are memoised per zone and UTC day. Same rules in, same answer out: memoising keeps it pure.
const dayOffsetsCache = new Map<string, DayOffsets>();
const maxCachedDays = 20_000;

/** Finds the minute a day's offset changes by bisection: ~11 look-ups, once per transition day. */
function probeDay(zone: IANAZone, dayStartMs: number): DayOffsets {
  const startOffset = zone.offset(dayStartMs);
  const endOffset = zone.offset(dayStartMs + dayMs);
  if (startOffset === endOffset)
    return { startOffset, endOffset, transitionMs: dayStartMs + dayMs };
  let lowMs = dayStartMs;
  let highMs = dayStartMs + dayMs;
  while (highMs - lowMs > minuteMs) {
    const midMs = lowMs + Math.floor((highMs - lowMs) / (2 * minuteMs)) * minuteMs;
    if (zone.offset(midMs) === startOffset) lowMs = midMs;
    else highMs = midMs;
  }
  return { startOffset, endOffset, transitionMs: highMs };
}

/**
 * UTC offset in minutes of `timeZone` at an instant, e.g. -300 for New York in January.
 * Assumes at most one transition per UTC day, true of every zone's rules since 1970.
 */
export function offsetMinutesAt(timeZone: IanaTimeZone, ms: number): number {
  const dayStartMs = Math.floor(ms / dayMs) * dayMs;
  const key = `${timeZone}|${dayStartMs}`;
  let day = dayOffsetsCache.get(key);
  if (day === undefined) {
    if (dayOffsetsCache.size >= maxCachedDays) dayOffsetsCache.clear();
    day = probeDay(IANAZone.create(timeZone), dayStartMs);
    dayOffsetsCache.set(key, day);
  }
  return ms < day.transitionMs ? day.startOffset : day.endOffset;
}
