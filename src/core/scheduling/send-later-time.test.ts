// Send-later times typed by the rep: DST gaps and overlaps in four zones, past times, missing and unknown zones.
import { resolveSendTime } from "./send-later-time";

const now = "2026-03-01T00:00:00Z";

describe("resolveSendTime", () => {
  it.each([
    [
      "09:00 in New York in December is EST",
      { date: "2026-12-14", time: "09:00", timeZone: "America/New_York" },
      { ok: true, kind: "exact", sendAtUtc: "2026-12-14T14:00:00.000Z" },
    ],
    [
      "02:30 on New York's spring-forward day moves forward to 03:30 EDT",
      { date: "2026-03-08", time: "02:30", timeZone: "America/New_York" },
      { ok: true, kind: "skipped", sendAtUtc: "2026-03-08T07:30:00.000Z", gapMinutes: 60 },
    ],
    [
      "01:30 on New York's fall-back day takes the first (EDT) one",
      { date: "2026-11-01", time: "01:30", timeZone: "America/New_York" },
      {
        ok: true,
        kind: "ambiguous",
        sendAtUtc: "2026-11-01T05:30:00.000Z",
        alternativeUtc: "2026-11-01T06:30:00.000Z",
        chosen: "earlier",
      },
    ],
    [
      "01:30 on New York's fall-back day takes the second (EST) one when asked",
      {
        date: "2026-11-01",
        time: "01:30",
        timeZone: "America/New_York",
        ambiguity: "later" as const,
      },
      {
        ok: true,
        kind: "ambiguous",
        sendAtUtc: "2026-11-01T06:30:00.000Z",
        alternativeUtc: "2026-11-01T05:30:00.000Z",
        chosen: "later",
      },
    ],
    [
      "01:30 on London's spring-forward day moves forward to 02:30 BST",
      { date: "2026-03-29", time: "01:30", timeZone: "Europe/London" },
      { ok: true, kind: "skipped", sendAtUtc: "2026-03-29T01:30:00.000Z", gapMinutes: 60 },
    ],
    [
      "01:30 on London's fall-back day takes the first (BST) one",
      { date: "2026-10-25", time: "01:30", timeZone: "Europe/London" },
      {
        ok: true,
        kind: "ambiguous",
        sendAtUtc: "2026-10-25T00:30:00.000Z",
        alternativeUtc: "2026-10-25T01:30:00.000Z",
        chosen: "earlier",
      },
    ],
    [
      "02:30 in Kolkata on New York's spring-forward day is exact (no DST, +05:30)",
      { date: "2026-03-08", time: "02:30", timeZone: "Asia/Kolkata" },
      { ok: true, kind: "exact", sendAtUtc: "2026-03-07T21:00:00.000Z" },
    ],
    [
      "08:30 in Kolkata is 03:00Z all year",
      { date: "2026-10-25", time: "08:30", timeZone: "Asia/Kolkata" },
      { ok: true, kind: "exact", sendAtUtc: "2026-10-25T03:00:00.000Z" },
    ],
    [
      "02:15 on Lord Howe's spring-forward day (a 30-minute gap) moves to 02:45 +11:00",
      { date: "2026-10-04", time: "02:15", timeZone: "Australia/Lord_Howe" },
      { ok: true, kind: "skipped", sendAtUtc: "2026-10-03T15:45:00.000Z", gapMinutes: 30 },
    ],
    [
      "02:30 on Lord Howe's spring-forward day is exact (the gap is 02:00–02:30)",
      { date: "2026-10-04", time: "02:30", timeZone: "Australia/Lord_Howe" },
      { ok: true, kind: "exact", sendAtUtc: "2026-10-03T15:30:00.000Z" },
    ],
    [
      "01:45 on Lord Howe's fall-back day (a 30-minute overlap) takes the first (+11:00) one",
      { date: "2026-04-05", time: "01:45", timeZone: "Australia/Lord_Howe" },
      {
        ok: true,
        kind: "ambiguous",
        sendAtUtc: "2026-04-04T14:45:00.000Z",
        alternativeUtc: "2026-04-04T15:15:00.000Z",
        chosen: "earlier",
      },
    ],
    [
      "a Windows zone name is accepted (CLDR): India Standard Time",
      { date: "2026-03-10", time: "09:00", timeZone: "India Standard Time" },
      { ok: true, kind: "exact", sendAtUtc: "2026-03-10T03:30:00.000Z" },
    ],
  ])("%s", (_name, request, expected) => {
    expect(resolveSendTime({ now, ...request })).toStrictEqual(expected);
  });

  it.each([
    [
      "no zone chosen",
      { timeZone: undefined },
      { ok: false, problem: "missing_time_zone", detail: "no time zone chosen" },
    ],
    [
      "an empty zone",
      { timeZone: "  " },
      { ok: false, problem: "missing_time_zone", detail: "no time zone chosen" },
    ],
    [
      "an unknown zone",
      { timeZone: "Mars/Olympus" },
      { ok: false, problem: "unknown_time_zone", detail: "Mars/Olympus" },
    ],
    [
      "a date that does not exist",
      { date: "2026-02-30" },
      { ok: false, problem: "invalid_date", detail: "2026-02-30" },
    ],
    [
      "a time that is not HH:mm",
      { time: "8.30am" },
      { ok: false, problem: "invalid_time", detail: "8.30am" },
    ],
    [
      "a time already past",
      { date: "2026-03-10", time: "07:59" },
      { ok: false, problem: "in_the_past", detail: "2026-03-10T11:59:00.000Z" },
    ],
    [
      "a time exactly now (under the one-minute lead)",
      { date: "2026-03-10", time: "08:00" },
      { ok: false, problem: "in_the_past", detail: "2026-03-10T12:00:00.000Z" },
    ],
  ])("refuses %s", (_name, override, expected) => {
    const request = {
      date: "2026-03-10",
      time: "09:00",
      timeZone: "America/New_York" as string | undefined,
      now: "2026-03-10T12:00:00Z",
      ...override,
    };
    expect(resolveSendTime(request)).toStrictEqual(expected);
  });

  it("accepts a time one minute ahead", () => {
    expect(
      resolveSendTime({
        date: "2026-03-10",
        time: "08:01",
        timeZone: "America/New_York",
        now: "2026-03-10T12:00:00Z",
      }),
    ).toStrictEqual({ ok: true, kind: "exact", sendAtUtc: "2026-03-10T12:01:00.000Z" });
  });

  it("refuses the first of two ambiguous times when only the second is still ahead", () => {
    expect(
      resolveSendTime({
        date: "2026-11-01",
        time: "01:30",
        timeZone: "America/New_York",
        now: "2026-11-01T06:00:00Z",
      }),
    ).toStrictEqual({ ok: false, problem: "in_the_past", detail: "2026-11-01T05:30:00.000Z" });
  });
});
