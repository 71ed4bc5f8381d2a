// What a calendar says about a stretch of time: Graph's free/busy statuses and the interval they cover.
import type { TimeRange } from "../time/time-range";

/** Graph's `freeBusyStatus` values that getSchedule reports (scheduleItem.status, availabilityView). */
export const BusyStatus = {
  free: "free",
  tentative: "tentative",
  busy: "busy",
  oof: "oof",
  workingElsewhere: "workingElsewhere",
} as const;
export type BusyStatus = (typeof BusyStatus)[keyof typeof BusyStatus];

export const busyStatuses: readonly BusyStatus[] = Object.values(BusyStatus);

export interface BusyInterval extends TimeRange {
  readonly status: BusyStatus;
}

/**
 * What blocks a slot unless the caller says otherwise: busy and out-of-office. Tentative does not
 * block by default (the rep can still choose; pass it in `blockingStatuses` to be strict), and
 * working elsewhere never blocks by default, since the person is working, just not at the desk.
 */
export const defaultBlockingStatuses: readonly BusyStatus[] = [BusyStatus.busy, BusyStatus.oof];
