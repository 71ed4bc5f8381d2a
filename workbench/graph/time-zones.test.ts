// Unit tests of zone mapping and conversion, including DST gaps and a half-hour zone.
import {
  formatGraphDateTime,
  parseGraphDateTime,
  toIanaTimeZone,
  toWindowsTimeZone,
} from "./time-zones";

describe("time zones", () => {
  it("maps Windows names to IANA through CLDR and back", () => {
    expect([
      toIanaTimeZone("Pacific Standard Time"),
      toIanaTimeZone("W. Europe Standard Time"),
      toIanaTimeZone("America/New_York"),
      toIanaTimeZone("UTC"),
      toIanaTimeZone("Mars Standard Time"),
    ]).toStrictEqual([
      "America/Los_Angeles",
      "Europe/Berlin",
      "America/New_York",
      "UTC",
      undefined,
    ]);
    expect(toWindowsTimeZone("America/Los_Angeles")).toBe("Pacific Standard Time");
  });

  it.each([
    ["2025-03-13T09:00:00", "Pacific Standard Time", "2025-03-13T16:00:00.000Z"],
    ["2025-01-13T09:00:00", "Pacific Standard Time", "2025-01-13T17:00:00.000Z"],
    ["2025-03-09T02:30:00", "Pacific Standard Time", "2025-03-09T10:30:00.000Z"],
    ["2025-11-02T01:30:00", "America/Los_Angeles", "2025-11-02T08:30:00.000Z"],
    ["2025-03-13T09:00:00.0000000", "India Standard Time", "2025-03-13T03:30:00.000Z"],
    ["2025-03-13T23:59:00", "UTC", "2025-03-13T23:59:00.000Z"],
  ])("reads %s in %s as %s", (dateTime, zone, expected) => {
    expect(parseGraphDateTime(dateTime, zone).toISOString()).toBe(expected);
  });

  it("formats an instant as Graph's seven-digit wall time", () => {
    expect([
      formatGraphDateTime(new Date("2025-03-13T16:00:00Z"), "America/Los_Angeles"),
      formatGraphDateTime(new Date("2025-03-13T16:00:00Z"), "Asia/Kolkata"),
    ]).toStrictEqual(["2025-03-13T09:00:00.0000000", "2025-03-13T21:30:00.0000000"]);
  });

  it("rejects an unknown zone with 400", () => {
    expect(() => parseGraphDateTime("2025-03-13T09:00:00", "Nowhere Time")).toThrow(
      expect.objectContaining({ status: 400 }) as unknown as Error,
    );
  });
});
