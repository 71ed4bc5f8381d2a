// Calendar over HTTP: getSchedule limits and availabilityView, Prefer outlook.timezone, calendarView's required window, events with Teams.
import { errorOf, startTestGraph, valuesOf } from "./test-support";
import type { FakeGraph } from "./fake-graph-server";
import type { Caller } from "./test-support";

let graph: FakeGraph;
let call: Caller;
const pacific = { Prefer: 'outlook.timezone="Pacific Standard Time"' };

beforeEach(async () => {
  ({ graph, call } = await startTestGraph({ seed: "empty" }));
});
afterEach(async () => graph.close());

async function addEvent(
  subject: string,
  start: string,
  end: string,
  showAs: string,
): Promise<void> {
  const result = await call("POST", "/me/events", {
    body: {
      subject,
      showAs,
      start: { dateTime: start, timeZone: "Pacific Standard Time" },
      end: { dateTime: end, timeZone: "Pacific Standard Time" },
    },
  });
  expect(result.status).toBe(201);
}

const scheduleBody = (overrides: Record<string, unknown> = {}) => ({
  schedules: ["alex.wilber@contoso.com"],
  startTime: { dateTime: "2025-03-13T09:00:00", timeZone: "Pacific Standard Time" },
  endTime: { dateTime: "2025-03-13T18:00:00", timeZone: "Pacific Standard Time" },
  availabilityViewInterval: 60,
  ...overrides,
});

describe("getSchedule", () => {
  it("encodes each slot's strongest status: 0 free, 1 tentative, 2 busy, 3 oof, 4 working elsewhere; items in UTC by default", async () => {
    await addEvent("Standup", "2025-03-13T09:00:00", "2025-03-13T09:30:00", "busy");
    await addEvent("Maybe", "2025-03-13T11:00:00", "2025-03-13T12:00:00", "tentative");
    await addEvent("Away", "2025-03-13T13:00:00", "2025-03-13T14:00:00", "oof");
    await addEvent("Seattle", "2025-03-13T15:00:00", "2025-03-13T16:00:00", "workingElsewhere");
    await addEvent("Lunch", "2025-03-13T12:00:00", "2025-03-13T13:00:00", "free");
    const result = await call("POST", "/me/calendar/getSchedule", { body: scheduleBody() });
    const [schedule] = valuesOf(result);
    expect(schedule?.availabilityView).toBe("201030400");
    expect((schedule?.scheduleItems as Array<Record<string, unknown>>)[0]).toStrictEqual({
      isPrivate: false,
      status: "busy",
      subject: "Standup",
      location: "",
      start: { dateTime: "2025-03-13T16:00:00.0000000", timeZone: "UTC" },
      end: { dateTime: "2025-03-13T16:30:00.0000000", timeZone: "UTC" },
    });
    expect(schedule?.workingHours).toStrictEqual({
      daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
      startTime: "08:00:00.0000000",
      endTime: "17:00:00.0000000",
      timeZone: { name: "Pacific Standard Time" },
    });
  });

  it("returns item times in the zone named by Prefer outlook.timezone (Windows or IANA name)", async () => {
    await addEvent("Standup", "2025-03-13T09:00:00", "2025-03-13T09:30:00", "busy");
    const windows = valuesOf(
      await call("POST", "/me/calendar/getSchedule", { body: scheduleBody(), headers: pacific }),
    );
    const iana = valuesOf(
      await call("POST", "/me/calendar/getSchedule", {
        body: scheduleBody(),
        headers: { Prefer: 'outlook.timezone="Asia/Kolkata"' },
      }),
    );
    const startOf = (values: Array<Record<string, unknown>>) =>
      (values[0]?.scheduleItems as Array<{ start: unknown }>)[0]?.start;
    expect([startOf(windows), startOf(iana)]).toStrictEqual([
      { dateTime: "2025-03-13T09:00:00.0000000", timeZone: "Pacific Standard Time" },
      { dateTime: "2025-03-13T21:30:00.0000000", timeZone: "Asia/Kolkata" },
    ]);
  });

  it("answers an unknown address with an error item, not a failure", async () => {
    const [, unknown] = valuesOf(
      await call("POST", "/me/calendar/getSchedule", {
        body: scheduleBody({ schedules: ["alex.wilber@contoso.com", "nobody@litware.com"] }),
      }),
    );
    expect(unknown).toStrictEqual({
      scheduleId: "nobody@litware.com",
      availabilityView: "",
      scheduleItems: [],
      error: {
        message: "The user or resource could not be found.",
        responseCode: "ErrorMailRecipientNotFound",
      },
    });
  });

  it.each([
    ["21 schedules", { schedules: Array.from({ length: 21 }, (_, i) => `u${i}@contoso.com`) }],
    [
      "a 62-day window",
      { endTime: { dateTime: "2025-05-14T09:00:00", timeZone: "Pacific Standard Time" } },
    ],
    ["an interval of 4 minutes", { availabilityViewInterval: 4 }],
    ["an interval of 1441 minutes", { availabilityViewInterval: 1441 }],
  ])("rejects %s with 400", async (_label, overrides) => {
    expect(
      errorOf(await call("POST", "/me/calendar/getSchedule", { body: scheduleBody(overrides) }))
        .status,
    ).toBe(400);
  });

  it("accepts a 61-day window and defaults the interval to 30 minutes", async () => {
    const body = scheduleBody({
      endTime: { dateTime: "2025-03-13T10:00:00", timeZone: "Pacific Standard Time" },
      availabilityViewInterval: undefined,
    });
    const [schedule] = valuesOf(await call("POST", "/me/calendar/getSchedule", { body }));
    const longWindow = await call("POST", "/me/calendar/getSchedule", {
      body: scheduleBody({
        endTime: { dateTime: "2025-05-13T08:00:00", timeZone: "Pacific Standard Time" },
      }),
    });
    expect([schedule?.availabilityView, longWindow.status]).toStrictEqual(["00", 200]);
  });
});

describe("calendarView and events", () => {
  it("requires startDateTime and endDateTime", async () => {
    expect(
      errorOf(await call("GET", "/me/calendar/calendarView?startDateTime=2025-03-13T00:00:00Z")),
    ).toStrictEqual({ status: 400, code: "ErrorInvalidParameter" });
  });

  it("lists events overlapping the window with start/end in the preferred zone", async () => {
    await addEvent("Inside", "2025-03-13T09:00:00", "2025-03-13T10:00:00", "busy");
    await addEvent("Outside", "2025-03-14T09:00:00", "2025-03-14T10:00:00", "busy");
    const result = await call(
      "GET",
      "/me/calendarView?startDateTime=2025-03-13T00:00:00-07:00&endDateTime=2025-03-14T00:00:00-07:00&$select=subject,start,end",
      { headers: pacific },
    );
    expect(
      valuesOf(result).map(({ subject, start, end }) => ({ subject, start, end })),
    ).toStrictEqual([
      {
        subject: "Inside",
        start: { dateTime: "2025-03-13T09:00:00.0000000", timeZone: "Pacific Standard Time" },
        end: { dateTime: "2025-03-13T10:00:00.0000000", timeZone: "Pacific Standard Time" },
      },
    ]);
    expect(result.headers.get("preference-applied")).toBe(
      'outlook.timezone="Pacific Standard Time"',
    );
  });

  it("creates a Teams meeting with a joinUrl when the calendar allows teamsForBusiness, and records the invitation", async () => {
    const calendar = await call("GET", "/me/calendar");
    const created = await call("POST", "/me/events", {
      body: {
        subject: "Intro call",
        start: { dateTime: "2025-03-14T10:00:00", timeZone: "Pacific Standard Time" },
        end: { dateTime: "2025-03-14T10:30:00", timeZone: "Pacific Standard Time" },
        attendees: [
          {
            type: "required",
            emailAddress: { address: "kenji.watanabe@fabrikam.com", name: "Kenji Watanabe" },
          },
        ],
        isOnlineMeeting: true,
        onlineMeetingProvider: "teamsForBusiness",
      },
    });
    const event = created.body as {
      isOnlineMeeting: boolean;
      onlineMeetingProvider: string;
      onlineMeeting: { joinUrl: string };
    };
    expect(
      (calendar.body as { allowedOnlineMeetingProviders: string[] }).allowedOnlineMeetingProviders,
    ).toStrictEqual(["teamsForBusiness"]);
    expect([
      event.isOnlineMeeting,
      event.onlineMeetingProvider,
      event.onlineMeeting.joinUrl.startsWith("https://teams.microsoft.com/l/meetup-join/"),
    ]).toStrictEqual([true, "teamsForBusiness", true]);
    expect(graph.deliveries().map((delivery) => [delivery.via, delivery.to])).toStrictEqual([
      ["event-invitation", ["kenji.watanabe@fabrikam.com"]],
    ]);
  });

  it("falls back silently to no online meeting when the D12 switch is on", async () => {
    graph.faults.setSwitches({ isOnlineMeetingSilentlyDropped: true });
    const created = await call("POST", "/me/events", {
      body: {
        subject: "x",
        start: { dateTime: "2025-03-14T10:00:00", timeZone: "UTC" },
        end: { dateTime: "2025-03-14T11:00:00", timeZone: "UTC" },
        isOnlineMeeting: true,
      },
    });
    const event = created.body as Record<string, unknown>;
    expect([
      created.status,
      event.isOnlineMeeting,
      event.onlineMeetingProvider,
      event.onlineMeeting,
    ]).toStrictEqual([201, false, "unknown", null]);
  });

  it("reads and patches mailboxSettings, rejecting unknown properties", async () => {
    const patched = await call("PATCH", "/me/mailboxSettings", {
      body: { automaticRepliesSetting: { status: "alwaysEnabled" } },
    });
    const bad = await call("PATCH", "/me/mailboxSettings", { body: { favouriteColour: "blue" } });
    const read = await call("GET", "/me/mailboxSettings?$select=timeZone,automaticRepliesSetting");
    expect([patched.status, errorOf(bad).status]).toStrictEqual([200, 400]);
    expect(read.body).toMatchObject({
      timeZone: "Pacific Standard Time",
      automaticRepliesSetting: { status: "alwaysEnabled", externalAudience: "all" },
    });
  });
});
