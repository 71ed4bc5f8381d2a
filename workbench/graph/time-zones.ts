// Windows↔IANA zone names from CLDR windowsZones.json, and dateTimeTimeZone ⇄ instant conversion with Intl.
import { readFileSync } from "node:fs";
import { badRequest } from "./graph-errors";
import { resolveSharedPath } from "./shared-paths";

interface ZoneMaps {
  windowsToIana: Map<string, string>;
  ianaToWindows: Map<string, string>;
}

let cached: ZoneMaps | undefined;

interface MapZoneFile {
  supplemental: {
    windowsZones: {
      mapTimezones: Array<{ mapZone: { _other: string; _type: string; _territory: string } }>;
    };
  };
}

function loadZoneMaps(): ZoneMaps {
  if (cached) return cached;
  const file = JSON.parse(
    readFileSync(resolveSharedPath("oracles/timezones/cldr-core__windowsZones.json"), "utf8"),
  ) as MapZoneFile;
  const windowsToIana = new Map<string, string>();
  const ianaToWindows = new Map<string, string>();
  for (const { mapZone } of file.supplemental.windowsZones.mapTimezones) {
    // Territory 001 is CLDR's "golden" zone for the Windows name.
    if (mapZone._territory === "001")
      windowsToIana.set(mapZone._other.toLowerCase(), mapZone._type);
    for (const iana of mapZone._type.split(" ")) {
      if (!ianaToWindows.has(iana)) ianaToWindows.set(iana, mapZone._other);
    }
  }
  cached = { windowsToIana, ianaToWindows };
  return cached;
}

function isIanaZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

/** "Pacific Standard Time" → "America/Los_Angeles"; IANA names and "UTC" pass through; unknown → undefined. */
export function toIanaTimeZone(name: string): string | undefined {
  const trimmed = name.trim();
  if (/^(utc|gmt|coordinated universal time)$/i.test(trimmed)) return "UTC";
  const fromWindows = loadZoneMaps().windowsToIana.get(trimmed.toLowerCase());
  if (fromWindows !== undefined) return fromWindows;
  return isIanaZone(trimmed) ? trimmed : undefined;
}

export function toWindowsTimeZone(iana: string): string | undefined {
  return iana === "UTC" ? "UTC" : loadZoneMaps().ianaToWindows.get(iana);
}

function wallClockParts(instantMs: number, iana: string): number[] {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone: iana,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  const parts = format.formatToParts(new Date(instantMs));
  const pick = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value ?? "0");
  return [pick("year"), pick("month"), pick("day"), pick("hour"), pick("minute"), pick("second")];
}

function offsetMs(instantMs: number, iana: string): number {
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = wallClockParts(instantMs, iana);
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(instantMs / 1000) * 1000;
}

/** Graph's dateTime text: "2019-03-15T12:00:00.0000000" (wall time in the zone, seven fraction digits). */
export function formatGraphDateTime(instant: Date, iana: string): string {
  const local = new Date(instant.getTime() + offsetMs(instant.getTime(), iana));
  return `${local.toISOString().slice(0, 19)}.0000000`;
}

/**
 * Wall time in a zone → instant. A time in a spring-forward gap moves forward by the gap, as Exchange does.
 * e.g. ("2024-03-10T09:00:00", "America/Los_Angeles") → 2024-03-10T16:00:00Z.
 */
export function parseGraphDateTime(dateTime: string, timeZoneName: string): Date {
  const iana = toIanaTimeZone(timeZoneName);
  if (iana === undefined) {
    throw badRequest(
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${timeZoneName}'.`,
      "TimeZoneNotSupportedException",
    );
  }
  const hasOffset = /(Z|[+-]\d\d:\d\d)$/.test(dateTime);
  const wall = Date.parse(hasOffset ? dateTime : `${dateTime.replace(/(\.\d{3})\d*$/, "$1")}Z`);
  if (Number.isNaN(wall))
    throw badRequest(
      `Cannot convert the literal '${dateTime}' to the expected type 'Edm.DateTime'.`,
    );
  if (hasOffset) return new Date(wall);
  const firstGuess = wall - offsetMs(wall, iana);
  const secondGuess = wall - offsetMs(firstGuess, iana);
  const matchesWall = (candidate: number): boolean =>
    candidate + offsetMs(candidate, iana) === wall;
  if (matchesWall(secondGuess)) return new Date(secondGuess);
  if (matchesWall(firstGuess)) return new Date(firstGuess);
  return new Date(Math.max(firstGuess, secondGuess));
}
