// Plain-text wording for send-later times and problems: the same instant in the prospect's and the rep's zones.
import { parseIsoInstant } from "../time/time-range";
import { offsetMinutesAt, type IanaTimeZone } from "../time/zones";
import { localDayAt, formatMinuteOfDay } from "./send-later-local-day";
import type { SendTimeResolution } from "./send-later-time";

const weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const monthNames = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** "UTC+05:30", "UTC-04:00", "UTC" for zero. */
export function formatUtcOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return "UTC";
  const sign = offsetMinutes < 0 ? "-" : "+";
  return `UTC${sign}${formatMinuteOfDay(Math.abs(offsetMinutes))}`;
}

/**
 * An instant as a wall time in a zone, fixed English wording so it reads the same in every browser,
 * e.g. `formatInZone("2026-03-10T03:00:00Z", "Asia/Kolkata")` gives "Tue 10 Mar 2026, 08:30 (Asia/Kolkata, UTC+05:30)".
 */
export function formatInZone(instantUtc: string, timeZone: IanaTimeZone): string {
  const ms = parseIsoInstant(instantUtc) ?? Number.NaN;
  const { day, minuteOfDay } = localDayAt(ms, timeZone);
  const offset = formatUtcOffset(offsetMinutesAt(timeZone, ms));
  const weekday = weekdayNames[day.isoWeekday - 1] ?? "";
  const month = monthNames[day.month - 1] ?? "";
  const time = formatMinuteOfDay(minuteOfDay);
  return `${weekday} ${day.day} ${month} ${day.year}, ${time} (${timeZone}, ${offset})`;
}

/** "Tue 10 Mar 2026, 08:30 (Asia/Kolkata, UTC+05:30) · your time: Mon 9 Mar 2026, 23:00 (America/New_York, UTC-04:00)" */
export function formatInBothZones(options: {
  readonly instantUtc: string;
  readonly prospectZone: IanaTimeZone;
  readonly repZone: IanaTimeZone;
}): { readonly prospect: string; readonly rep: string } {
  return {
    prospect: formatInZone(options.instantUtc, options.prospectZone),
    rep: formatInZone(options.instantUtc, options.repZone),
  };
}

/**
 * What to tell the rep about a resolved or refused send time: `undefined` when there is nothing to say.
 * e.g. a skipped 02:30 in New York on 8 Mar 2026 gives "02:30 does not exist on 2026-03-08 in
 * America/New_York (the clocks go forward 60 minutes); it will send at 03:30 their time."
 */
export function describeSendTime(options: {
  readonly resolution: SendTimeResolution;
  readonly date: string;
  readonly time: string;
  readonly timeZone: string | undefined;
}): string | undefined {
  const { resolution, date, time } = options;
  const zone = options.timeZone ?? "";
  if (resolution.ok) {
    if (resolution.kind === "exact") return undefined;
    const zoneId = zone as IanaTimeZone;
    const sendAt = formatInZone(resolution.sendAtUtc, zoneId);
    if (resolution.kind === "skipped")
      return `${time} does not exist on ${date} in ${zone} (the clocks go forward ${resolution.gapMinutes} minutes); it will send at ${sendAt}.`;
    const other = formatInZone(resolution.alternativeUtc, zoneId);
    const which = resolution.chosen === "earlier" ? "first" : "second";
    return `${time} happens twice on ${date} in ${zone} (the clocks go back). Tempo will send at the ${which} one, ${sendAt}; the other is ${other}.`;
  }
  switch (resolution.problem) {
    case "missing_time_zone":
      return "Choose the recipient's time zone first.";
    case "unknown_time_zone":
      return `"${resolution.detail}" is not a time zone Tempo knows. Pick one from the list.`;
    case "invalid_date":
      return `"${resolution.detail}" is not a date. Use the date picker.`;
    case "invalid_time":
      return `"${resolution.detail}" is not a time. Enter it as HH:mm, e.g. 08:30.`;
    case "in_the_past":
      return `${date} ${time} in ${zone} has already passed. Choose a later time.`;
  }
}
