// Working hours → UTC ranges: DST days keep their wall-clock hours; Windows zone names work as Graph sends them.
import graphResponse from "./__fixtures__/graph-get-schedule-response.json";
import { expandWorkingHours, type DayOfWeek, type WorkingHours } from "./working-hours";

const weekdays: DayOfWeek[] = ["monday", "tuesday", "wednesday", "thursday", "friday"];
const everyDay: DayOfWeek[] = [...weekdays, "saturday", "sunday"];
const hours = (overrides: Partial<WorkingHours>): WorkingHours => ({
  daysOfWeek: weekdays,
  startTime: "09:00:00",
  endTime: "17:00:00",
  timeZone: "America/New_York",
  ...overrides,
});
const r = (startUtc: string, endUtc: string) => ({ startUtc, endUtc });

describe("expandWorkingHours", () => {
  it.each([
    [
      "shifts New York hours by an hour across the 2026-03-08 spring-forward weekend",
      hours({}),
      r("2026-03-06T00:00:00Z", "2026-03-10T00:00:00Z"),
      [
        r("2026-03-06T14:00:00.000Z", "2026-03-06T22:00:00.000Z"),
        r("2026-03-09T13:00:00.000Z", "2026-03-09T21:00:00.000Z"),
      ],
    ],
    [
      "gives 3 real hours for 01:00–05:00 on New York's spring-forward Sunday",
      hours({ daysOfWeek: ["sunday"], startTime: "01:00", endTime: "05:00" }),
      r("2026-03-08T00:00:00Z", "2026-03-09T00:00:00Z"),
      [r("2026-03-08T06:00:00.000Z", "2026-03-08T09:00:00.000Z")],
    ],
    [
      "gives 5 real hours for 00:00–04:00 on London's 2026-10-25 fall-back Sunday",
      hours({
        daysOfWeek: ["sunday"],
        startTime: "00:00",
        endTime: "04:00",
        timeZone: "Europe/London",
      }),
      r("2026-10-24T12:00:00Z", "2026-10-26T00:00:00Z"),
      [r("2026-10-24T23:00:00.000Z", "2026-10-25T04:00:00.000Z")],
    ],
    [
      "opens Sunday 01:00–03:00 on Lord Howe's 30-minute spring-forward as 1.5 real hours",
      hours({
        daysOfWeek: ["sunday"],
        startTime: "01:00",
        endTime: "03:00",
        timeZone: "Lord Howe Standard Time",
      }),
      r("2026-10-03T00:00:00Z", "2026-10-05T00:00:00Z"),
      [r("2026-10-03T14:30:00.000Z", "2026-10-03T16:00:00.000Z")],
    ],
    [
      "reads the Windows name India Standard Time as Kolkata (UTC+5:30)",
      hours({ daysOfWeek: ["monday"], endTime: "17:30", timeZone: "India Standard Time" }),
      r("2026-03-09T00:00:00Z", "2026-03-10T00:00:00Z"),
      [r("2026-03-09T03:30:00.000Z", "2026-03-09T12:00:00.000Z")],
    ],
    [
      "runs a 22:00–06:00 night shift into the next morning",
      hours({
        daysOfWeek: ["monday"],
        startTime: "22:00",
        endTime: "06:00",
        timeZone: "Asia/Kathmandu",
      }),
      r("2026-03-09T00:00:00Z", "2026-03-11T00:00:00Z"),
      [r("2026-03-09T16:15:00.000Z", "2026-03-10T00:15:00.000Z")],
    ],
    [
      "ends at 23:59, not midnight, when Graph says 23:59",
      hours({ daysOfWeek: everyDay, startTime: "20:00", endTime: "23:59", timeZone: "UTC" }),
      r("2026-03-09T00:00:00Z", "2026-03-10T00:00:00Z"),
      [r("2026-03-09T20:00:00.000Z", "2026-03-09T23:59:00.000Z")],
    ],
    [
      "clips hours to a window that starts mid-morning",
      hours({ daysOfWeek: ["monday"] }),
      r("2026-03-09T15:00:00Z", "2026-03-09T23:00:00Z"),
      [r("2026-03-09T15:00:00.000Z", "2026-03-09T21:00:00.000Z")],
    ],
  ])("%s", (_scenario, workingHours, window, expected) => {
    expect(expandWorkingHours({ workingHours, window })).toStrictEqual({
      ok: true,
      value: expected,
    });
  });

  it("expands Graph's getSchedule workingHours (Pacific Standard Time, 08:00:00.0000000) on 2019-03-15", () => {
    const [adele] = graphResponse.value;
    const graphHours = adele?.workingHours;
    const workingHours: WorkingHours = {
      daysOfWeek: (graphHours?.daysOfWeek ?? []) as DayOfWeek[],
      startTime: graphHours?.startTime ?? "",
      endTime: graphHours?.endTime ?? "",
      timeZone: graphHours?.timeZone.name ?? "",
    };
    const window = r("2019-03-15T00:00:00Z", "2019-03-16T12:00:00Z");
    expect(expandWorkingHours({ workingHours, window })).toStrictEqual({
      ok: true,
      value: [r("2019-03-15T15:00:00.000Z", "2019-03-16T00:00:00.000Z")],
    });
  });

  it.each([
    ["an unknown zone", hours({ timeZone: "Mars Standard Time" }), "workingHours.timeZone"],
    ["an unknown day", hours({ daysOfWeek: ["funday" as DayOfWeek] }), "workingHours.daysOfWeek"],
    ["a start time of 9am", hours({ startTime: "9am" }), "workingHours.startTime"],
    ["equal start and end", hours({ endTime: "09:00" }), "workingHours.endTime"],
  ])("rejects %s naming the field", (_scenario, workingHours, field) => {
    const result = expandWorkingHours({
      workingHours,
      window: r("2026-03-09T00:00:00Z", "2026-03-10T00:00:00Z"),
    });
    expect(result.ok ? undefined : result.error.field).toStrictEqual(field);
  });
});
