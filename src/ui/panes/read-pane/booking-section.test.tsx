import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { InMemoryCalendar } from "@/app/booking/in-memory-calendar";
import { createOfficeFake, createReadItemFake } from "@/testing/office-fake";
import { renderInOfficePane } from "@/testing/office-render";
import { PaneServicesContext } from "@/ui/hooks/use-pane-services";
import { BookingSection } from "./booking-section";
import type { PaneServices } from "@/app/composition-root";
import type { MailItemApi } from "@/ui/hooks/office-api";

const slot = (startUtc: string) => ({
  startUtc,
  endUtc: new Date(Date.parse(startUtc) + 30 * 60_000).toISOString(),
});

/** A reply open in read mode whose body Office gives back as `text`. */
function renderWithReply(text: string, calendar: InMemoryCalendar) {
  const base = createReadItemFake({
    senderName: "Kenji Watanabe",
    senderEmailAddress: "kenji.watanabe@fabrikam.com",
    subject: "RE: Times for a call",
  });
  const item = {
    ...base,
    internetMessageId: "<reply@fabrikam.com>",
    dateTimeCreated: new Date("2026-11-23T15:05:00.000Z"),
    body: {
      getAsync: (_type: string, callback: (result: { status: string; value: string }) => void) =>
        callback({ status: "succeeded", value: text }),
    },
  } as MailItemApi;
  const { office } = createOfficeFake({ item });
  const services = { calendar } as unknown as PaneServices;
  renderInOfficePane(
    <PaneServicesContext value={services}>
      <BookingSection />
    </PaneServicesContext>,
    { office, title: "Tempo" },
  );
}

function calendarWithOffer(): InMemoryCalendar {
  const calendar = new InMemoryCalendar();
  calendar.messages = [
    {
      id: "m1",
      sentUtc: "2026-11-23T14:00:00.000Z",
      customPropertiesJson: JSON.stringify({
        tempoOffer: "t1|of-1|America/New_York|en-US|30|htgvc|0,96,u",
      }),
    },
    { id: "m2", internetMessageId: "<reply@fabrikam.com>", sentUtc: "2026-11-23T15:00:00.000Z" },
  ];
  return calendar;
}

jest.setTimeout(30_000);

describe("BookingSection", () => {
  it("proposes the one offered time and books it in one click, with Teams, as a busy meeting", async () => {
    const user = userEvent.setup();
    const calendar = calendarWithOffer();
    renderWithReply("Thursday at 2:30 works", calendar);

    await user.click(screen.getByRole("button", { name: "Find proposed times" }));
    // The first chrono-node parse is slow on a busy machine; allow it time.
    expect(
      await screen.findByText(/^Proposed: .*\(“Thursday at 2:30”\)$/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /^Book / }));

    expect(await screen.findByRole("status")).toHaveTextContent(
      /^Booked .* and invited Kenji Watanabe, with a Teams link\.$/,
    );
    expect(
      calendar.created.map((e) => [e.slot, e.showAs, e.attendees, e.isTeamsMeeting]),
    ).toStrictEqual([
      [
        slot("2026-11-26T19:30:00.000Z"),
        "busy",
        [{ address: "kenji.watanabe@fabrikam.com", name: "Kenji Watanabe" }],
        true,
      ],
    ]);
  });

  it("asks which time when the reply names a day with several offered times, and books the chosen one", async () => {
    const user = userEvent.setup();
    const calendar = calendarWithOffer();
    renderWithReply("Thursday is good", calendar);

    await user.click(screen.getByRole("button", { name: "Find proposed times" }));
    expect(
      await screen.findByText(
        "The reply could mean more than one of the offered times. Which one?",
      ),
    ).toBeInTheDocument();
    const book = screen.getByRole("button", { name: "Book the chosen time" });
    expect(book).toBeDisabled();
    const options = screen.getAllByRole("radio");
    expect(options).toHaveLength(3);
    await user.click(options[2] as HTMLElement);
    await user.click(book);

    await screen.findByRole("status");
    expect(calendar.created.map((e) => e.slot)).toStrictEqual([slot("2026-11-26T20:00:00.000Z")]);
  });

  it("says so when no times were offered with Tempo in the thread", async () => {
    const user = userEvent.setup();
    renderWithReply("Thursday at 2:30 works", new InMemoryCalendar());

    await user.click(screen.getByRole("button", { name: "Find proposed times" }));
    expect(
      await screen.findByText("No times were offered with Tempo in this conversation."),
    ).toBeInTheDocument();
  });
});
