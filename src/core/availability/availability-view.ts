// Graph getSchedule's availabilityView (one digit per interval) decoded into busy intervals.
import { invalidInput, succeed, type Outcome } from "../time/invalid-input";
import { formatIsoInstant, parseIsoInstant } from "../time/time-range";
import { BusyStatus, type BusyInterval } from "./busy-interval";

/**
 * The digits as graph-docs `resources/scheduleinformation.md` defines them. (The concept page says
 * "0 = free or working elsewhere"; we follow the resource page, which gives 4 its own meaning.)
 */
const statusByDigit: Readonly<Record<string, BusyStatus>> = {
  "0": BusyStatus.free,
  "1": BusyStatus.tentative,
  "2": BusyStatus.busy,
  "3": BusyStatus.oof,
  "4": BusyStatus.workingElsewhere,
};

/**
 * Decodes an availabilityView into intervals, joining runs of the same digit and leaving out free time.
 * `startUtc` is the request's startTime as an instant (Graph answers in UTC unless
 * `Prefer: outlook.timezone` is sent). e.g. "000220000" from 09:00Z at 60 minutes gives
 * `[{ startUtc: "…T12:00:00.000Z", endUtc: "…T14:00:00.000Z", status: "busy" }]`.
 */
export function busyFromAvailabilityView(options: {
  readonly availabilityView: string;
  readonly startUtc: string;
  readonly intervalMinutes: number;
}): Outcome<BusyInterval[]> {
  const startMs = parseIsoInstant(options.startUtc);
  if (startMs === undefined) return invalidInput("startUtc", "must be an ISO-8601 instant");
  const { intervalMinutes, availabilityView } = options;
  const isIntervalValid =
    Number.isInteger(intervalMinutes) && intervalMinutes >= 5 && intervalMinutes <= 1440;
  if (!isIntervalValid)
    return invalidInput("intervalMinutes", "must be a whole number from 5 to 1440");
  const intervalMs = intervalMinutes * 60_000;
  const intervals: BusyInterval[] = [];
  for (let index = 0; index < availabilityView.length; ) {
    const digit = availabilityView.charAt(index);
    const status = statusByDigit[digit];
    if (status === undefined) {
      return invalidInput("availabilityView", `unknown digit "${digit}" at position ${index}`);
    }
    let runEnd = index + 1;
    while (availabilityView.charAt(runEnd) === digit) runEnd += 1;
    if (status !== BusyStatus.free) {
      intervals.push({
        startUtc: formatIsoInstant(startMs + index * intervalMs),
        endUtc: formatIsoInstant(startMs + runEnd * intervalMs),
        status,
      });
    }
    index = runEnd;
  }
  return succeed(intervals);
}
