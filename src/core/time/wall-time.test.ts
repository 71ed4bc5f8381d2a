// Wall time → instant on DST days, in half-hour and 45-minute zones, with the skipped/ambiguous policy.
import { parseCalendarDate, parseTimeOfDay, wallTimeToInstant } from "./wall-time";

describe("wallTimeToInstant", () => {
  it.each([
    [
      "09:00 in New York in January is EST",
      "2026-01-12",
      "09:00",
      "America/New_York",
      { ok: true, kind: "exact", instantUtc: "2026-01-12T14:00:00.000Z" },
    ],
    [
      "02:30 on New York's spring-forward day moves to 03:30 EDT",
      "2026-03-08",
      "02:30",
      "America/New_York",
      { ok: true, kind: "skipped", instantUtc: "2026-03-08T07:30:00.000Z", gapMinutes: 60 },
    ],
    [
      "03:00 on New York's spring-forward day is exact EDT",
      "2026-03-08",
      "03:00",
      "America/New_York",
      { ok: true, kind: "exact", instantUtc: "2026-03-08T07:00:00.000Z" },
    ],
    [
      "01:30 on New York's fall-back day takes the earlier EDT",
      "2026-11-01",
      "01:30",
      "America/New_York",
      {
        ok: true,
        kind: "ambiguous",
        instantUtc: "2026-11-01T05:30:00.000Z",
        alternativeUtc: "2026-11-01T06:30:00.000Z",
      },
    ],
    [
      "01:30 on London's spring-forward day moves to 02:30 BST",
      "2026-03-29",
      "01:30",
      "Europe/London",
      { ok: true, kind: "skipped", instantUtc: "2026-03-29T01:30:00.000Z", gapMinutes: 60 },
    ],
    [
      "01:30 on London's fall-back day takes the earlier BST",
      "2026-10-25",
      "01:30",
      "Europe/London",
      {
        ok: true,
        kind: "ambiguous",
        instantUtc: "2026-10-25T00:30:00.000Z",
        alternativeUtc: "2026-10-25T01:30:00.000Z",
      },
    ],
    [
      "02:15 on Lord Howe's 30-minute spring-forward moves to 02:45",
      "2026-10-04",
      "02:15",
      "Australia/Lord_Howe",
      { ok: true, kind: "skipped", instantUtc: "2026-10-03T15:45:00.000Z", gapMinutes: 30 },
    ],
    [
      "01:45 on Lord Howe's 30-minute fall-back takes the earlier +11",
      "2026-04-05",
      "01:45",
      "Australia/Lord_Howe",
      {
        ok: true,
        kind: "ambiguous",
        instantUtc: "2026-04-04T14:45:00.000Z",
        alternativeUtc: "2026-04-04T15:15:00.000Z",
      },
    ],
    [
      "02:30 on Adelaide's spring-forward moves to 03:30 ACDT",
      "2026-10-04",
      "02:30",
      "Australia/Adelaide",
      { ok: true, kind: "skipped", instantUtc: "2026-10-03T17:00:00.000Z", gapMinutes: 60 },
    ],
    [
      "09:00 in Kolkata (UTC+5:30)",
      "2026-03-09",
      "09:00",
      "Asia/Kolkata",
      { ok: true, kind: "exact", instantUtc: "2026-03-09T03:30:00.000Z" },
    ],
    [
      "09:00 in Kathmandu (UTC+5:45)",
      "2026-03-09",
      "09:00",
      "Asia/Kathmandu",
      { ok: true, kind: "exact", instantUtc: "2026-03-09T03:15:00.000Z" },
    ],
    [
      "23:59 in a Windows-named zone",
      "2026-03-09",
      "23:59",
      "India Standard Time",
      { ok: true, kind: "exact", instantUtc: "2026-03-09T18:29:00.000Z" },
    ],
  ])("resolves %s", (_scenario, date, time, timeZone, expected) => {
    expect(wallTimeToInstant({ date, time, timeZone })).toStrictEqual(expected);
  });

  it("takes the later offset on a fall-back day when asked", () => {
    const options = {
      date: "2026-11-01",
      time: "01:30",
      timeZone: "America/New_York",
      ambiguity: "later",
    } as const;
    expect(wallTimeToInstant(options)).toStrictEqual({
      ok: true,
      kind: "ambiguous",
      instantUtc: "2026-11-01T06:30:00.000Z",
      alternativeUtc: "2026-11-01T05:30:00.000Z",
    });
  });

  it.each([
    ["an unknown zone", { date: "2026-03-09", time: "09:00", timeZone: "Nowhere" }, "timeZone"],
    ["30 February", { date: "2026-02-30", time: "09:00", timeZone: "UTC" }, "date"],
    ["24:00", { date: "2026-03-09", time: "24:00", timeZone: "UTC" }, "time"],
  ])("rejects %s naming the field", (_scenario, options, field) => {
    const result = wallTimeToInstant(options);
    expect(result.ok ? undefined : result.error.field).toStrictEqual(field);
  });
});

describe("parseTimeOfDay and parseCalendarDate", () => {
  it.each([
    ["08:00", 480],
    ["17:30:00.0000000", 1050],
    ["23:59", 1439],
    ["7:00", undefined],
  ])("reads %s as %s minutes", (text, expected) => {
    expect(parseTimeOfDay(text)).toStrictEqual(expected);
  });

  it("reads a leap day and refuses a non-existent one", () => {
    expect([parseCalendarDate("2028-02-29"), parseCalendarDate("2026-02-29")]).toStrictEqual([
      { year: 2028, month: 2, day: 29 },
      undefined,
    ]);
  });
});
