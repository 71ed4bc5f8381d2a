// Times a prospect proposes in a reply (chrono-node, in the offer's language) matched against the slots offered.
import * as chrono from "chrono-node";
import { stripQuotedText } from "../replies/strip-quoted-text";
import { formatIsoInstant, parseIsoInstant, type TimeRange } from "../time/time-range";
import { resolveWallTime, toWallTime, type WallTime } from "../time/wall-time";
import { offsetMinutesAt, resolveTimeZone, type IanaTimeZone } from "../time/zones";
import type { AvailabilityOffer } from "./offer";

/** A time the reply may mean, e.g. Thursday 14:30 in the prospect's zone. */
export interface TimeCandidate {
  readonly slot: TimeRange;
  /** The words it came from, e.g. "Thursday at 2:30". */
  readonly quote: string;
  /** One of the offered slots (not just a time inside the offer's days). */
  readonly isOffered: boolean;
}

/** Why Tempo asks the rep instead of proposing one time. */
export const AskReason = {
  /** "2:30" with no am/pm and both 02:30 and 14:30 offered, or a day with several offered slots. */
  ambiguous: "ambiguous",
  /** The reply names more than one time. */
  several: "several",
  /** The reply names a time that was not offered. */
  notOffered: "not_offered",
} as const;
export type AskReason = (typeof AskReason)[keyof typeof AskReason];

export type ProposedTimesVerdict =
  | { readonly kind: "one"; readonly candidate: TimeCandidate }
  | {
      readonly kind: "ask";
      readonly reason: AskReason;
      readonly candidates: readonly TimeCandidate[];
    }
  | { readonly kind: "none" };

type ChronoParser = Pick<typeof chrono.en, "parse">;

/** chrono-node's locale parsers; `en-GB` and the like read day-first dates. */
const parsersByLanguage: Readonly<Record<string, ChronoParser>> = {
  en: chrono.en,
  de: chrono.de,
  fr: chrono.fr,
  ja: chrono.ja,
  pt: chrono.pt,
  nl: chrono.nl,
  es: chrono.es,
  it: chrono.it,
  sv: chrono.sv,
  ru: chrono.ru,
  uk: chrono.uk,
  zh: chrono.zh,
  fi: chrono.fi,
};

function parserFor(locale: string): ChronoParser | undefined {
  const language = locale.toLowerCase().split("-")[0] ?? "";
  const isDayFirstEnglish = language === "en" && !/^en-(us|ca|ph)$/i.test(locale);
  return isDayFirstEnglish && locale.includes("-") ? chrono.en.GB : parsersByLanguage[language];
}

interface ParsedMention {
  readonly quote: string;
  readonly date: Pick<WallTime, "year" | "month" | "day">;
  /** Minutes after midnight of each reading of the time; empty when only a day was named. */
  readonly minutesOfDay: readonly number[];
}

/** chrono's reading and, when am/pm was not said, the other half of the day. */
function readMinutes(components: chrono.ParsedComponents): number[] {
  if (!components.isCertain("hour")) return [];
  const hour = components.get("hour") ?? 0;
  const minute = components.get("minute") ?? 0;
  const guess = hour * 60 + minute;
  const isMeridiemOpen = !components.isCertain("meridiem") && hour >= 1 && hour <= 12;
  if (!isMeridiemOpen) return [guess];
  const other = (guess + 12 * 60) % (24 * 60);
  return [guess, other];
}

function parseMentions(options: {
  readonly text: string;
  readonly parser: ChronoParser;
  readonly referenceMs: number;
  readonly timeZone: IanaTimeZone;
}): ParsedMention[] {
  const reference = {
    instant: new Date(options.referenceMs),
    timezone: offsetMinutesAt(options.timeZone, options.referenceMs),
  };
  return options.parser.parse(options.text, reference, { forwardDate: true }).flatMap((result) => {
    const { start } = result;
    const year = start.get("year");
    const month = start.get("month");
    const day = start.get("day");
    if (year === null || month === null || day === null) return [];
    return [{ quote: result.text, date: { year, month, day }, minutesOfDay: readMinutes(start) }];
  });
}

function instantOf(mention: ParsedMention, minuteOfDay: number, timeZone: IanaTimeZone): number {
  return resolveWallTime({ wallTime: { ...mention.date, minuteOfDay }, timeZone }).instantMs;
}

function isSameDay(ms: number, date: ParsedMention["date"], timeZone: IanaTimeZone): boolean {
  const wall = toWallTime(ms, timeZone);
  return wall.year === date.year && wall.month === date.month && wall.day === date.day;
}

interface Reading {
  readonly candidates: TimeCandidate[];
  readonly isAmbiguous: boolean;
}

/** What one mention can mean against the offer: offered slots first, chrono's own guess otherwise. */
function readMention(mention: ParsedMention, offer: OfferSlots): Reading {
  const toCandidate = (startMs: number, isOffered: boolean): TimeCandidate => ({
    slot: {
      startUtc: formatIsoInstant(startMs),
      endUtc: formatIsoInstant(startMs + offer.durationMinutes * 60_000),
    },
    quote: mention.quote,
    isOffered,
  });
  if (mention.minutesOfDay.length === 0) {
    const onDay = offer.startsMs.filter((ms) => isSameDay(ms, mention.date, offer.timeZone));
    return { candidates: onDay.map((ms) => toCandidate(ms, true)), isAmbiguous: onDay.length > 1 };
  }
  const readings = mention.minutesOfDay.map((minute) => instantOf(mention, minute, offer.timeZone));
  const offered = readings.filter((ms) => offer.startsMs.includes(ms));
  if (offered.length > 0) {
    return {
      candidates: offered.map((ms) => toCandidate(ms, true)),
      isAmbiguous: offered.length > 1,
    };
  }
  const [guess] = readings;
  return { candidates: guess === undefined ? [] : [toCandidate(guess, false)], isAmbiguous: false };
}

interface OfferSlots {
  readonly startsMs: readonly number[];
  readonly durationMinutes: number;
  readonly timeZone: IanaTimeZone;
}

function decide(readings: readonly Reading[]): ProposedTimesVerdict {
  const unique = new Map<string, TimeCandidate>();
  for (const candidate of readings.flatMap((reading) => reading.candidates)) {
    const known = unique.get(candidate.slot.startUtc);
    if (known === undefined || (!known.isOffered && candidate.isOffered))
      unique.set(candidate.slot.startUtc, candidate);
  }
  const candidates = [...unique.values()].sort((a, b) =>
    a.slot.startUtc.localeCompare(b.slot.startUtc),
  );
  const [only] = candidates;
  if (only === undefined) return { kind: "none" };
  const isAmbiguous = readings.some((reading) => reading.isAmbiguous);
  if (candidates.length === 1 && only.isOffered && !isAmbiguous)
    return { kind: "one", candidate: only };
  const reason = isAmbiguous
    ? AskReason.ambiguous
    : candidates.length > 1
      ? AskReason.several
      : AskReason.notOffered;
  return { kind: "ask", reason, candidates };
}

/**
 * Reads the times a reply proposes, in the offer's language (then English), relative to when the
 * reply was sent in the prospect's zone, and matches them to the offered slots. Quoted history is
 * ignored. Never guesses silently: two readings, several times or a time not offered give `ask`.
 * e.g. "Thursday at 2:30 works" sent Mon 23 Nov 2026 against an offer holding Thu 26 Nov 14:30
 * New York (19:30Z) gives `{ kind: "one", candidate: { slot: { startUtc: "2026-11-26T19:30:00.000Z", … } } }`.
 */
export function findProposedTimes(options: {
  readonly replyText: string;
  /** When the reply was sent (ISO instant): "Thursday" means the Thursday after it. */
  readonly sentUtc: string;
  readonly offer: AvailabilityOffer;
}): ProposedTimesVerdict {
  const zone = resolveTimeZone(options.offer.timeZone);
  const referenceMs = parseIsoInstant(options.sentUtc);
  if (!zone.ok || referenceMs === undefined) return { kind: "none" };
  const text = stripQuotedText(options.replyText);
  const offer: OfferSlots = {
    startsMs: options.offer.slots.flatMap((slot) => parseIsoInstant(slot.startUtc) ?? []),
    durationMinutes: options.offer.durationMinutes,
    timeZone: zone.timeZone,
  };
  const parsers = [parserFor(options.offer.locale), chrono.en].filter(
    (parser, index, all): parser is ChronoParser =>
      parser !== undefined && all.indexOf(parser) === index,
  );
  for (const parser of parsers) {
    const mentions = parseMentions({ text, parser, referenceMs, timeZone: zone.timeZone });
    if (mentions.length > 0) return decide(mentions.map((mention) => readMention(mention, offer)));
  }
  return { kind: "none" };
}
