// An availability offer (the slots a rep inserted into one email) and its compact text form for custom properties and holds.
import { invalidInput, succeed, type Outcome } from "../time/invalid-input";
import { formatIsoInstant, parseIsoInstant, type TimeRange } from "../time/time-range";

declare const brand: unique symbol;

/** Names one insert of availability, e.g. `of-3k9x2a7q`. */
export type OfferId = string & { readonly [brand]: "tempo_offer_id" };

/** Brands a raw offer id; ids are `[A-Za-z0-9-]{1,40}` so they survive the `|`-separated encodings. */
export function toOfferId(raw: string): OfferId | undefined {
  return /^[A-Za-z0-9-]{1,40}$/.test(raw) ? (raw as OfferId) : undefined;
}

/** The slots offered in one email, as the prospect saw them. */
export interface AvailabilityOffer {
  readonly offerId: OfferId;
  /** Every slot lasts `durationMinutes`; ordered by start. */
  readonly slots: readonly TimeRange[];
  readonly durationMinutes: number;
  /** The prospect's zone the slots were written in (IANA), e.g. "Europe/Berlin". */
  readonly timeZone: string;
  /** The language they were written in (BCP 47), e.g. "de-DE": the reply is read in it first. */
  readonly locale: string;
}

/** The Office custom property (compose item → Sent Items, GRAPH-FACTS A1) carrying the encoded offer. */
export const offerCustomPropertyName = "tempoOffer";

/**
 * Tempo's named property on a tentative hold event: value `<offerId>|<expiresUtc>`, e.g.
 * `of-3k9x2a7q|2026-12-01T17:00:00.000Z`. Same property set as the tracking marker.
 */
export const holdPropertyId = "String {6f4d3e2a-9b1c-4d5e-8f7a-1b2c3d4e5f60} Name TempoHold";

/**
 * Outlook allows 2,500 characters for all of an add-in's custom properties on an item (GRAPH-FACTS
 * A1, F15); the offer keeps to 1,500 so the tracking id and others still fit beside it.
 */
export const maxEncodedOfferLength = 1500;

const version = "t1";
const minuteMs = 60_000;

/**
 * Writes an offer in ~4 characters a slot: version, id, zone, locale, duration, the first start in
 * epoch minutes (base 36), then each start as minutes after the previous one (base 36).
 * e.g. slots 14:00Z and 15:00Z on 2026-11-26, 30 minutes, gives
 * `t1|of-1|America/New_York|en-US|30|htgvc|0,1o`. Too long or malformed input gives `invalid_input`.
 */
export function encodeOffer(offer: AvailabilityOffer): Outcome<string> {
  if (offer.slots.length === 0) return invalidInput("slots", "an offer needs at least one slot");
  const starts: number[] = [];
  for (const [index, slot] of offer.slots.entries()) {
    const startMs = parseIsoInstant(slot.startUtc);
    const endMs = parseIsoInstant(slot.endUtc);
    const isWholeMinute = startMs !== undefined && startMs % minuteMs === 0;
    const hasDuration =
      startMs !== undefined && endMs === startMs + offer.durationMinutes * minuteMs;
    const isOrdered = startMs !== undefined && startMs > (starts.at(-1) ?? -Infinity);
    if (!isWholeMinute || !hasDuration || !isOrdered)
      return invalidInput(`slots[${index}]`, "must be ordered whole-minute slots of the duration");
    starts.push(startMs);
  }
  const minutes = starts.map((ms) => ms / minuteMs);
  const [first = 0] = minutes;
  const gaps = minutes.map((value, index) => value - (minutes[index - 1] ?? value));
  const fields = [
    version,
    offer.offerId,
    offer.timeZone,
    offer.locale,
    String(offer.durationMinutes),
    first.toString(36),
    gaps.map((gap) => gap.toString(36)).join(","),
  ];
  const hasSeparator = fields.some((field) => field.includes("|"));
  if (hasSeparator) return invalidInput("offer", "fields must not contain '|'");
  const encoded = fields.join("|");
  if (encoded.length > maxEncodedOfferLength)
    return invalidInput("slots", `too many slots to store (${encoded.length} characters)`);
  return succeed(encoded);
}

const base36 = /^[0-9a-z]+$/;

/** Reads `encodeOffer`'s text back; anything else (another version, edited by hand) gives `undefined`. */
export function decodeOffer(text: string): AvailabilityOffer | undefined {
  const [tag, rawId, timeZone, locale, rawDuration, rawFirst, rawGaps, ...rest] = text.split("|");
  const offerId = toOfferId(rawId ?? "");
  const durationMinutes = Number(rawDuration);
  const isWellFormed =
    tag === version &&
    rest.length === 0 &&
    offerId !== undefined &&
    Boolean(timeZone) &&
    Boolean(locale) &&
    Number.isInteger(durationMinutes) &&
    durationMinutes > 0 &&
    base36.test(rawFirst ?? "") &&
    (rawGaps ?? "").split(",").every((gap) => base36.test(gap));
  if (!isWellFormed || timeZone === undefined || locale === undefined) return undefined;
  let startMinute = parseInt(rawFirst ?? "", 36);
  const slots = (rawGaps ?? "").split(",").map((gap) => {
    startMinute += parseInt(gap, 36);
    return {
      startUtc: formatIsoInstant(startMinute * minuteMs),
      endUtc: formatIsoInstant((startMinute + durationMinutes) * minuteMs),
    };
  });
  return { offerId, slots, durationMinutes, timeZone, locale };
}

/** A hold's property value, e.g. `{ offerId: "of-1", expiresUtc: "2026-12-01T17:00:00.000Z" }`. */
export interface HoldMark {
  readonly offerId: OfferId;
  readonly expiresUtc: string;
}

export function encodeHoldMark(mark: HoldMark): string {
  return `${mark.offerId}|${mark.expiresUtc}`;
}

/** `"of-1|2026-12-01T17:00:00.000Z"` gives the HoldMark; anything else `undefined`. */
export function decodeHoldMark(text: string): HoldMark | undefined {
  const [rawId, expiresUtc, ...rest] = text.split("|");
  const offerId = toOfferId(rawId ?? "");
  const isValid =
    offerId !== undefined && rest.length === 0 && parseIsoInstant(expiresUtc ?? "") !== undefined;
  return isValid && expiresUtc !== undefined ? { offerId, expiresUtc } : undefined;
}

/**
 * Reads the offer out of the add-in's custom-properties JSON as Exchange stores it (`cecp-…` value),
 * e.g. `'{"tempoTrackId":"tt-1","tempoOffer":"t1|of-1|…"}'` gives the offer; no offer gives `undefined`.
 */
export function readOfferFromCustomProperties(json: string): AvailabilityOffer | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error: unknown) {
    // Another add-in version or a hand edit can leave anything here; an unreadable value is no offer.
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
  const isObject = typeof parsed === "object" && parsed !== null;
  const value: unknown = isObject
    ? (parsed as Record<string, unknown>)[offerCustomPropertyName]
    : "";
  return typeof value === "string" ? decodeOffer(value) : undefined;
}
