// Wording of send-later times in both zones, and of every DST adjustment and refusal.
import {
  describeSendTime,
  formatInBothZones,
  formatInZone,
  formatUtcOffset,
} from "./send-later-format";
import { resolveSendTime } from "./send-later-time";
import type { IanaTimeZone } from "../time/zones";

const zone = (name: string) => name as IanaTimeZone;

describe("formatInZone", () => {
  it.each([
    [
      "2026-03-10T03:00:00.000Z",
      "Asia/Kolkata",
      "Tue 10 Mar 2026, 08:30 (Asia/Kolkata, UTC+05:30)",
    ],
    [
      "2026-03-10T03:00:00.000Z",
      "America/New_York",
      "Mon 9 Mar 2026, 23:00 (America/New_York, UTC-04:00)",
    ],
    ["2026-01-13T00:00:00.000Z", "Europe/London", "Tue 13 Jan 2026, 00:00 (Europe/London, UTC)"],
    [
      "2026-10-03T15:45:00.000Z",
      "Australia/Lord_Howe",
      "Sun 4 Oct 2026, 02:45 (Australia/Lord_Howe, UTC+11:00)",
    ],
  ])("formats %s in %s", (instant, timeZone, expected) => {
    expect(formatInZone(instant, zone(timeZone))).toBe(expected);
  });

  it("gives both zones", () => {
    expect(
      formatInBothZones({
        instantUtc: "2026-03-10T03:00:00.000Z",
        prospectZone: zone("Asia/Kolkata"),
        repZone: zone("Europe/London"),
      }),
    ).toStrictEqual({
      prospect: "Tue 10 Mar 2026, 08:30 (Asia/Kolkata, UTC+05:30)",
      rep: "Tue 10 Mar 2026, 03:00 (Europe/London, UTC)",
    });
  });

  it("formats offsets", () => {
    expect([630, -150, 0].map(formatUtcOffset)).toStrictEqual(["UTC+10:30", "UTC-02:30", "UTC"]);
  });
});

describe("describeSendTime", () => {
  const describeRequest = (date: string, time: string, timeZone: string | undefined) =>
    describeSendTime({
      resolution: resolveSendTime({ date, time, timeZone, now: "2026-03-01T00:00:00Z" }),
      date,
      time,
      timeZone,
    });

  it.each([
    ["an exact time", "2026-03-10", "09:00", "Europe/London", undefined],
    [
      "a DST gap",
      "2026-03-08",
      "02:30",
      "America/New_York",
      "02:30 does not exist on 2026-03-08 in America/New_York (the clocks go forward 60 minutes); it will send at Sun 8 Mar 2026, 03:30 (America/New_York, UTC-04:00).",
    ],
    [
      "a DST overlap",
      "2026-10-25",
      "01:30",
      "Europe/London",
      "01:30 happens twice on 2026-10-25 in Europe/London (the clocks go back). Tempo will send at the first one, Sun 25 Oct 2026, 01:30 (Europe/London, UTC+01:00); the other is Sun 25 Oct 2026, 01:30 (Europe/London, UTC).",
    ],
    ["a missing zone", "2026-03-10", "09:00", undefined, "Choose the recipient's time zone first."],
    [
      "an unknown zone",
      "2026-03-10",
      "09:00",
      "Mars/Olympus",
      '"Mars/Olympus" is not a time zone Tempo knows. Pick one from the list.',
    ],
    [
      "a bad date",
      "2026-13-01",
      "09:00",
      "Europe/London",
      '"2026-13-01" is not a date. Use the date picker.',
    ],
    [
      "a bad time",
      "2026-03-10",
      "25:00",
      "Europe/London",
      '"25:00" is not a time. Enter it as HH:mm, e.g. 08:30.',
    ],
    [
      "a past time",
      "2026-02-27",
      "09:00",
      "Europe/London",
      "2026-02-27 09:00 in Europe/London has already passed. Choose a later time.",
    ],
  ])("explains %s", (_name, date, time, timeZone, expected) => {
    expect(describeRequest(date, time, timeZone)).toBe(expected);
  });
});
