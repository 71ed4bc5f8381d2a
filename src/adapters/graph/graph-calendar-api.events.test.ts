// GraphCalendarApi's event operations (meetings, holds, the calendar's providers, a thread's offer) against the fake Graph.
import { holdPropertyId } from "../../core/scheduling/offer";
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

const slot = { startUtc: "2025-03-14T19:30:00.000Z", endUtc: "2025-03-14T20:00:00.000Z" };
const prospect = { address: "kenji.watanabe@fabrikam.com", name: "Kenji Watanabe" };

describe("GraphCalendarApi events", () => {
  it("reads the calendar's online-meeting providers", async () => {
    expect(await calendar.getOnlineMeetingSettings()).toStrictEqual({
      allowedProviders: ["teamsForBusiness"],
      defaultProvider: "teamsForBusiness",
    });
  });

  it("creates a Teams meeting with the prospect, at the asked instant, and sends the invitation", async () => {
    const created = await calendar.createEvent({
      subject: "Contoso x Fabrikam",
      bodyText: "<b>not html</b>",
      slot,
      showAs: "busy",
      attendees: [prospect],
      isTeamsMeeting: true,
    });
    expect(created).toStrictEqual({
      id: expect.any(String) as string,
      isOnlineMeeting: true,
      joinUrl: expect.stringMatching(/^https:\/\/teams\.microsoft\.com\//) as string,
    });
    const stored = bed.graph.calendar.requireEvent(created.id);
    expect([
      new Date(stored.startMs).toISOString(),
      new Date(stored.endMs).toISOString(),
    ]).toStrictEqual([slot.startUtc, slot.endUtc]);
    expect(stored.props.body).toStrictEqual({ contentType: "text", content: "<b>not html</b>" });
    expect(bed.graph.deliveries().map((d) => [d.via, d.subject, d.to])).toStrictEqual([
      ["event-invitation", "Contoso x Fabrikam", ["kenji.watanabe@fabrikam.com"]],
    ]);
  });

  it("reports a silent Teams fallback as no online meeting", async () => {
    bed.graph.faults.setSwitches({ isOnlineMeetingSilentlyDropped: true });
    const created = await calendar.createEvent({
      subject: "Call",
      bodyText: "",
      slot,
      showAs: "busy",
      attendees: [prospect],
      isTeamsMeeting: true,
    });
    expect(created).toStrictEqual({ id: created.id, isOnlineMeeting: false });
  });

  it("lists only Tempo's holds, with their marks, and deletes them (twice is fine)", async () => {
    const hold = await calendar.createEvent({
      subject: "Hold: Kenji Watanabe",
      bodyText: "Held by Tempo",
      slot,
      showAs: "tentative",
      attendees: [],
      isTeamsMeeting: false,
      holdMark: "of-1|2025-03-20T00:00:00.000Z",
    });
    expect(bed.graph.calendar.requireEvent(hold.id).props.showAs).toBe("tentative");
    expect(bed.graph.deliveries()).toStrictEqual([]);
    expect(await calendar.listHolds()).toStrictEqual([
      { id: hold.id, slot, mark: "of-1|2025-03-20T00:00:00.000Z" },
    ]);

    await calendar.deleteEvent(hold.id);
    await calendar.deleteEvent(hold.id);
    expect(await calendar.listHolds()).toStrictEqual([]);
    expect(holdPropertyId).toContain("Name TempoHold");
  });

  it("lists a conversation's messages with the offer the compose item stored", async () => {
    const response = await fetch(`${bed.graph.baseUrl}/_fake/host/send`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        message: {
          subject: "Times for a call",
          body: { contentType: "html", content: "<p>Hi</p>" },
          toRecipients: [{ emailAddress: { address: prospect.address } }],
          conversationId: "conv-offer-1",
        },
        customProperties: { tempoOffer: "t1|of-1|America/New_York|en-US|30|htgvc|0" },
      }),
    });
    expect(response.status).toBe(202);
    await bed.graph.settled();
    const messages = await calendar.listConversationMessages({ conversationId: "conv-offer-1" });
    expect(messages.map((m) => [m.subject, m.customPropertiesJson])).toStrictEqual([
      ["Times for a call", '{"tempoOffer":"t1|of-1|America/New_York|en-US|30|htgvc|0"}'],
    ]);
    expect(await calendar.listConversationMessages({ conversationId: "it's-none" })).toStrictEqual(
      [],
    );
  });
});
