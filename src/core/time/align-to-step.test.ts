// Step alignment counts from local midnight, so proposals land on :00/:30 local in every zone.
import { alignUpToStep } from "./align-to-step";
import type { IanaTimeZone } from "./zones";

const align = (iso: string, stepMinutes: number, timeZone: string): string =>
  new Date(
    alignUpToStep({ ms: Date.parse(iso), stepMinutes, timeZone: timeZone as IanaTimeZone }),
  ).toISOString();

describe("alignUpToStep", () => {
  it.each([
    [
      "rounds 10:10 EDT up to 10:30",
      "2026-03-09T14:10:00Z",
      30,
      "America/New_York",
      "2026-03-09T14:30:00.000Z",
    ],
    [
      "keeps an already aligned 10:00 EDT",
      "2026-03-09T14:00:00Z",
      30,
      "America/New_York",
      "2026-03-09T14:00:00.000Z",
    ],
    [
      "lands on :30 UTC in Kolkata (UTC+5:30)",
      "2026-03-09T03:40:00Z",
      30,
      "Asia/Kolkata",
      "2026-03-09T04:00:00.000Z",
    ],
    [
      "lands on :15 UTC in Kathmandu (UTC+5:45) for hourly steps",
      "2026-03-09T03:20:00Z",
      60,
      "Asia/Kathmandu",
      "2026-03-09T04:15:00.000Z",
    ],
    [
      "lands on :30 UTC in Adelaide (UTC+10:30) for hourly steps",
      "2026-03-09T00:00:00Z",
      60,
      "Australia/Adelaide",
      "2026-03-09T00:30:00.000Z",
    ],
    [
      "moves to the next local midnight past 23:59",
      "2026-03-09T23:59:00Z",
      30,
      "Etc/UTC",
      "2026-03-10T00:00:00.000Z",
    ],
    [
      "restarts a 7-minute step at local midnight",
      "2026-03-09T23:57:00Z",
      7,
      "Etc/UTC",
      "2026-03-10T00:00:00.000Z",
    ],
    [
      "realigns hourly steps across Lord Howe's 30-minute spring-forward",
      "2026-10-03T15:20:00Z",
      60,
      "Australia/Lord_Howe",
      "2026-10-03T16:00:00.000Z",
    ],
  ])("%s", (_scenario, iso, step, zone, expected) => {
    expect(align(iso, step, zone)).toStrictEqual(expected);
  });
});
