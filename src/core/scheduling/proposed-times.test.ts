// To add a case: write the reply text and the sent instant, and the whole verdict expected against `offer`.
import { findProposedTimes } from "./proposed-times";
import type { AvailabilityOffer, OfferId } from "./offer";

const slot = (startUtc: string, minutes = 30) => ({
  startUtc,
  endUtc: new Date(Date.parse(startUtc) + minutes * 60_000).toISOString(),
});

/** Thu 26 Nov 2026 09:00, 14:30, 15:00 and Fri 27 Nov 10:00 in New York (UTC−5). */
const offer: AvailabilityOffer = {
  offerId: "of-1" as OfferId,
  slots: [
    slot("2026-11-26T14:00:00.000Z"),
    slot("2026-11-26T19:30:00.000Z"),
    slot("2026-11-26T20:00:00.000Z"),
    slot("2026-11-27T15:00:00.000Z"),
  ],
  durationMinutes: 30,
  timeZone: "America/New_York",
  locale: "en-US",
};
/** Mon 23 Nov 2026, 10:00 in New York. */
const mondayMorning = "2026-11-23T15:00:00.000Z";

describe("findProposedTimes", () => {
  it("matches 'Thursday at 2:30' to the offered 14:30, since 02:30 was not offered", () => {
    expect(
      findProposedTimes({ replyText: "Thursday at 2:30 works", sentUtc: mondayMorning, offer }),
    ).toStrictEqual({
      kind: "one",
      candidate: {
        slot: slot("2026-11-26T19:30:00.000Z"),
        quote: "Thursday at 2:30",
        isOffered: true,
      },
    });
  });

  it("asks when both readings of a time without am/pm were offered", () => {
    const withNight = { ...offer, slots: [slot("2026-11-26T07:30:00.000Z"), ...offer.slots] };
    expect(
      findProposedTimes({
        replyText: "Thursday at 2:30?",
        sentUtc: mondayMorning,
        offer: withNight,
      }),
    ).toStrictEqual({
      kind: "ask",
      reason: "ambiguous",
      candidates: [
        { slot: slot("2026-11-26T07:30:00.000Z"), quote: "Thursday at 2:30", isOffered: true },
        { slot: slot("2026-11-26T19:30:00.000Z"), quote: "Thursday at 2:30", isOffered: true },
      ],
    });
  });

  it("asks which one when a day with several offered slots is named", () => {
    expect(
      findProposedTimes({ replyText: "Thursday is good for me.", sentUtc: mondayMorning, offer }),
    ).toStrictEqual({
      kind: "ask",
      reason: "ambiguous",
      candidates: [
        { slot: slot("2026-11-26T14:00:00.000Z"), quote: "Thursday", isOffered: true },
        { slot: slot("2026-11-26T19:30:00.000Z"), quote: "Thursday", isOffered: true },
        { slot: slot("2026-11-26T20:00:00.000Z"), quote: "Thursday", isOffered: true },
      ],
    });
  });

  it("takes the only offered slot of a named day", () => {
    expect(
      findProposedTimes({ replyText: "Friday works.", sentUtc: mondayMorning, offer }),
    ).toStrictEqual({
      kind: "one",
      candidate: { slot: slot("2026-11-27T15:00:00.000Z"), quote: "Friday", isOffered: true },
    });
  });

  it("asks when the reply names two times", () => {
    expect(
      findProposedTimes({
        replyText: "Either Thu 3pm or Friday 10am.",
        sentUtc: mondayMorning,
        offer,
      }),
    ).toStrictEqual({
      kind: "ask",
      reason: "several",
      candidates: [
        { slot: slot("2026-11-26T20:00:00.000Z"), quote: "Thu 3pm", isOffered: true },
        { slot: slot("2026-11-27T15:00:00.000Z"), quote: "Friday 10am", isOffered: true },
      ],
    });
  });

  it("asks before booking a time that was not offered", () => {
    expect(
      findProposedTimes({ replyText: "Could we do Thursday 4pm?", sentUtc: mondayMorning, offer }),
    ).toStrictEqual({
      kind: "ask",
      reason: "not_offered",
      candidates: [
        { slot: slot("2026-11-26T21:00:00.000Z"), quote: "Thursday 4pm", isOffered: false },
      ],
    });
  });

  it("reads 'tomorrow' in the prospect's zone: Wed 23:30 New York is already Thursday in UTC", () => {
    expect(
      findProposedTimes({
        replyText: "Tomorrow at 2:30pm please",
        sentUtc: "2026-11-26T04:30:00.000Z",
        offer,
      }),
    ).toStrictEqual({
      kind: "one",
      candidate: {
        slot: slot("2026-11-26T19:30:00.000Z"),
        quote: "Tomorrow at 2:30pm",
        isOffered: true,
      },
    });
  });

  it("reads German replies to a German offer (24-hour time, Berlin)", () => {
    const berlin: AvailabilityOffer = {
      ...offer,
      timeZone: "Europe/Berlin",
      locale: "de-DE",
      slots: [slot("2026-11-26T13:30:00.000Z", 30), slot("2026-11-27T09:00:00.000Z", 30)],
    };
    expect(
      findProposedTimes({
        replyText: "Donnerstag um 14:30 passt mir gut.",
        sentUtc: mondayMorning,
        offer: berlin,
      }),
    ).toStrictEqual({
      kind: "one",
      candidate: {
        slot: slot("2026-11-26T13:30:00.000Z"),
        quote: "Donnerstag um 14:30",
        isOffered: true,
      },
    });
  });

  it("ignores the quoted offer below the reply and finds no time in a reply without one", () => {
    expect(
      findProposedTimes({
        replyText:
          "Thanks, I will check with my team.\n\nOn Mon, Alex wrote:\n> Thu 26 Nov: 9:00 AM–9:30 AM",
        sentUtc: mondayMorning,
        offer,
      }),
    ).toStrictEqual({ kind: "none" });
  });

  it("follows the DST change: 'Monday at 9' after the March switch is 13:00Z in New York", () => {
    const spring: AvailabilityOffer = {
      ...offer,
      slots: [slot("2026-03-09T13:00:00.000Z"), slot("2026-03-09T18:00:00.000Z")],
    };
    expect(
      findProposedTimes({
        replyText: "Monday at 9 is fine",
        sentUtc: "2026-03-06T15:00:00.000Z",
        offer: spring,
      }),
    ).toStrictEqual({
      kind: "one",
      candidate: { slot: slot("2026-03-09T13:00:00.000Z"), quote: "Monday at 9", isOffered: true },
    });
  });
});
