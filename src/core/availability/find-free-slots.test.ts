// findFreeSlots scenarios with a fixed now: busy edges, buffers, notice, caps, DST days and odd-offset zones.
// To add a case: add a row with overrides of baseOptions and the whole list of expected local slots.
import graphResponse from "./__fixtures__/graph-get-schedule-response.json";
import { busyFromAvailabilityView } from "./availability-view";
import { findFreeSlots, type FindFreeSlotsOptions } from "./find-free-slots";
import type { BusyInterval } from "./busy-interval";
import type { DayOfWeek } from "./working-hours";

const weekdays: DayOfWeek[] = ["monday", "tuesday", "wednesday", "thursday", "friday"];
const everyDay: DayOfWeek[] = [...weekdays, "saturday", "sunday"];

/** Monday 2026-03-09 (EDT, UTC-4), 09:00–12:00 New York hours, 30-minute meetings on :00/:30. */
const baseOptions: FindFreeSlotsOptions = {
  window: { startUtc: "2026-03-09T00:00:00Z", endUtc: "2026-03-10T00:00:00Z" },
  busy: [],
  workingHours: {
    daysOfWeek: weekdays,
    startTime: "09:00",
    endTime: "12:00",
    timeZone: "Eastern Standard Time",
  },
  durationMinutes: 30,
  stepMinutes: 30,
  now: "2026-03-01T00:00:00Z",
  timeZone: "America/New_York",
};
const busy = (
  startUtc: string,
  endUtc: string,
  status: BusyInterval["status"] = "busy",
): BusyInterval => ({
  startUtc,
  endUtc,
  status,
});
/** ["2026-03-09T13:00", 60] → a whole slot in the output's ISO form. */
const slot = (startUtc: string, minutes: number) => ({
  startUtc: `${startUtc}:00.000Z`,
  endUtc: new Date(Date.parse(`${startUtc}:00Z`) + minutes * 60_000).toISOString(),
});
const slots = (minutes: number, ...starts: string[]) => starts.map((start) => slot(start, minutes));

describe("findFreeSlots", () => {
  it.each<[string, Partial<FindFreeSlotsOptions>, ReturnType<typeof slots>]>([
    [
      "proposes every half hour 09:00–11:30 when the morning is free",
      {},
      slots(
        30,
        "2026-03-09T13:00",
        "2026-03-09T13:30",
        "2026-03-09T14:00",
        "2026-03-09T14:30",
        "2026-03-09T15:00",
        "2026-03-09T15:30",
      ),
    ],
    [
      "proposes 09:00 then 10:15 to 11:00 when 10:00–10:10 is busy and meetings are 60 min on 15-min steps",
      {
        busy: [busy("2026-03-09T14:00:00Z", "2026-03-09T14:10:00Z")],
        durationMinutes: 60,
        stepMinutes: 15,
      },
      slots(
        60,
        "2026-03-09T13:00",
        "2026-03-09T14:15",
        "2026-03-09T14:30",
        "2026-03-09T14:45",
        "2026-03-09T15:00",
      ),
    ],
    [
      "proposes 09:00 and 11:00 when busy 10:00–11:00 touches both slots exactly",
      {
        busy: [busy("2026-03-09T14:00:00Z", "2026-03-09T15:00:00Z")],
        durationMinutes: 60,
        stepMinutes: 60,
      },
      slots(60, "2026-03-09T13:00", "2026-03-09T15:00"),
    ],
    [
      "keeps 15 minutes clear around a 10:00–11:00 meeting with buffers, leaving 09:00 and 11:30",
      {
        busy: [busy("2026-03-09T14:00:00Z", "2026-03-09T15:00:00Z")],
        bufferBeforeMinutes: 15,
        bufferAfterMinutes: 15,
      },
      slots(30, "2026-03-09T13:00", "2026-03-09T15:30"),
    ],
    [
      "starts at 10:30 when it is 09:05 and an hour's notice is required",
      { now: "2026-03-09T13:05:00Z", minimumNoticeMinutes: 60 },
      slots(30, "2026-03-09T14:30", "2026-03-09T15:00", "2026-03-09T15:30"),
    ],
    [
      "accepts now as a Date",
      { now: new Date("2026-03-09T15:00:00Z") },
      slots(30, "2026-03-09T15:00", "2026-03-09T15:30"),
    ],
    [
      "caps Monday and Tuesday at their two earliest slots",
      {
        window: { startUtc: "2026-03-09T00:00:00Z", endUtc: "2026-03-11T00:00:00Z" },
        maxSlotsPerDay: 2,
      },
      slots(30, "2026-03-09T13:00", "2026-03-09T13:30", "2026-03-10T13:00", "2026-03-10T13:30"),
    ],
    [
      "stops at the end of today when the horizon is one day",
      {
        window: { startUtc: "2026-03-09T00:00:00Z", endUtc: "2026-03-11T00:00:00Z" },
        now: "2026-03-09T15:00:00Z",
        horizonDays: 1,
      },
      slots(30, "2026-03-09T15:00", "2026-03-09T15:30"),
    ],
    [
      "ignores a tentative 09:00–11:00 by default",
      {
        busy: [busy("2026-03-09T13:00:00Z", "2026-03-09T15:00:00Z", "tentative")],
        durationMinutes: 60,
        stepMinutes: 60,
      },
      slots(60, "2026-03-09T13:00", "2026-03-09T14:00", "2026-03-09T15:00"),
    ],
    [
      "blocks a tentative 09:00–11:00 when tentative is configured as blocking",
      {
        busy: [busy("2026-03-09T13:00:00Z", "2026-03-09T15:00:00Z", "tentative")],
        blockingStatuses: ["busy", "oof", "tentative"],
        durationMinutes: 60,
        stepMinutes: 60,
      },
      slots(60, "2026-03-09T15:00"),
    ],
    [
      "treats working elsewhere as available but out of office as blocking",
      {
        busy: [
          busy("2026-03-09T13:00:00Z", "2026-03-09T14:00:00Z", "workingElsewhere"),
          busy("2026-03-09T14:00:00Z", "2026-03-09T15:00:00Z", "oof"),
        ],
        durationMinutes: 60,
        stepMinutes: 60,
      },
      slots(60, "2026-03-09T13:00", "2026-03-09T15:00"),
    ],
    [
      "merges overlapping busy events before cutting, leaving only 11:30",
      {
        busy: [
          busy("2026-03-09T13:00:00Z", "2026-03-09T14:30:00Z"),
          busy("2026-03-09T14:00:00Z", "2026-03-09T15:30:00Z"),
        ],
      },
      slots(30, "2026-03-09T15:30"),
    ],
    [
      "proposes around a lunch break given as two sets of working hours",
      {
        workingHours: [
          {
            daysOfWeek: weekdays,
            startTime: "09:00",
            endTime: "10:00",
            timeZone: "America/New_York",
          },
          {
            daysOfWeek: weekdays,
            startTime: "13:00",
            endTime: "14:00",
            timeZone: "America/New_York",
          },
        ],
        durationMinutes: 60,
      },
      slots(60, "2026-03-09T13:00", "2026-03-09T17:00"),
    ],
    [
      "shifts by an hour across New York's 2026-03-08 spring-forward weekend",
      {
        window: { startUtc: "2026-03-07T00:00:00Z", endUtc: "2026-03-10T00:00:00Z" },
        workingHours: {
          daysOfWeek: everyDay,
          startTime: "09:00",
          endTime: "11:00",
          timeZone: "America/New_York",
        },
        durationMinutes: 60,
        stepMinutes: 60,
      },
      slots(
        60,
        "2026-03-07T14:00",
        "2026-03-07T15:00",
        "2026-03-08T13:00",
        "2026-03-08T14:00",
        "2026-03-09T13:00",
        "2026-03-09T14:00",
      ),
    ],
    [
      "offers five hourly slots in the five real hours of 00:00–04:00 on New York's 2026-11-01 fall-back",
      {
        window: { startUtc: "2026-11-01T00:00:00Z", endUtc: "2026-11-02T00:00:00Z" },
        workingHours: {
          daysOfWeek: ["sunday"],
          startTime: "00:00",
          endTime: "04:00",
          timeZone: "America/New_York",
        },
        durationMinutes: 60,
        stepMinutes: 60,
      },
      slots(
        60,
        "2026-11-01T04:00",
        "2026-11-01T05:00",
        "2026-11-01T06:00",
        "2026-11-01T07:00",
        "2026-11-01T08:00",
      ),
    ],
    [
      "repeats 01:00 local on London's 2026-10-25 fall-back (01:00 BST and 01:00 GMT)",
      {
        window: { startUtc: "2026-10-24T12:00:00Z", endUtc: "2026-10-26T00:00:00Z" },
        workingHours: {
          daysOfWeek: ["sunday"],
          startTime: "00:00",
          endTime: "03:00",
          timeZone: "GMT Standard Time",
        },
        durationMinutes: 60,
        stepMinutes: 60,
        timeZone: "Europe/London",
      },
      slots(60, "2026-10-24T23:00", "2026-10-25T00:00", "2026-10-25T01:00", "2026-10-25T02:00"),
    ],
    [
      "skips the missing 01:00 on London's 2026-03-29 spring-forward, proposing 00:00, 02:00 and 03:00 local",
      {
        window: { startUtc: "2026-03-28T12:00:00Z", endUtc: "2026-03-30T00:00:00Z" },
        workingHours: {
          daysOfWeek: ["sunday"],
          startTime: "00:00",
          endTime: "04:00",
          timeZone: "Europe/London",
        },
        durationMinutes: 60,
        stepMinutes: 60,
        timeZone: "Europe/London",
      },
      slots(60, "2026-03-29T00:00", "2026-03-29T01:00", "2026-03-29T02:00"),
    ],
    [
      "realigns to the hour after Lord Howe's 30-minute spring-forward on 2026-10-04",
      {
        window: { startUtc: "2026-10-03T00:00:00Z", endUtc: "2026-10-05T00:00:00Z" },
        workingHours: {
          daysOfWeek: ["sunday"],
          startTime: "01:00",
          endTime: "04:00",
          timeZone: "Australia/Lord_Howe",
        },
        durationMinutes: 60,
        stepMinutes: 60,
        timeZone: "Australia/Lord_Howe",
      },
      slots(60, "2026-10-03T14:30", "2026-10-03T16:00"),
    ],
    [
      "lands on :00/:30 Adelaide time (UTC+10:30) for hours given in its Windows name",
      {
        window: { startUtc: "2026-03-08T00:00:00Z", endUtc: "2026-03-10T00:00:00Z" },
        workingHours: {
          daysOfWeek: ["monday"],
          startTime: "09:00",
          endTime: "10:30",
          timeZone: "Cen. Australia Standard Time",
        },
        timeZone: "Australia/Adelaide",
      },
      slots(30, "2026-03-08T22:30", "2026-03-08T23:00", "2026-03-08T23:30"),
    ],
    [
      "aligns to Kathmandu's :00/:30 (UTC :15/:45) inside Pacific Standard Time working hours",
      {
        workingHours: {
          daysOfWeek: ["monday"],
          startTime: "09:00",
          endTime: "11:00",
          timeZone: "Pacific Standard Time",
        },
        timeZone: "Asia/Kathmandu",
      },
      slots(30, "2026-03-09T16:15", "2026-03-09T16:45", "2026-03-09T17:15"),
    ],
    [
      "aligns to Kolkata's :00/:30 for a rep there with hours in India Standard Time",
      {
        workingHours: {
          daysOfWeek: ["monday"],
          startTime: "09:00",
          endTime: "10:30",
          timeZone: "India Standard Time",
        },
        timeZone: "Asia/Kolkata",
        durationMinutes: 45,
      },
      slots(45, "2026-03-09T03:30", "2026-03-09T04:00"),
    ],
    [
      "fits 23:00 but not 23:30 when the day ends at 23:59",
      {
        workingHours: {
          daysOfWeek: everyDay,
          startTime: "22:00",
          endTime: "23:59",
          timeZone: "UTC",
        },
        timeZone: "UTC",
      },
      slots(30, "2026-03-09T22:00", "2026-03-09T22:30", "2026-03-09T23:00"),
    ],
    [
      "proposes nothing when the notice runs past the window",
      { now: "2026-03-09T23:00:00Z", minimumNoticeMinutes: 120 },
      [],
    ],
  ])("%s", (_scenario, overrides, expected) => {
    expect(findFreeSlots({ ...baseOptions, ...overrides })).toStrictEqual({
      ok: true,
      slots: expected,
    });
  });

  it("proposes adelev's free hours on 2019-03-15 from Graph's documented getSchedule answer", () => {
    const [adele] = graphResponse.value;
    const view = busyFromAvailabilityView({
      availabilityView: adele?.availabilityView ?? "",
      startUtc: "2019-03-15T16:00:00Z",
      intervalMinutes: 60,
    });
    const result = findFreeSlots({
      ...baseOptions,
      window: { startUtc: "2019-03-15T16:00:00Z", endUtc: "2019-03-16T01:00:00Z" },
      busy: view.ok ? view.value : [],
      workingHours: {
        daysOfWeek: weekdays,
        startTime: adele?.workingHours.startTime ?? "",
        endTime: adele?.workingHours.endTime ?? "",
        timeZone: adele?.workingHours.timeZone.name ?? "",
      },
      durationMinutes: 60,
      stepMinutes: 60,
      now: "2019-03-14T00:00:00Z",
      timeZone: "Pacific Standard Time",
    });
    expect(result).toStrictEqual({
      ok: true,
      slots: slots(
        60,
        "2019-03-15T16:00",
        "2019-03-15T17:00",
        "2019-03-15T18:00",
        "2019-03-15T21:00",
        "2019-03-15T22:00",
        "2019-03-15T23:00",
      ),
    });
  });

  it.each<[string, Partial<FindFreeSlotsOptions>, string, string]>([
    ["a zero duration", { durationMinutes: 0 }, "durationMinutes", "must be a whole number ≥ 1"],
    ["a negative step", { stepMinutes: -5 }, "stepMinutes", "must be a whole number ≥ 1"],
    [
      "a fractional buffer",
      { bufferAfterMinutes: 2.5 },
      "bufferAfterMinutes",
      "must be a whole number ≥ 0",
    ],
    [
      "an inverted window",
      { window: { startUtc: "2026-03-10T00:00:00Z", endUtc: "2026-03-09T00:00:00Z" } },
      "window.endUtc",
      "must be after startUtc",
    ],
    [
      "an unknown rep zone",
      { timeZone: "Eastern" },
      "timeZone",
      'unknown time zone "Eastern" (expected an IANA or Windows zone name)',
    ],
    ["an unparseable now", { now: "yesterday" }, "now", "must be a valid Date or ISO-8601 instant"],
    [
      "a busy start without a zone",
      {
        busy: [
          busy("2026-03-09T14:00:00Z", "2026-03-09T15:00:00Z"),
          busy("2026-03-09T14:00", "2026-03-09T15:00:00Z"),
        ],
      },
      "busy[1].startUtc",
      "must be ISO-8601",
    ],
    [
      "an unknown blocking status",
      { blockingStatuses: ["busy", "maybe" as "busy"] },
      "blockingStatuses",
      '"maybe" is not a free/busy status',
    ],
    [
      "working hours in an unknown zone",
      {
        workingHours: {
          ...baseOptions.workingHours,
          timeZone: "Moon",
        } as FindFreeSlotsOptions["workingHours"],
      },
      "workingHours.timeZone",
      'unknown time zone "Moon" (expected an IANA or Windows zone name)',
    ],
  ])("answers invalid_input for %s", (_scenario, overrides, field, message) => {
    expect(findFreeSlots({ ...baseOptions, ...overrides })).toStrictEqual({
      ok: false,
      error: { code: "invalid_input", field, message },
    });
  });
});
