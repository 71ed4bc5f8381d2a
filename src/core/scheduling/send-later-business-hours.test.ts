// Business hours in the prospect's zone and the "8:30 their time" suggestion, across weekends and DST changes.
import { checkBusinessHours } from "./send-later-business-hours";
import type { IanaTimeZone } from "../time/zones";

const zone = (name: string) => name as IanaTimeZone;

describe("checkBusinessHours", () => {
  it.each([
    ["10:00 on a London Tuesday", "2026-03-10T10:00:00Z", "Europe/London"],
    [
      "08:00 sharp in New York (the start is inclusive)",
      "2026-03-10T12:00:00Z",
      "America/New_York",
    ],
    ["17:59 in Kolkata", "2026-03-10T12:29:00Z", "Asia/Kolkata"],
  ])("is within for %s", (_name, instant, timeZone) => {
    expect(checkBusinessHours({ instant, timeZone: zone(timeZone) })).toStrictEqual({
      isWithin: true,
    });
  });

  it.each([
    [
      "22:15 in Kolkata suggests 08:30 the next morning",
      "2026-03-10T16:45:00Z",
      "Asia/Kolkata",
      {
        isWithin: false,
        reason: "after_end",
        localDate: "2026-03-10",
        localTime: "22:15",
        suggestion: {
          localDate: "2026-03-11",
          localTime: "08:30",
          sendAtUtc: "2026-03-11T03:00:00.000Z",
        },
      },
    ],
    [
      "18:00 sharp in London (the end is exclusive)",
      "2026-03-10T18:00:00Z",
      "Europe/London",
      {
        isWithin: false,
        reason: "after_end",
        localDate: "2026-03-10",
        localTime: "18:00",
        suggestion: {
          localDate: "2026-03-11",
          localTime: "08:30",
          sendAtUtc: "2026-03-11T08:30:00.000Z",
        },
      },
    ],
    [
      "07:00 in London suggests 08:30 the same day",
      "2026-03-10T07:00:00Z",
      "Europe/London",
      {
        isWithin: false,
        reason: "before_start",
        localDate: "2026-03-10",
        localTime: "07:00",
        suggestion: {
          localDate: "2026-03-10",
          localTime: "08:30",
          sendAtUtc: "2026-03-10T08:30:00.000Z",
        },
      },
    ],
    [
      "Saturday in New York suggests Monday 08:30 EDT, after the spring-forward Sunday",
      "2026-03-07T15:00:00Z",
      "America/New_York",
      {
        isWithin: false,
        reason: "not_a_business_day",
        localDate: "2026-03-07",
        localTime: "10:00",
        suggestion: {
          localDate: "2026-03-09",
          localTime: "08:30",
          sendAtUtc: "2026-03-09T12:30:00.000Z",
        },
      },
    ],
    [
      "Friday evening in New York suggests Monday 08:30 EST, after the fall-back Sunday",
      "2026-10-30T23:00:00Z",
      "America/New_York",
      {
        isWithin: false,
        reason: "after_end",
        localDate: "2026-10-30",
        localTime: "19:00",
        suggestion: {
          localDate: "2026-11-02",
          localTime: "08:30",
          sendAtUtc: "2026-11-02T13:30:00.000Z",
        },
      },
    ],
    [
      "Friday evening on Lord Howe suggests Monday 08:30 at +11:00, after its half-hour spring-forward",
      "2026-10-02T09:00:00Z",
      "Australia/Lord_Howe",
      {
        isWithin: false,
        reason: "after_end",
        localDate: "2026-10-02",
        localTime: "19:30",
        suggestion: {
          localDate: "2026-10-05",
          localTime: "08:30",
          sendAtUtc: "2026-10-04T21:30:00.000Z",
        },
      },
    ],
  ])("is outside for %s", (_name, instant, timeZone, expected) => {
    expect(checkBusinessHours({ instant, timeZone: zone(timeZone) })).toStrictEqual(expected);
  });

  it("takes custom hours and suggestion time", () => {
    expect(
      checkBusinessHours({
        instant: "2026-03-10T08:30:00Z",
        timeZone: zone("Europe/London"),
        hours: { startMinute: 540, endMinute: 1020, days: [1, 2, 3, 4, 5] },
        suggestedMinute: 540,
      }),
    ).toStrictEqual({
      isWithin: false,
      reason: "before_start",
      localDate: "2026-03-10",
      localTime: "08:30",
      suggestion: {
        localDate: "2026-03-10",
        localTime: "09:00",
        sendAtUtc: "2026-03-10T09:00:00.000Z",
      },
    });
  });
});
