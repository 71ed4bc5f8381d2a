// Use case: turn the chosen slots into the text inserted for the prospect and the offer stored with the email.
import { formatSlots } from "../../core/availability/format-slots";
import { createAppError } from "../../core/errors/app-error";
import { encodeOffer, type AvailabilityOffer, type OfferId } from "../../core/scheduling/offer";
import { resolveTimeZone } from "../../core/time/zones";
import type { TimeRange } from "../../core/time/time-range";

export interface PreparedOffer {
  readonly offer: AvailabilityOffer;
  /** For the `tempoOffer` custom property (compact, ≤ 1,500 characters). */
  readonly encodedOffer: string;
  /** Escaped HTML (the UI still sanitizes it before inserting). */
  readonly html: string;
  /** For plain-text bodies. */
  readonly text: string;
  /** e.g. "Eastern Time — New York". */
  readonly zoneLabel: string;
}

const introByLanguage: Readonly<Record<string, string>> = {
  en: "Here are some times that work for me:",
  de: "Diese Termine passen mir:",
  fr: "Voici quelques créneaux qui me conviennent :",
  es: "Estos horarios me vienen bien:",
  pt: "Estes horários funcionam para mim:",
  nl: "Deze tijden komen mij goed uit:",
  it: "Ecco alcuni orari che vanno bene per me:",
  ja: "以下の日時でご都合はいかがでしょうか:",
};

/** The one-line lead-in in the prospect's language, English when Tempo has no translation. */
export function introFor(locale: string): string {
  const language = locale.toLowerCase().split("-")[0] ?? "";
  return introByLanguage[language] ?? introByLanguage.en ?? "";
}

/**
 * Builds what is inserted and stored: slots written in the prospect's zone and language, zone named
 * on every line, and the offer encoded for the compose item's custom property.
 * e.g. Thu 14:00Z–14:30Z for America/New_York in en-US gives text
 * "Here are some times that work for me:\nThu, Nov 26: 9:00 AM–9:30 AM (Eastern Time — New York)".
 */
export function prepareOffer(options: {
  readonly offerId: OfferId;
  readonly slots: readonly TimeRange[];
  readonly durationMinutes: number;
  readonly prospectTimeZone: string;
  readonly locale: string;
}): PreparedOffer {
  const zone = resolveTimeZone(options.prospectTimeZone);
  if (!zone.ok || options.slots.length === 0)
    throw createAppError("invalid_input", {
      details: { field: zone.ok ? "slots" : "prospectTimeZone" },
    });
  const slots = [...options.slots].sort((a, b) => a.startUtc.localeCompare(b.startUtc));
  const formatted = formatSlots({
    slots,
    timeZone: zone.timeZone,
    locale: options.locale,
  });
  if (!formatted.ok)
    throw createAppError("invalid_input", { details: { field: formatted.error.field } });
  const offer: AvailabilityOffer = {
    offerId: options.offerId,
    slots,
    durationMinutes: options.durationMinutes,
    timeZone: zone.timeZone,
    locale: options.locale,
  };
  const encoded = encodeOffer(offer);
  if (!encoded.ok)
    throw createAppError("invalid_input", { details: { field: encoded.error.field } });
  const intro = introFor(options.locale);
  return {
    offer,
    encodedOffer: encoded.value,
    html: `<p>${intro}</p>${formatted.html}`,
    text: `${intro}\n${formatted.text}`,
    zoneLabel: formatted.zoneLabel,
  };
}
