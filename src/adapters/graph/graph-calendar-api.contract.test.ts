// Contract check for the calendar operations of issue #7: every request they make conforms to the official Graph description.
import { checkContractOf } from "./contract-check";
import { GraphCalendarApi } from "./graph-calendar-api";

jest.setTimeout(30_000);

it("logs only contract-conforming requests for holds, meetings, providers and thread offers", async () => {
  const check = await checkContractOf("calendar", async (bed) => {
    const calendar = new GraphCalendarApi({ gateway: bed.gateway });
    const slot = { startUtc: "2025-03-14T19:30:00.000Z", endUtc: "2025-03-14T20:00:00.000Z" };
    await calendar.getOnlineMeetingSettings();
    const hold = await calendar.createEvent({
      subject: "Hold",
      bodyText: "Held by Tempo",
      slot,
      showAs: "tentative",
      attendees: [],
      isTeamsMeeting: false,
      holdMark: "of-1|2025-03-20T00:00:00.000Z",
    });
    await calendar.createEvent({
      subject: "Meeting",
      bodyText: "Booked",
      slot,
      showAs: "busy",
      attendees: [{ address: "kenji.watanabe@fabrikam.com" }],
      isTeamsMeeting: true,
    });
    await calendar.listHolds();
    await calendar.deleteEvent(hold.id);
    await calendar.listConversationMessages({ conversationId: "conv-1" });
  });

  expect(check.violations).toStrictEqual([]);
  expect([...check.operations].sort()).toStrictEqual(
    [
      "DELETE /me/events/{id}",
      "GET /me/calendars",
      "GET /me/events",
      "GET /me/messages",
      "POST /me/events",
    ].sort(),
  );
});
