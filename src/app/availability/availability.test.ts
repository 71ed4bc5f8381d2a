import { isAppError } from "../../core/errors/app-error";
import { InMemoryCalendar } from "../booking/in-memory-calendar";
import { findAvailability } from "./find-availability";
import { placeHolds, releaseExpiredHolds } from "./manage-holds";
import { prepareOffer } from "./prepare-offer";
import type { OfferId } from "../../core/scheduling/offer";

const slot = (startUtc: string, minutes = 30) => ({
  startUtc,
  endUtc: new Date(Date.parse(startUtc) + minutes * 60_000).toISOString(),
});
/** Mon 23 Nov 2026 08:00 in Los Angeles. */
const now = new Date("2026-11-23T16:00:00.000Z");
const workingHours = {
  daysOfWeek: ["monday", "tuesday"] as const,
  startTime: "09:00:00.0000000",
  endTime: "11:00:00.0000000",
  timeZone: "Pacific Standard Time",
};

describe("findAvailability", () => {
  it("proposes free working-hour slots from one getSchedule call, busy time left out", async () => {
    const calendar = new InMemoryCalendar();
    calendar.schedule = {
      address: "alex.wilber@contoso.com",
      busy: [
        { ...slot("2026-11-23T17:30:00.000Z", 60), status: "busy" },
        { ...slot("2026-11-24T17:00:00.000Z"), status: "tentative" },
      ],
      workingHours: { ...workingHours, daysOfWeek: [...workingHours.daysOfWeek] },
    };
    const found = await findAvailability(calendar, {
      repAddress: "alex.wilber@contoso.com",
      durationMinutes: 30,
      horizonDays: 2,
      perDay: 2,
      now,
    });
    expect(found).toStrictEqual({
      repTimeZone: "America/Los_Angeles",
      slots: [
        slot("2026-11-23T17:00:00.000Z"),
        slot("2026-11-23T18:30:00.000Z"),
        slot("2026-11-24T17:00:00.000Z"),
        slot("2026-11-24T17:30:00.000Z"),
        slot("2026-11-24T18:00:00.000Z"),
        slot("2026-11-24T18:30:00.000Z"),
      ],
      suggested: [
        slot("2026-11-23T17:00:00.000Z"),
        slot("2026-11-23T18:30:00.000Z"),
        slot("2026-11-24T17:00:00.000Z"),
        slot("2026-11-24T18:00:00.000Z"),
      ],
    });
    expect(calendar.calls).toStrictEqual([
      "getSchedule 2026-11-23T16:00:00.000Z/2026-11-25T16:00:00.000Z",
    ]);
  });

  it("fails with a typed error when the schedule has no working hours", async () => {
    const calendar = new InMemoryCalendar();
    const error: unknown = await findAvailability(calendar, {
      repAddress: "alex.wilber@contoso.com",
      durationMinutes: 30,
      horizonDays: 5,
      perDay: 4,
      now,
    }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("availability_no_working_hours");
  });

  it("refuses a horizon longer than one safe getSchedule window (31 days)", async () => {
    const error: unknown = await findAvailability(new InMemoryCalendar(), {
      repAddress: "a@b.c",
      durationMinutes: 30,
      horizonDays: 32,
      perDay: 4,
      now,
    }).catch((e: unknown) => e);
    expect(isAppError(error) && [error.code, error.details]).toStrictEqual([
      "invalid_input",
      { field: "horizonDays" },
    ]);
  });
});

describe("prepareOffer", () => {
  it("writes the slots in the prospect's zone and language, names the zone, and encodes the offer", () => {
    const prepared = prepareOffer({
      offerId: "of-7" as OfferId,
      slots: [slot("2026-11-26T19:30:00.000Z"), slot("2026-11-26T14:00:00.000Z")],
      durationMinutes: 30,
      prospectTimeZone: "Eastern Standard Time",
      locale: "en-US",
    });
    expect(prepared).toStrictEqual({
      offer: {
        offerId: "of-7",
        slots: [slot("2026-11-26T14:00:00.000Z"), slot("2026-11-26T19:30:00.000Z")],
        durationMinutes: 30,
        timeZone: "America/New_York",
        locale: "en-US",
      },
      encodedOffer: "t1|of-7|America/New_York|en-US|30|htgvc|0,96",
      text: "Here are some times that work for me:\nThu, Nov 26: 9:00 AM–9:30 AM, 2:30 PM–3:00 PM (Eastern Time — New York)",
      html: "<p>Here are some times that work for me:</p><ul><li>Thu, Nov 26: 9:00 AM–9:30 AM, 2:30 PM–3:00 PM (Eastern Time — New York)</li></ul>",
      zoneLabel: "Eastern Time — New York",
    });
  });

  it("writes German for a German reader in Berlin", () => {
    const prepared = prepareOffer({
      offerId: "of-8" as OfferId,
      slots: [slot("2026-11-26T13:30:00.000Z")],
      durationMinutes: 30,
      prospectTimeZone: "Europe/Berlin",
      locale: "de-DE",
    });
    expect(prepared.text).toBe(
      "Diese Termine passen mir:\nDo., 26. Nov.: 14:30–15:00 (Mitteleuropäische Zeit — Berlin)",
    );
  });
});

describe("holds", () => {
  it("holds every offered slot as tentative, marked, and releases only the expired ones", async () => {
    const calendar = new InMemoryCalendar();
    const offer = {
      offerId: "of-1" as OfferId,
      slots: [slot("2026-11-26T14:00:00.000Z"), slot("2026-11-26T19:30:00.000Z")],
      durationMinutes: 30,
      timeZone: "America/New_York",
      locale: "en-US",
    };
    const ids = await placeHolds(calendar, { offer, holdDays: 3, now, heldFor: "Kenji Watanabe" });
    await placeHolds(calendar, {
      offer: { ...offer, offerId: "of-2" as OfferId, slots: [slot("2026-11-27T15:00:00.000Z")] },
      holdDays: 7,
      now,
      heldFor: "Priya Raman",
    });
    expect(ids).toStrictEqual(["ev-1", "ev-2"]);
    expect(
      calendar.created.map((e) => [e.id, e.showAs, e.subject, e.holdMark, e.attendees]),
    ).toStrictEqual([
      ["ev-1", "tentative", "Hold: Kenji Watanabe", "of-1|2026-11-26T16:00:00.000Z", []],
      ["ev-2", "tentative", "Hold: Kenji Watanabe", "of-1|2026-11-26T16:00:00.000Z", []],
      ["ev-3", "tentative", "Hold: Priya Raman", "of-2|2026-11-30T16:00:00.000Z", []],
    ]);

    expect(await releaseExpiredHolds(calendar, new Date("2026-11-26T16:00:00.000Z"))).toBe(2);
    expect(calendar.created.map((e) => e.id)).toStrictEqual(["ev-3"]);
  });
});
