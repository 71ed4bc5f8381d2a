// A naive slots × events reference for findFreeSlots (10 business days, 500 busy events), shared by its test and `npm run bench`.
// It is the obviously-correct O(n²) version of the sweep; it never ships in the core.
import { busyStatuses, type BusyInterval } from "../../core/availability/busy-interval";
import type { FindFreeSlotsOptions } from "../../core/availability/find-free-slots";

const minuteMs = 60_000;
const windowStartMs = Date.parse("2026-03-09T00:00:00Z");
const windowEndMs = Date.parse("2026-03-21T00:00:00Z");

/** 500 deterministic events of 5–60 minutes spread over the 12 days, cycling through every status. */
export function buildBusy(count: number): BusyInterval[] {
  return Array.from({ length: count }, (_, index) => {
    const startMs = windowStartMs + ((index * 7919) % 3456) * 5 * minuteMs;
    const endMs = startMs + (5 + ((index * 31) % 12) * 5) * minuteMs;
    const status = busyStatuses[index % busyStatuses.length] ?? "busy";
    return {
      startUtc: new Date(startMs).toISOString(),
      endUtc: new Date(endMs).toISOString(),
      status,
    };
  });
}

/** Every UTC-aligned candidate checked against every event: slow and plain; assumes UTC hours 09–17. */
export function naiveSlots(options: FindFreeSlotsOptions) {
  const stepMs = (options.stepMinutes ?? 30) * minuteMs;
  const durationMs = options.durationMinutes * minuteMs;
  const beforeMs = (options.bufferBeforeMinutes ?? 0) * minuteMs;
  const afterMs = (options.bufferAfterMinutes ?? 0) * minuteMs;
  const earliestMs =
    Date.parse(String(options.now)) + (options.minimumNoticeMinutes ?? 0) * minuteMs;
  const blocking = options.busy.filter((event) => ["busy", "oof"].includes(event.status));
  const result = [];
  for (let startMs = windowStartMs; startMs + durationMs <= windowEndMs; startMs += stepMs) {
    const endMs = startMs + durationMs;
    const day = new Date(startMs).getUTCDay();
    const dayStartMs = startMs - (startMs % 86_400_000);
    const isWeekday = day >= 1 && day <= 5;
    const isInHours =
      startMs >= dayStartMs + 9 * 60 * minuteMs && endMs <= dayStartMs + 17 * 60 * minuteMs;
    const isClear = blocking.every(
      (event) =>
        Date.parse(event.endUtc) <= startMs - beforeMs ||
        Date.parse(event.startUtc) >= endMs + afterMs,
    );
    if (isWeekday && isInHours && isClear && startMs >= earliestMs) {
      result.push({
        startUtc: new Date(startMs).toISOString(),
        endUtc: new Date(endMs).toISOString(),
      });
    }
  }
  return result;
}

export const referenceOptions = {
  window: {
    startUtc: new Date(windowStartMs).toISOString(),
    endUtc: new Date(windowEndMs).toISOString(),
  },
  busy: buildBusy(500),
  workingHours: {
    daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
    startTime: "09:00",
    endTime: "17:00",
    timeZone: "UTC",
  },
  durationMinutes: 30,
  stepMinutes: 15,
  bufferBeforeMinutes: 10,
  bufferAfterMinutes: 5,
  minimumNoticeMinutes: 90,
  now: "2026-03-09T10:00:00Z",
  timeZone: "UTC",
} satisfies FindFreeSlotsOptions;
