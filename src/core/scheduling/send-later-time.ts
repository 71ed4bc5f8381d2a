// A send-later time typed by the rep (date, time, prospect's zone) → the instant to send, or why it cannot be used.
import { formatIsoInstant, parseIsoInstant } from "../time/time-range";
import { parseCalendarDate, parseTimeOfDay, resolveWallTime } from "../time/wall-time";
import { resolveTimeZone, type IanaTimeZone } from "../time/zones";

/** Why a requested send time was refused; each has a user message in send-later-messages.ts. */
export const SendTimeProblem = {
  missingTimeZone: "missing_time_zone",
  unknownTimeZone: "unknown_time_zone",
  invalidDate: "invalid_date",
  invalidTime: "invalid_time",
  inThePast: "in_the_past",
} as const;
export type SendTimeProblem = (typeof SendTimeProblem)[keyof typeof SendTimeProblem];

/** Which of the two instants an ambiguous (fall-back) wall time names. */
export type AmbiguityChoice = "earlier" | "later";

export type SendTimeResolution =
  | { readonly ok: true; readonly kind: "exact"; readonly sendAtUtc: string }
  /** The wall time falls in a DST gap: moved forward by the gap (02:30 → 03:30). */
  | {
      readonly ok: true;
      readonly kind: "skipped";
      readonly sendAtUtc: string;
      readonly gapMinutes: number;
    }
  /** The wall time happens twice (DST overlap): `chosen` names which one `sendAtUtc` is. */
  | {
      readonly ok: true;
      readonly kind: "ambiguous";
      readonly sendAtUtc: string;
      readonly alternativeUtc: string;
      readonly chosen: AmbiguityChoice;
    }
  | { readonly ok: false; readonly problem: SendTimeProblem; readonly detail: string };

export interface SendTimeRequest {
  /** Prospect's local calendar date, "YYYY-MM-DD". */
  readonly date: string;
  /** Prospect's local time, "HH:mm". */
  readonly time: string;
  /** IANA or Windows zone name; empty or absent means nobody chose one yet. */
  readonly timeZone: string | undefined;
  /** ISO-8601 instant. */
  readonly now: string;
  readonly ambiguity?: AmbiguityChoice;
  /** How far ahead a send time must be, default 1 minute: Outlook sends at once when the time is past (MAPI). */
  readonly minimumLeadMinutes?: number;
}

const minuteMs = 60_000;

/** The zone a rep chose, checked; `undefined` zone names give `missing_time_zone`. */
export function resolveProspectZone(
  timeZone: string | undefined,
):
  | { readonly ok: true; readonly timeZone: IanaTimeZone }
  | Extract<SendTimeResolution, { ok: false }> {
  const name = timeZone?.trim() ?? "";
  if (name === "")
    return { ok: false, problem: SendTimeProblem.missingTimeZone, detail: "no time zone chosen" };
  const zone = resolveTimeZone(name);
  return zone.ok
    ? { ok: true, timeZone: zone.timeZone }
    : { ok: false, problem: SendTimeProblem.unknownTimeZone, detail: name };
}

/**
 * Resolves a local date and time in the prospect's zone to the instant to send, with the DST policy
 * spelled out: a time in a gap moves forward by the gap, an ambiguous time takes `ambiguity`
 * (default the earlier), and a time not at least `minimumLeadMinutes` after `now` is refused.
 * e.g. `{ date: "2026-03-08", time: "02:30", timeZone: "America/New_York", now: "2026-03-01T00:00:00Z" }`
 * gives `{ ok: true, kind: "skipped", sendAtUtc: "2026-03-08T07:30:00.000Z", gapMinutes: 60 }` (03:30 EDT).
 */
export function resolveSendTime(request: SendTimeRequest): SendTimeResolution {
  const zone = resolveProspectZone(request.timeZone);
  if (!zone.ok) return zone;
  const date = parseCalendarDate(request.date);
  if (date === undefined)
    return { ok: false, problem: SendTimeProblem.invalidDate, detail: request.date };
  const minuteOfDay = parseTimeOfDay(request.time);
  if (minuteOfDay === undefined)
    return { ok: false, problem: SendTimeProblem.invalidTime, detail: request.time };
  const chosen = request.ambiguity ?? "earlier";
  const resolved = resolveWallTime({
    wallTime: { ...date, minuteOfDay },
    timeZone: zone.timeZone,
    ambiguity: chosen,
  });
  const nowMs = parseIsoInstant(request.now) ?? Number.NaN;
  const earliestMs = nowMs + (request.minimumLeadMinutes ?? 1) * minuteMs;
  const isTooEarly = !(resolved.instantMs >= earliestMs);
  if (isTooEarly)
    return {
      ok: false,
      problem: SendTimeProblem.inThePast,
      detail: formatIsoInstant(resolved.instantMs),
    };
  const sendAtUtc = formatIsoInstant(resolved.instantMs);
  switch (resolved.kind) {
    case "exact":
      return { ok: true, kind: "exact", sendAtUtc };
    case "skipped":
      return { ok: true, kind: "skipped", sendAtUtc, gapMinutes: resolved.gapMinutes };
    case "ambiguous":
      return {
        ok: true,
        kind: "ambiguous",
        sendAtUtc,
        alternativeUtc: formatIsoInstant(resolved.alternativeMs),
        chosen,
      };
  }
}
