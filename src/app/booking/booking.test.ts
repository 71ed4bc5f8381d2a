import { placeHolds } from "../availability/manage-holds";
import { bookMeeting, threadTopic } from "./book-meeting";
import { InMemoryCalendar } from "./in-memory-calendar";
import { proposeBooking } from "./propose-booking";
import type { OfferId } from "../../core/scheduling/offer";

const slot = (startUtc: string, minutes = 30) => ({
  startUtc,
  endUtc: new Date(Date.parse(startUtc) + minutes * 60_000).toISOString(),
});
const offerText = "t1|of-1|America/New_York|en-US|30|htgvc|0,96,u";
const offer = {
  offerId: "of-1" as OfferId,
  slots: [
    slot("2026-11-26T14:00:00.000Z"),
    slot("2026-11-26T19:30:00.000Z"),
    slot("2026-11-26T20:00:00.000Z"),
  ],
  durationMinutes: 30,
  timeZone: "America/New_York",
  locale: "en-US",
};
const reply = {
  conversationId: "conv-1",
  internetMessageId: "<reply@fabrikam.com>",
  text: "Thursday at 2:30 works\n\nOn Mon, Alex wrote:\n> Thu, Nov 26: 9:00 AM",
  receivedUtc: "2026-11-23T15:05:00.000Z",
  subject: "RE: Times for a call",
};

function calendarWithThread(): InMemoryCalendar {
  const calendar = new InMemoryCalendar();
  calendar.messages = [
    {
      id: "m1",
      sentUtc: "2026-11-23T14:00:00.000Z",
      customPropertiesJson: JSON.stringify({ tempoTrackId: "tt-1", tempoOffer: offerText }),
    },
    { id: "m2", internetMessageId: "<reply@fabrikam.com>", sentUtc: "2026-11-23T15:00:00.000Z" },
  ];
  return calendar;
}

describe("proposeBooking", () => {
  it("finds the offer in the thread and proposes the one offered time the reply names, still free", async () => {
    const calendar = calendarWithThread();
    expect(
      await proposeBooking(calendar, { reply, repAddress: "alex.wilber@contoso.com" }),
    ).toStrictEqual({
      kind: "proposal",
      offer,
      candidates: [
        {
          slot: slot("2026-11-26T19:30:00.000Z"),
          quote: "Thursday at 2:30",
          isOffered: true,
          isFree: true,
        },
      ],
    });
    expect(calendar.calls).toStrictEqual([
      "listConversationMessages conv-1",
      "getSchedule 2026-11-26T19:30:00.000Z/2026-11-26T20:00:00.000Z",
    ]);
  });

  it("asks instead of booking when the time has been taken since it was offered", async () => {
    const calendar = calendarWithThread();
    calendar.schedule = {
      address: "alex.wilber@contoso.com",
      busy: [{ ...slot("2026-11-26T19:00:00.000Z", 60), status: "busy" }],
    };
    expect(await proposeBooking(calendar, { reply, repAddress: "a@contoso.com" })).toStrictEqual({
      kind: "proposal",
      offer,
      askReason: "conflict",
      candidates: [
        {
          slot: slot("2026-11-26T19:30:00.000Z"),
          quote: "Thursday at 2:30",
          isOffered: true,
          isFree: false,
        },
      ],
    });
  });

  it("does not count Tempo's own tentative holds as a conflict", async () => {
    const calendar = calendarWithThread();
    calendar.schedule = {
      address: "alex.wilber@contoso.com",
      busy: [{ ...slot("2026-11-26T19:30:00.000Z"), status: "tentative" }],
    };
    const proposal = await proposeBooking(calendar, { reply, repAddress: "a@contoso.com" });
    expect(proposal.kind === "proposal" && proposal.askReason).toBeUndefined();
  });

  it("says so when the thread has no offer, or the reply names no time", async () => {
    const empty = new InMemoryCalendar();
    expect(await proposeBooking(empty, { reply, repAddress: "a@contoso.com" })).toStrictEqual({
      kind: "no_offer",
    });
    const calendar = calendarWithThread();
    expect(
      await proposeBooking(calendar, {
        reply: { ...reply, text: "Let me check with my team." },
        repAddress: "a@contoso.com",
      }),
    ).toStrictEqual({ kind: "no_time", offer });
  });
});

describe("bookMeeting", () => {
  const prospect = { address: "kenji.watanabe@fabrikam.com", name: "Kenji Watanabe" };

  it("creates the Teams meeting with the prospect and releases every hold of the offer", async () => {
    const calendar = new InMemoryCalendar();
    await placeHolds(calendar, {
      offer,
      holdDays: 5,
      now: new Date("2026-11-23T14:00:00Z"),
      heldFor: "Kenji",
    });
    await placeHolds(calendar, {
      offer: { ...offer, offerId: "of-9" as OfferId, slots: [slot("2026-11-30T14:00:00.000Z")] },
      holdDays: 5,
      now: new Date("2026-11-23T14:00:00Z"),
      heldFor: "Priya",
    });
    const booked = await bookMeeting(calendar, {
      offerId: offer.offerId,
      slot: slot("2026-11-26T19:30:00.000Z"),
      prospect,
      threadSubject: "RE: AW: Times for a call",
      quote: "Thursday at 2:30",
    });
    expect(booked).toStrictEqual({
      eventId: "ev-5",
      slot: slot("2026-11-26T19:30:00.000Z"),
      teams: "created",
      joinUrl: "https://teams.example/ev-5",
      releasedHolds: 3,
    });
    expect(
      calendar.created.map((e) => [e.id, e.subject, e.showAs, e.attendees, e.bodyText]),
    ).toStrictEqual([
      ["ev-4", "Hold: Priya", "tentative", [], expect.any(String) as string],
      [
        "ev-5",
        "Times for a call",
        "busy",
        [prospect],
        'Booked with Tempo from the email thread "Times for a call". Kenji Watanabe proposed: "Thursday at 2:30".',
      ],
    ]);
  });

  it("does not ask for Teams when the calendar does not allow it, and reports a silent fallback", async () => {
    const noTeams = new InMemoryCalendar();
    noTeams.settings = { allowedProviders: [] };
    const options = {
      offerId: offer.offerId,
      slot: slot("2026-11-26T19:30:00.000Z"),
      prospect,
      threadSubject: "Call",
      quote: "Thursday at 2:30",
    };
    expect((await bookMeeting(noTeams, options)).teams).toBe("not_allowed");
    expect(noTeams.created[0]?.isTeamsMeeting).toBe(false);

    const dropped = new InMemoryCalendar();
    dropped.isTeamsDropped = true;
    expect(await bookMeeting(dropped, options)).toStrictEqual({
      eventId: "ev-1",
      slot: options.slot,
      teams: "fell_back",
      releasedHolds: 0,
    });
  });

  it("strips reply and forward prefixes from the thread subject", () => {
    expect(threadTopic("RE: AW: Fwd: Contoso x Fabrikam")).toBe("Contoso x Fabrikam");
  });
});
