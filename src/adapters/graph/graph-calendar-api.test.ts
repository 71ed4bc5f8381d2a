// GraphCalendarApi against the fake Graph over real HTTP.
import { isAppError } from "../../core/errors/app-error";
import { startTestBed } from "./fake-graph-test-bed";
import { GraphCalendarApi } from "./graph-calendar-api";
import type { TestBed } from "./fake-graph-test-bed";

let bed: TestBed;
let calendar: GraphCalendarApi;

beforeEach(async () => {
  bed = await startTestBed();
  calendar = new GraphCalendarApi({ gateway: bed.gateway });
});
afterEach(() => bed.close());

const window = { startUtc: "2025-03-13T00:00:00.000Z", endUtc: "2025-03-15T00:00:00.000Z" };

describe("GraphCalendarApi", () => {
  it("gets the signed-in user", async () => {
    expect(await calendar.getMe()).toStrictEqual({
      id: "5f0c7a2e-3b1d-4e8a-9c6f-2d7b8e1a4c30",
      displayName: "Alex Wilber",
      mail: "alex.wilber@contoso.com",
      userPrincipalName: expect.any(String) as string,
    });
  });

  it("gets the mailbox time zone and working hours", async () => {
    const settings = await calendar.getMailboxSettings();
    expect(settings.timeZone).toStrictEqual(expect.any(String));
    expect(settings.workingHours?.daysOfWeek.length).toBeGreaterThan(0);
  });

  it("gets free/busy in UTC for the user and an error entry for an unknown address", async () => {
    const schedules = await calendar.getSchedule({
      addresses: ["alex.wilber@contoso.com", "nobody@nowhere.example"],
      window,
    });
    expect(schedules.map((s) => [s.address, s.errorMessage === undefined])).toStrictEqual([
      ["alex.wilber@contoso.com", true],
      ["nobody@nowhere.example", false],
    ]);
    const busy = schedules[0]?.busy ?? [];
    expect(busy.length).toBeGreaterThan(0);
    expect(
      busy.every(
        (b) =>
          b.startUtc.endsWith("Z") && b.startUtc >= window.startUtc && b.endUtc <= window.endUtc,
      ),
    ).toBe(true);
  });

  it("refuses more than 20 addresses before calling Graph", async () => {
    const addresses = Array.from({ length: 21 }, (_, i) => `p${i}@contoso.com`);
    const error: unknown = await calendar
      .getSchedule({ addresses, window })
      .catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("invalid_input");
    expect(bed.graph.requests()).toStrictEqual([]);
  });
});
