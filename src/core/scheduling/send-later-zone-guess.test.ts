// Zone guesses from Date header offsets (RFC 5322): shared offsets, DST, obsolete zone names, and no offset at all.
import { guessZoneFromDateHeader, parseDateHeaderOffset } from "./send-later-zone-guess";

describe("parseDateHeaderOffset", () => {
  it.each([
    [
      "a numeric offset",
      "Tue, 10 Mar 2026 09:15:00 +0530",
      { ok: true, instantMs: Date.parse("2026-03-10T03:45:00Z"), offsetMinutes: 330 },
    ],
    [
      "a negative offset without day name or seconds",
      "10 Mar 2026 09:15 -0400",
      { ok: true, instantMs: Date.parse("2026-03-10T13:15:00Z"), offsetMinutes: -240 },
    ],
    [
      "an obsolete US zone name and a two-digit year",
      "Tue, 10 Mar 26 09:15:00 EST",
      { ok: true, instantMs: Date.parse("2026-03-10T14:15:00Z"), offsetMinutes: -300 },
    ],
    [
      "GMT",
      "Tue, 13 Jan 2026 09:15:00 GMT",
      { ok: true, instantMs: Date.parse("2026-01-13T09:15:00Z"), offsetMinutes: 0 },
    ],
    [
      "-0000, which means the offset is unknown",
      "Tue, 13 Jan 2026 09:15:00 -0000",
      { ok: false, reason: "no_offset" },
    ],
    ["a military zone letter", "Tue, 13 Jan 2026 09:15:00 J", { ok: false, reason: "no_offset" }],
    ["no zone at all", "Tue, 13 Jan 2026 09:15:00", { ok: false, reason: "no_offset" }],
    ["garbage", "yesterday at noon", { ok: false, reason: "unparseable" }],
    ["an unknown month", "13 Foo 2026 09:15:00 +0100", { ok: false, reason: "unparseable" }],
  ])("reads %s", (_name, header, expected) => {
    expect(parseDateHeaderOffset(header)).toStrictEqual(expected);
  });
});

describe("guessZoneFromDateHeader", () => {
  it("guesses Kolkata for +0530, with Colombo as the alternative", () => {
    expect(
      guessZoneFromDateHeader({ dateHeader: "Tue, 10 Mar 2026 09:15:00 +0530" }),
    ).toStrictEqual({
      kind: "guessed",
      offsetMinutes: 330,
      guess: "Asia/Kolkata",
      alternatives: ["Asia/Colombo"],
    });
  });

  it("guesses Los Angeles for -0800 in January", () => {
    expect(
      guessZoneFromDateHeader({ dateHeader: "Tue, 13 Jan 2026 09:15:00 -0800" }),
    ).toStrictEqual({
      kind: "guessed",
      offsetMinutes: -480,
      guess: "America/Los_Angeles",
      alternatives: ["America/Tijuana"],
    });
  });

  it("reads -0500 in March, after the US change, as Central daylight time rather than Eastern", () => {
    const guess = guessZoneFromDateHeader({ dateHeader: "Tue, 10 Mar 2026 09:15:00 -0500" });
    expect(guess.kind === "guessed" && guess.guess).toBe("America/Chicago");
  });

  it("puts a zone the rep chose for this prospect before first", () => {
    const guess = guessZoneFromDateHeader({
      dateHeader: "Tue, 13 Jan 2026 09:15:00 +0000",
      preferredZones: ["Atlantic/Reykjavik"],
    });
    expect(guess).toStrictEqual({
      kind: "guessed",
      offsetMinutes: 0,
      guess: "Atlantic/Reykjavik",
      alternatives: ["Europe/London", "Africa/Sao_Tome"],
    });
  });

  it("ignores a preferred zone whose offset does not match", () => {
    const guess = guessZoneFromDateHeader({
      dateHeader: "Tue, 13 Jan 2026 09:15:00 -0800",
      preferredZones: ["Asia/Kolkata", "Not/AZone"],
    });
    expect(guess.kind === "guessed" && guess.guess).toBe("America/Los_Angeles");
  });

  it("finds only Lord Howe for +1030 in July, and Sydney first for +1100 in January", () => {
    expect(
      guessZoneFromDateHeader({ dateHeader: "Wed, 15 Jul 2026 09:00:00 +1030" }),
    ).toStrictEqual({
      kind: "guessed",
      offsetMinutes: 630,
      guess: "Australia/Lord_Howe",
      alternatives: [],
    });
    const january = guessZoneFromDateHeader({ dateHeader: "Tue, 13 Jan 2026 09:15:00 +1100" });
    expect(
      january.kind === "guessed" && [
        january.guess,
        january.alternatives.some((zone) => zone === "Australia/Lord_Howe"),
      ],
    ).toStrictEqual(["Australia/Sydney", true]);
  });

  it.each([
    ["-0000", "Tue, 13 Jan 2026 09:15:00 -0000", "no_offset"],
    ["an offset no zone has", "Tue, 13 Jan 2026 09:15:00 +0117", "no_matching_zone"],
    ["garbage", "not a date", "unparseable"],
  ])("gives no guess for %s", (_name, dateHeader, reason) => {
    expect(guessZoneFromDateHeader({ dateHeader })).toStrictEqual({ kind: "unknown", reason });
  });
});
