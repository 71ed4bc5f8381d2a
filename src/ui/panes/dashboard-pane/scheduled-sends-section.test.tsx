// The scheduled-sends console with fake services: rows from the mailbox, "Prospect replied — cancel?", cancel, and sign-in.
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { toMessageId } from "@/ports/mail-api";
import { PaneServicesContext } from "@/ui/hooks/use-pane-services";
import { ScheduledSendsSection } from "./scheduled-sends-section";
import type { PaneServices } from "@/app/composition-root";
import type { ScheduledSendRow, SendLaterService } from "@/app/send-later/send-later-service";

const rows: ScheduledSendRow[] = [
  {
    id: toMessageId("m1"),
    subject: "Follow-up on pricing",
    to: [{ address: "priya.raman@fabrikam.com", name: "Priya Raman" }],
    sendAtUtc: "2026-03-11T03:00:00.000Z",
    conversationId: "conv-1",
    hasProspectReplied: true,
    prospectTimeZone: "Asia/Kolkata",
  },
  {
    id: toMessageId("m2"),
    subject: "Intro",
    to: [{ address: "kenji.watanabe@fabrikam.com" }],
    sendAtUtc: "2026-03-12T00:00:00.000Z",
    hasProspectReplied: false,
  },
];

function renderSection(options: { isSignedIn: boolean }) {
  let listed = rows;
  const calls: string[] = [];
  const sendLater = {
    listScheduled: () => Promise.resolve(listed),
    cancel: (id: string) => {
      calls.push(`cancel ${id}`);
      listed = listed.filter((row) => row.id !== id);
      return Promise.resolve(toMessageId(`${id}-draft`));
    },
  } as Partial<SendLaterService> as SendLaterService;
  const account = { username: "alex.wilber@contoso.com", name: "Alex Wilber" };
  const session = {
    restoreSignIn: () => Promise.resolve(options.isSignedIn ? account : null),
    signIn: () => {
      calls.push("signIn");
      return Promise.resolve(account);
    },
  };
  const services = { session, sendLater } as unknown as PaneServices;
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneServicesContext value={services}>
        <ScheduledSendsSection />
      </PaneServicesContext>
    </FluentProvider>,
  );
  return calls;
}

// Fluent renders slowly in jsdom on a shared 2-core machine.
jest.setTimeout(30_000);

describe("ScheduledSendsSection", () => {
  it("lists what waits in Drafts, offers to cancel where the prospect replied, and cancels", async () => {
    const calls = renderSection({ isSignedIn: true });
    const list = await screen.findByRole("list", { name: "Scheduled emails" });
    const replied = within(list).getByRole("listitem", { name: "Follow-up on pricing" });
    expect(
      within(replied).getByText(
        /^Sends Wed 11 Mar 2026, 08:30 \(Asia\/Kolkata, UTC\+05:30\) their time; /,
      ),
    ).toBeInTheDocument();
    expect(
      within(replied).getByText("Prospect replied — cancel this scheduled email?"),
    ).toBeInTheDocument();
    const other = within(list).getByRole("listitem", { name: "Intro" });
    expect(within(other).queryByText(/Prospect replied/)).toBeNull();
    expect(within(other).getByText("Scheduled in Outlook")).toBeInTheDocument();

    fireEvent.click(within(replied).getByRole("button", { name: "Yes, cancel it" }));
    expect(
      await screen.findByText('"Follow-up on pricing" will not be sent. It is back in Drafts.'),
    ).toBeInTheDocument();
    expect(await screen.findAllByRole("listitem")).toHaveLength(1);
    expect(calls).toStrictEqual(["cancel m1"]);
  });

  it("offers sign-in when no account is restored", async () => {
    const calls = renderSection({ isSignedIn: false });
    fireEvent.click(await screen.findByRole("button", { name: "Sign in to see scheduled sends" }));
    expect(await screen.findByRole("list", { name: "Scheduled emails" })).toBeInTheDocument();
    expect(calls).toStrictEqual(["signIn"]);
  });
});
