// Slots written out for the prospect, in their zone and locale, as plain text and as escaped HTML.
import { DateTime } from "luxon";
import { invalidInput, type Failure } from "../time/invalid-input";
import { parseIsoInstant, type TimeRange } from "../time/time-range";
import { resolveTimeZone, type IanaTimeZone } from "../time/zones";

export type FormattedSlots =
  | {
      readonly ok: true;
      /** One line per local day, e.g. "Tue 24 Nov: 09:00–09:30, 10:00–10:30 (Eastern Time — New York)". */
      readonly text: string;
      /** `<ul><li>…</li></ul>` whose every text node went through escapeHtml. */
      readonly html: string;
      readonly zoneLabel: string;
    }
  | Failure;

const htmlEscapes: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** e.g. `escapeHtml('<b>"Tom & Jerry\'s"</b>')` gives `&lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt;` */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEscapes[character] ?? character);
}

/** "Eastern Time — New York": the zone's generic name in the locale, then the city of its id. */
function labelZone(timeZone: IanaTimeZone, locale: string, atMs: number): string {
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone,
    timeZoneName: "longGeneric",
  }).formatToParts(atMs);
  const genericName = parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
  const city = (timeZone.split("/").pop() ?? timeZone).replace(/_/g, " ");
  return genericName === city ? city : `${genericName} — ${city}`;
}

function isSupportedLocale(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(locale).length === 1;
  } catch (error: unknown) {
    // A malformed tag is a RangeError; anything else is a broken runtime and should surface.
    if (error instanceof RangeError) return false;
    throw error;
  }
}

/** Groups "HH:mm–HH:mm" by the local day the slot starts on, keeping the input order. */
function linesByDay(slots: readonly TimeRange[], timeZone: IanaTimeZone, locale: string) {
  const days = new Map<string, string[]>();
  for (const slot of slots) {
    const start = DateTime.fromISO(slot.startUtc, { zone: timeZone, locale });
    const end = DateTime.fromISO(slot.endUtc, { zone: timeZone, locale });
    const day = start.toLocaleString({ weekday: "short", day: "numeric", month: "short" });
    const times = `${start.toLocaleString(DateTime.TIME_SIMPLE)}–${end.toLocaleString(DateTime.TIME_SIMPLE)}`;
    days.set(day, [...(days.get(day) ?? []), times]);
  }
  return [...days.entries()];
}

/**
 * Formats slots for someone in `timeZone` (IANA or Windows) reading `locale`; no slots gives empty text.
 * e.g. 14:00Z–14:30Z and 15:00Z–15:30Z on 2026-11-24 for America/New_York in en-GB give
 * "Tue 24 Nov: 09:00–09:30, 10:00–10:30 (Eastern Time — New York)".
 */
export function formatSlots(options: {
  readonly slots: readonly TimeRange[];
  readonly timeZone: string;
  readonly locale: string;
}): FormattedSlots {
  const zone = resolveTimeZone(options.timeZone, "format.timeZone");
  if (!zone.ok) return zone;
  if (!isSupportedLocale(options.locale)) {
    return invalidInput("format.locale", `"${options.locale}" is not a BCP 47 language tag`);
  }
  const badIndex = options.slots.findIndex(
    (slot) =>
      parseIsoInstant(slot.startUtc) === undefined || parseIsoInstant(slot.endUtc) === undefined,
  );
  if (badIndex >= 0) return invalidInput(`slots[${badIndex}]`, "must be ISO-8601 instants");
  const firstStartMs = parseIsoInstant(options.slots[0]?.startUtc ?? "") ?? 0;
  const zoneLabel = labelZone(zone.timeZone, options.locale, firstStartMs);
  const lines = linesByDay(options.slots, zone.timeZone, options.locale).map(
    ([day, times]) => `${day}: ${times.join(", ")} (${zoneLabel})`,
  );
  const items = lines.map((line) => `<li>${escapeHtml(line)}</li>`).join("");
  return {
    ok: true,
    text: lines.join("\n"),
    html: lines.length === 0 ? "" : `<ul>${items}</ul>`,
    zoneLabel,
  };
}
