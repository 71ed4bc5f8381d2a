// The send-later presets (tomorrow morning, next business morning, Monday 9:00) as instants in the prospect's zone.
import { parseIsoInstant, formatIsoInstant } from "../time/time-range";
import {
  addLocalDays,
  formatLocalDate,
  formatMinuteOfDay,
  localDayAt,
  mondayToFriday,
  resolveLocalTime,
  type LocalDay,
} from "./send-later-local-day";
import type { IanaTimeZone } from "../time/zones";

export const SendLaterPreset = {
  tomorrowMorning: "tomorrow_morning",
  nextBusinessMorning: "next_business_morning",
  mondayMorning: "monday_morning",
} as const;
export type SendLaterPreset = (typeof SendLaterPreset)[keyof typeof SendLaterPreset];

/** One preset resolved: the prospect's local date and time, and the instant it names. */
export interface PresetSendTime {
  readonly preset: SendLaterPreset;
  /** Prospect's local date, "YYYY-MM-DD". */
  readonly localDate: string;
  /** Prospect's local time, "HH:mm"; differs from the preset's time only in a DST gap. */
  readonly localTime: string;
  readonly sendAtUtc: string;
}

export interface PresetOptions {
  /** ISO-8601 instant. */
  readonly now: string;
  readonly timeZone: IanaTimeZone;
  /** Minutes after local midnight for "morning", default 480 (08:00). */
  readonly morningMinute?: number;
  /** Minutes after local midnight for "Monday", default 540 (09:00). */
  readonly mondayMinute?: number;
  /** ISO weekdays that are business days in the prospect's country, default Monday–Friday. */
  readonly businessDays?: readonly number[];
}

const maxSearchDays = 14;

function firstDayAfter(start: LocalDay, isWanted: (day: LocalDay) => boolean): LocalDay {
  for (let offset = 1; offset <= maxSearchDays; offset += 1) {
    const day = addLocalDays(start, offset);
    if (isWanted(day)) return day;
  }
  // Only an empty business-day list gets here; a day later is the least surprising answer.
  return addLocalDays(start, 1);
}

function presetAt(
  preset: SendLaterPreset,
  day: LocalDay,
  minuteOfDay: number,
  timeZone: IanaTimeZone,
): PresetSendTime {
  const resolved = resolveLocalTime(day, minuteOfDay, timeZone);
  const shiftedMinute =
    resolved.kind === "skipped" ? minuteOfDay + resolved.gapMinutes : minuteOfDay;
  return {
    preset,
    localDate: formatLocalDate(day),
    localTime: formatMinuteOfDay(shiftedMinute),
    sendAtUtc: formatIsoInstant(resolved.instantMs),
  };
}

/**
 * The three presets, computed on the prospect's calendar (not the rep's): tomorrow at 08:00, the next
 * business day at 08:00, and Monday at 09:00 — today if it is Monday before 09:00, else the next one.
 * e.g. now Fri 2026-03-06T20:00Z, New York → tomorrow Sat 7 Mar 08:00 EST (13:00Z), next business
 * morning Mon 9 Mar 08:00 EDT (12:00Z), Monday 9 Mar 09:00 EDT (13:00Z).
 */
export function listSendLaterPresets(options: PresetOptions): PresetSendTime[] {
  const { timeZone } = options;
  const morningMinute = options.morningMinute ?? 480;
  const mondayMinute = options.mondayMinute ?? 540;
  const businessDays = options.businessDays ?? mondayToFriday;
  const nowMs = parseIsoInstant(options.now) ?? Number.NaN;
  const { day: today, minuteOfDay: nowMinute } = localDayAt(nowMs, timeZone);
  const tomorrow = addLocalDays(today, 1);
  const nextBusinessDay = firstDayAfter(today, (day) => businessDays.includes(day.isoWeekday));
  const isMondayBeforeNine = today.isoWeekday === 1 && nowMinute < mondayMinute;
  const monday = isMondayBeforeNine ? today : firstDayAfter(today, (day) => day.isoWeekday === 1);
  return [
    presetAt(SendLaterPreset.tomorrowMorning, tomorrow, morningMinute, timeZone),
    presetAt(SendLaterPreset.nextBusinessMorning, nextBusinessDay, morningMinute, timeZone),
    presetAt(SendLaterPreset.mondayMorning, monday, mondayMinute, timeZone),
  ];
}
