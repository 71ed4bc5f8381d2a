import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { InMemoryCalendar } from "@/app/booking/in-memory-calendar";
import { createComposeItemFake, createOfficeFake } from "@/testing/office-fake";
import { renderInOfficePane } from "@/testing/office-render";
import { PaneServicesContext } from "@/ui/hooks/use-pane-services";
import { AvailabilitySection } from "./availability-section";
import type { PaneServices } from "@/app/composition-root";
import type { MailItemApi } from "@/ui/hooks/office-api";

type Done = (result: { status: string; value: unknown }) => void;

/** A compose item whose body is HTML, recording what is inserted and which custom properties are saved. */
function renderSection(calendar: InMemoryCalendar) {
  const inserted: Array<{ data: string; coercionType: string }> = [];
  const saved: Array<Record<string, string>> = [];
  const properties: Record<string, string> = {};
  const { item: base } = createComposeItemFake(["hannah.schmidt@tailspintoys.com"]);
  const item = {
    ...base,
    body: {
      getTypeAsync: (done: Done) => done({ status: "succeeded", value: "html" }),
      setSelectedDataAsync: (data: string, options: { coercionType: string }, done: Done) => {
        inserted.push({ data, coercionType: options.coercionType });
        done({ status: "succeeded", value: undefined });
      },
    },
    loadCustomPropertiesAsync: (done: Done) =>
      done({
        status: "succeeded",
        value: {
          set: (name: string, value: string) => (properties[name] = value),
          saveAsync: (saveDone: Done) => {
            saved.push({ ...properties });
            saveDone({ status: "succeeded", value: undefined });
          },
        },
      }),
  } as unknown as MailItemApi;
  const { office } = createOfficeFake({ item });
  const services = { calendar } as unknown as PaneServices;
  renderInOfficePane(
    <PaneServicesContext value={services}>
      <AvailabilitySection />
    </PaneServicesContext>,
    { office, title: "Compose with Tempo" },
  );
  return { inserted, saved };
}

jest.setTimeout(30_000);

describe("AvailabilitySection", () => {
  it("shows free times in a grid, lets the rep deselect one, and inserts sanitized HTML with the offer stored", async () => {
    const user = userEvent.setup();
    const calendar = new InMemoryCalendar();
    calendar.schedule = {
      address: "alex.wilber@contoso.com",
      busy: [],
      workingHours: {
        daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
        startTime: "09:00",
        endTime: "17:00",
        timeZone: "Pacific Standard Time",
      },
    };
    const { inserted, saved } = renderSection(calendar);

    await user.click(screen.getByRole("button", { name: "Find free times" }));
    const grid = await screen.findByRole(
      "table",
      { name: "Free times this week and next" },
      { timeout: 10_000 },
    );
    const chosen = grid.querySelectorAll('button[aria-pressed="true"]');
    expect(chosen.length).toBeGreaterThan(4);
    await user.click(chosen[0] as HTMLElement);
    const insert = screen.getByRole("button", { name: `Insert ${chosen.length - 1} times` });
    await user.click(insert);

    expect(await screen.findByRole("status")).toHaveTextContent(
      new RegExp(`^Inserted ${chosen.length - 1} times in .+\\.$`),
    );
    expect(inserted).toHaveLength(1);
    expect(inserted[0]?.coercionType).toBe("html");
    expect(inserted[0]?.data).toMatch(
      /^<p>Here are some times that work for me:<\/p><ul>(<li>[^<>]+<\/li>)+<\/ul>$/,
    );
    expect(saved).toStrictEqual([
      { tempoOffer: expect.stringMatching(/^t1\|of-[0-9a-f]{16}\|/) as string },
    ]);
    expect(calendar.calls.filter((call) => !call.startsWith("getSchedule"))).toStrictEqual([]);
  });

  it("explains the missing working hours instead of guessing", async () => {
    const user = userEvent.setup();
    renderSection(new InMemoryCalendar());

    await user.click(screen.getByRole("button", { name: "Find free times" }));
    expect(
      await screen.findByText(/could not read your working hours/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });
});
