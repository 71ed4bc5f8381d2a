// Presets on the prospect's calendar, across weekends and DST changes in four zones.
import { listSendLaterPresets } from "./send-later-presets";
import type { IanaTimeZone } from "../time/zones";

const zone = (name: string) => name as IanaTimeZone;

describe("listSendLaterPresets", () => {
  it("gives Saturday, then Monday across New York's spring-forward weekend, from a Friday afternoon", () => {
    expect(
      listSendLaterPresets({ now: "2026-03-06T20:00:00Z", timeZone: zone("America/New_York") }),
    ).toStrictEqual([
      {
        preset: "tomorrow_morning",
        localDate: "2026-03-07",
        localTime: "08:00",
        sendAtUtc: "2026-03-07T13:00:00.000Z",
      },
      {
        preset: "next_business_morning",
        localDate: "2026-03-09",
        localTime: "08:00",
        sendAtUtc: "2026-03-09T12:00:00.000Z",
      },
      {
        preset: "monday_morning",
        localDate: "2026-03-09",
        localTime: "09:00",
        sendAtUtc: "2026-03-09T13:00:00.000Z",
      },
    ]);
  });

  it("counts days on Kolkata's calendar, already Saturday when it is Friday evening in New York", () => {
    expect(
      listSendLaterPresets({ now: "2026-03-06T20:00:00Z", timeZone: zone("Asia/Kolkata") }),
    ).toStrictEqual([
      {
        preset: "tomorrow_morning",
        localDate: "2026-03-08",
        localTime: "08:00",
        sendAtUtc: "2026-03-08T02:30:00.000Z",
      },
      {
        preset: "next_business_morning",
        localDate: "2026-03-09",
        localTime: "08:00",
        sendAtUtc: "2026-03-09T02:30:00.000Z",
      },
      {
        preset: "monday_morning",
        localDate: "2026-03-09",
        localTime: "09:00",
        sendAtUtc: "2026-03-09T03:30:00.000Z",
      },
    ]);
  });

  it("uses London's clocks after they go forward", () => {
    expect(
      listSendLaterPresets({ now: "2026-03-27T18:00:00Z", timeZone: zone("Europe/London") }),
    ).toStrictEqual([
      {
        preset: "tomorrow_morning",
        localDate: "2026-03-28",
        localTime: "08:00",
        sendAtUtc: "2026-03-28T08:00:00.000Z",
      },
      {
        preset: "next_business_morning",
        localDate: "2026-03-30",
        localTime: "08:00",
        sendAtUtc: "2026-03-30T07:00:00.000Z",
      },
      {
        preset: "monday_morning",
        localDate: "2026-03-30",
        localTime: "09:00",
        sendAtUtc: "2026-03-30T08:00:00.000Z",
      },
    ]);
  });

  it("uses Lord Howe's +10:30 after its half-hour fall-back", () => {
    expect(
      listSendLaterPresets({ now: "2026-04-03T20:00:00Z", timeZone: zone("Australia/Lord_Howe") }),
    ).toStrictEqual([
      {
        preset: "tomorrow_morning",
        localDate: "2026-04-05",
        localTime: "08:00",
        sendAtUtc: "2026-04-04T21:30:00.000Z",
      },
      {
        preset: "next_business_morning",
        localDate: "2026-04-06",
        localTime: "08:00",
        sendAtUtc: "2026-04-05T21:30:00.000Z",
      },
      {
        preset: "monday_morning",
        localDate: "2026-04-06",
        localTime: "09:00",
        sendAtUtc: "2026-04-05T22:30:00.000Z",
      },
    ]);
  });

  it("offers today 09:00 on a Monday before nine", () => {
    expect(
      listSendLaterPresets({ now: "2026-03-09T12:30:00Z", timeZone: zone("America/New_York") }),
    ).toStrictEqual([
      {
        preset: "tomorrow_morning",
        localDate: "2026-03-10",
        localTime: "08:00",
        sendAtUtc: "2026-03-10T12:00:00.000Z",
      },
      {
        preset: "next_business_morning",
        localDate: "2026-03-10",
        localTime: "08:00",
        sendAtUtc: "2026-03-10T12:00:00.000Z",
      },
      {
        preset: "monday_morning",
        localDate: "2026-03-09",
        localTime: "09:00",
        sendAtUtc: "2026-03-09T13:00:00.000Z",
      },
    ]);
  });

  it("moves a preset time that falls in a DST gap forward and says so in its local time", () => {
    const [tomorrow] = listSendLaterPresets({
      now: "2026-03-07T12:00:00Z",
      timeZone: zone("America/New_York"),
      morningMinute: 150,
    });
    expect(tomorrow).toStrictEqual({
      preset: "tomorrow_morning",
      localDate: "2026-03-08",
      localTime: "03:30",
      sendAtUtc: "2026-03-08T07:30:00.000Z",
    });
  });

  it("follows a Sunday–Thursday business week when given one", () => {
    const [, nextBusiness] = listSendLaterPresets({
      now: "2026-03-05T12:00:00Z",
      timeZone: zone("Asia/Dubai"),
      businessDays: [7, 1, 2, 3, 4],
    });
    expect(nextBusiness).toStrictEqual({
      preset: "next_business_morning",
      localDate: "2026-03-08",
      localTime: "08:00",
      sendAtUtc: "2026-03-08T04:00:00.000Z",
    });
  });
});
