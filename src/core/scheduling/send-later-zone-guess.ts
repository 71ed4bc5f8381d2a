// Guesses the prospect's time zone from the UTC offset in the Date header of their last email (RFC 5322 §3.3).
import { windowsZoneTable } from "../time/windows-zones";
import { offsetMinutesAt, resolveTimeZone, type IanaTimeZone } from "../time/zones";

const monthNames = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];

// RFC 5322 §4.3 obs-zone: the US names and UT/GMT; military letters and "-0000" carry no offset (§3.3).
const namedZoneOffsets: Readonly<Record<string, number>> = {
  ut: 0,
  gmt: 0,
  z: 0,
  edt: -240,
  est: -300,
  cdt: -300,
  cst: -360,
  mdt: -360,
  mst: -420,
  pdt: -420,
  pst: -480,
};

const datePattern =
  /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})?/;

export type DateHeaderOffset =
  | { readonly ok: true; readonly instantMs: number; readonly offsetMinutes: number }
  | { readonly ok: false; readonly reason: "unparseable" | "no_offset" };

/**
 * The instant and UTC offset an RFC 5322 Date header names, e.g. "Tue, 10 Mar 2026 09:15:00 +0530"
 * gives `{ ok: true, instantMs: Date.parse("2026-03-10T03:45:00Z"), offsetMinutes: 330 }`.
 * "-0000" and military zones mean "offset unknown" (RFC 5322 §3.3, §4.3): `no_offset`.
 */
export function parseDateHeaderOffset(header: string): DateHeaderOffset {
  const match = datePattern.exec(header);
  if (match === null) return { ok: false, reason: "unparseable" };
  const [, dayText, monthText, yearText, hourText, minuteText, secondText, zoneText] = match;
  const month = monthNames.indexOf((monthText ?? "").toLowerCase());
  const rawYear = Number(yearText);
  // RFC 5322 §4.3: two-digit years below 50 are 20xx, others 19xx; three digits add 1900.
  const year =
    (yearText ?? "").length === 2
      ? rawYear + (rawYear < 50 ? 2000 : 1900)
      : (yearText ?? "").length === 3
        ? rawYear + 1900
        : rawYear;
  const offsetMinutes = readOffset(zoneText);
  if (month < 0) return { ok: false, reason: "unparseable" };
  if (offsetMinutes === undefined) return { ok: false, reason: "no_offset" };
  const localMs = Date.UTC(
    year,
    month,
    Number(dayText),
    Number(hourText),
    Number(minuteText),
    Number(secondText ?? 0),
  );
  return { ok: true, instantMs: localMs - offsetMinutes * 60_000, offsetMinutes };
}

function readOffset(zoneText: string | undefined): number | undefined {
  if (zoneText === undefined) return undefined;
  const numeric = /^([+-])(\d{2})(\d{2})$/.exec(zoneText);
  if (numeric !== null) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    const isUnknown = numeric[1] === "-" && minutes === 0;
    return isUnknown ? undefined : numeric[1] === "-" ? -minutes : minutes;
  }
  return namedZoneOffsets[zoneText.toLowerCase()];
}

export type ZoneGuess =
  | {
      readonly kind: "guessed";
      readonly offsetMinutes: number;
      readonly guess: IanaTimeZone;
      /** Other zones with the same offset at that instant, best first; the rep may pick one. */
      readonly alternatives: readonly IanaTimeZone[];
    }
  | {
      readonly kind: "unknown";
      readonly reason: "unparseable" | "no_offset" | "no_matching_zone" | "no_date_header";
    };

/** One zone per Windows zone (CLDR's golden zone), the list a rep picks from; Etc/* offsets left out. */
export function listGoldenZones(): IanaTimeZone[] {
  const zones = Object.values(windowsZoneTable)
    .map((ids) => ids.split(" ")[0] ?? "")
    .filter((id) => id !== "" && !id.startsWith("Etc/"))
    .flatMap((id) => {
      const resolved = resolveTimeZone(id);
      return resolved.ok ? [resolved.timeZone] : [];
    });
  return [...new Set(zones)].sort();
}

/**
 * A ranking heuristic, not a zone mapping (that is CLDR's): when an offset fits several zones, the
 * one with the most business mail is the likelier guess, e.g. New York over Bogotá for -0500 in January.
 * The rep sees the guess and every alternative, and picks.
 */
export const commonBusinessZones: readonly string[] = [
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Los_Angeles",
  "America/Sao_Paulo",
  "America/Mexico_City",
  "America/Toronto",
  "Europe/London",
  "Europe/Paris",
  "Europe/Berlin",
  "Europe/Moscow",
  "Asia/Kolkata",
  "Asia/Dubai",
  "Asia/Singapore",
  "Asia/Shanghai",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Pacific/Auckland",
  "Africa/Johannesburg",
];

/**
 * Guesses the zone behind a Date header's offset: every CLDR golden zone with that offset at that
 * instant is a candidate. `preferredZones` (the zone chosen for this prospect before, the rep's own)
 * come first in their order, then commonBusinessZones, then the rest by name. e.g. "+0530" in March
 * 2026 gives guess "Asia/Kolkata", alternatives ["Asia/Colombo"].
 */
export function guessZoneFromDateHeader(options: {
  readonly dateHeader: string;
  readonly preferredZones?: readonly string[];
}): ZoneGuess {
  const parsed = parseDateHeaderOffset(options.dateHeader);
  if (!parsed.ok) return { kind: "unknown", reason: parsed.reason };
  const matches = (zone: IanaTimeZone) =>
    offsetMinutesAt(zone, parsed.instantMs) === parsed.offsetMinutes;
  const preferred = [...(options.preferredZones ?? []), ...commonBusinessZones].flatMap((name) => {
    const resolved = resolveTimeZone(name);
    return resolved.ok && matches(resolved.timeZone) ? [resolved.timeZone] : [];
  });
  const others = listGoldenZones().filter((zone) => matches(zone) && !preferred.includes(zone));
  const [guess, ...alternatives] = [...new Set(preferred), ...others];
  if (guess === undefined) return { kind: "unknown", reason: "no_matching_zone" };
  return { kind: "guessed", offsetMinutes: parsed.offsetMinutes, guess, alternatives };
}
