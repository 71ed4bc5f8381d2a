// Interval algebra on half-open [start, end) ranges: touching edges, containment, empty ranges.
import {
  clampRange,
  intersectRanges,
  mergeRanges,
  parseTimeRange,
  subtractRanges,
  type TimeRange,
} from "./time-range";

/** "09:00–10:00" on 2026-03-09 (UTC) as a TimeRange; keeps the tables readable. */
const at = (hhmm: string): string => `2026-03-09T${hhmm}:00.000Z`;
const range = (text: string): TimeRange => {
  const [start = "", end = ""] = text.split("–");
  return { startUtc: at(start), endUtc: at(end) };
};
const ranges = (...texts: string[]): TimeRange[] => texts.map(range);

describe("mergeRanges", () => {
  it.each([
    ["joins ranges that touch at 10:00", ["09:00–10:00", "10:00–11:00"], ["09:00–11:00"]],
    [
      "joins overlapping ranges given out of order",
      ["10:30–12:00", "09:00–11:00"],
      ["09:00–12:00"],
    ],
    ["swallows a range contained in another", ["09:00–12:00", "10:00–10:30"], ["09:00–12:00"]],
    [
      "keeps a one-minute gap apart",
      ["09:00–10:00", "10:01–11:00"],
      ["09:00–10:00", "10:01–11:00"],
    ],
    ["drops empty and inverted ranges", ["09:00–09:00", "11:00–10:00"], []],
    ["keeps the last minute of the day 23:59", ["22:00–23:00", "23:00–23:59"], ["22:00–23:59"]],
  ])("%s", (_scenario, input, expected) => {
    expect(mergeRanges(ranges(...input))).toStrictEqual(ranges(...expected));
  });

  it("accepts offsets and answers in UTC Z form", () => {
    const input = [{ startUtc: "2026-03-09T09:00:00+05:30", endUtc: "2026-03-09T10:00:00+05:30" }];
    expect(mergeRanges(input)).toStrictEqual([range("03:30–04:30")]);
  });
});

describe("subtractRanges", () => {
  it.each([
    [
      "cuts a hole out of the middle",
      ["09:00–10:00"],
      ["09:30–09:45"],
      ["09:00–09:30", "09:45–10:00"],
    ],
    [
      "takes nothing away when ranges only touch",
      ["09:00–10:00"],
      ["10:00–11:00", "08:00–09:00"],
      ["09:00–10:00"],
    ],
    ["removes everything when covered", ["09:00–10:00"], ["08:00–12:00"], []],
    ["trims both ends", ["09:00–17:00"], ["08:00–09:30", "16:30–18:00"], ["09:30–16:30"]],
    [
      "handles one hole spanning two ranges",
      ["09:00–10:00", "11:00–12:00"],
      ["09:30–11:30"],
      ["09:00–09:30", "11:30–12:00"],
    ],
    [
      "handles overlapping holes",
      ["09:00–12:00"],
      ["10:00–11:00", "10:30–11:15"],
      ["09:00–10:00", "11:15–12:00"],
    ],
    [
      "leaves 23:59–24:00 when busy ends at 23:59",
      ["23:00–23:59"],
      ["23:00–23:30"],
      ["23:30–23:59"],
    ],
  ])("%s", (_scenario, from, minus, expected) => {
    expect(subtractRanges(ranges(...from), ranges(...minus))).toStrictEqual(ranges(...expected));
  });
});

describe("intersectRanges", () => {
  it.each([
    ["keeps the overlap", ["09:00–12:00"], ["11:00–13:00"], ["11:00–12:00"]],
    ["gives nothing for ranges touching at 10:00", ["09:00–10:00"], ["10:00–11:00"], []],
    ["keeps a contained range", ["09:00–17:00"], ["10:00–10:30"], ["10:00–10:30"]],
    [
      "intersects lists piecewise",
      ["09:00–10:00", "11:00–12:00"],
      ["09:30–11:30"],
      ["09:30–10:00", "11:00–11:30"],
    ],
  ])("%s", (_scenario, a, b, expected) => {
    expect(intersectRanges(ranges(...a), ranges(...b))).toStrictEqual(ranges(...expected));
  });
});

describe("clampRange", () => {
  it.each([
    [
      "cuts 08:00–10:00 to working hours 09:00–17:00",
      "08:00–10:00",
      "09:00–17:00",
      range("09:00–10:00"),
    ],
    ["gives undefined for 17:00–18:00 touching the end", "17:00–18:00", "09:00–17:00", undefined],
    ["keeps a range already inside", "10:00–11:00", "09:00–17:00", range("10:00–11:00")],
  ])("%s", (_scenario, input, within, expected) => {
    expect(clampRange(range(input), range(within))).toStrictEqual(expected);
  });
});

describe("parseTimeRange", () => {
  it.each([
    [
      "accepts a Z range",
      range("09:00–10:00"),
      { ok: true, value: { startMs: Date.parse(at("09:00")), endMs: Date.parse(at("10:00")) } },
    ],
    [
      "rejects an inverted window on endUtc",
      range("10:00–09:00"),
      {
        ok: false,
        error: { code: "invalid_input", field: "window.endUtc", message: "must be after startUtc" },
      },
    ],
    [
      "rejects a time without a zone, which would be read in the host's zone",
      { startUtc: "2026-03-09T09:00:00", endUtc: at("10:00") },
      {
        ok: false,
        error: {
          code: "invalid_input",
          field: "window.startUtc",
          message: "must be an ISO-8601 instant with Z or an offset",
        },
      },
    ],
  ])("%s", (_scenario, input, expected) => {
    expect(parseTimeRange(input, "window")).toStrictEqual(expected);
  });
});
