import { buildWeekGrid, middayUtc, spreadSlots } from "./week-grid";

const slot = (startUtc: string, minutes = 30) => ({
  startUtc,
  endUtc: new Date(Date.parse(startUtc) + minutes * 60_000).toISOString(),
});

describe("buildWeekGrid", () => {
  it("lays slots out by local day and start time, marking chosen and deselected ones", () => {
    const mon9 = slot("2026-11-23T17:00:00.000Z");
    const mon10 = slot("2026-11-23T18:00:00.000Z");
    const tue9 = slot("2026-11-24T17:00:00.000Z");
    expect(
      buildWeekGrid({
        slots: [mon9, mon10, tue9],
        chosenStartsUtc: new Set([mon9.startUtc, tue9.startUtc]),
        timeZone: "Pacific Standard Time",
      }),
    ).toStrictEqual({
      ok: true,
      value: {
        rows: ["09:00", "10:00"],
        days: [
          {
            date: "2026-11-23",
            cells: [
              { state: "chosen", slot: mon9 },
              { state: "free", slot: mon10 },
            ],
          },
          { date: "2026-11-24", cells: [{ state: "chosen", slot: tue9 }, { state: "none" }] },
        ],
      },
    });
  });

  it("uses half-hour rows for Kolkata and puts a 23:30 slot on its own local day", () => {
    const late = slot("2026-11-23T18:00:00.000Z");
    expect(
      buildWeekGrid({ slots: [late], chosenStartsUtc: new Set(), timeZone: "Asia/Kolkata" }),
    ).toStrictEqual({
      ok: true,
      value: {
        rows: ["23:30"],
        days: [{ date: "2026-11-23", cells: [{ state: "free", slot: late }] }],
      },
    });
  });

  it("keeps the local hour across the autumn DST change", () => {
    const before = slot("2026-10-30T16:00:00.000Z");
    const after = slot("2026-11-02T17:00:00.000Z");
    const grid = buildWeekGrid({
      slots: [before, after],
      chosenStartsUtc: new Set([before.startUtc, after.startUtc]),
      timeZone: "America/Los_Angeles",
    });
    expect(grid.ok && grid.value.rows).toStrictEqual(["09:00"]);
  });

  it("refuses an unknown zone", () => {
    expect(
      buildWeekGrid({ slots: [], chosenStartsUtc: new Set(), timeZone: "Mars/Olympus" }).ok,
    ).toBe(false);
  });
});

describe("spreadSlots", () => {
  it("keeps an even handful per local day", () => {
    const day = Array.from({ length: 16 }, (_, i) =>
      slot(new Date(Date.UTC(2026, 10, 23, 17) + i * 1_800_000).toISOString()),
    );
    expect(spreadSlots({ slots: day, perDay: 3, timeZone: "America/Los_Angeles" })).toStrictEqual([
      slot("2026-11-23T17:00:00.000Z"),
      slot("2026-11-23T19:30:00.000Z"),
      slot("2026-11-23T22:00:00.000Z"),
    ]);
  });
});

describe("middayUtc", () => {
  it("gives local noon, e.g. to label a column", () => {
    expect(middayUtc("2026-11-26", "America/New_York")).toBe("2026-11-26T17:00:00.000Z");
    expect(middayUtc("2026-11-26", "Nowhere/Else")).toBeUndefined();
  });
});
