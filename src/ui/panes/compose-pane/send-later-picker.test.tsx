// The send-later picker with a fake SendLaterService: guessed zone, presets in both zones, DST and past-time messages, scheduling.
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { toMessageId } from "@/ports/mail-api";
import SendLaterPickerView from "./send-later-picker";
import type { ComposeScheduleResult, SendLaterService } from "@/app/send-later/send-later-service";
import type { IanaTimeZone } from "@/core/time/zones";
import type { ComposeDeliveryCapability } from "@/ports/scheduled-send-api";

const zone = (name: string) => name as IanaTimeZone;
// Tue 10 Mar 2026, 22:15 in Kolkata.
const now = () => new Date("2026-03-10T16:45:00Z");

function createFakeSendLater(capability: ComposeDeliveryCapability) {
  const calls: string[] = [];
  const service: SendLaterService = {
    readComposeCapability: () => capability,
    readComposeDelay: () => Promise.resolve(undefined),
    suggestProspectZone: () =>
      Promise.resolve({
        guess: {
          kind: "guessed",
          offsetMinutes: 330,
          guess: zone("Asia/Kolkata"),
          alternatives: [zone("Asia/Colombo")],
        },
        dateHeader: "Tue, 10 Mar 2026 09:15:00 +0530",
      }),
    rememberProspectZone: (address, zone) => {
      calls.push(`remember ${address} ${zone}`);
      return Promise.resolve();
    },
    scheduleCompose: (sendAtUtc) => {
      calls.push(`schedule ${sendAtUtc}`);
      const result: ComposeScheduleResult =
        capability.kind === "delay_delivery"
          ? {
              kind: "delay_set",
              sendAtUtc,
              isCancellableAfterSend: capability.isCancellableAfterSend,
            }
          : { kind: "scheduled", messageId: toMessageId("d1"), sendAtUtc, isComposeClosed: true };
      return Promise.resolve(result);
    },
    clearComposeDelay: () => Promise.resolve(),
    recordDraftStart: () => {
      calls.push("recordDraftStart");
      return Promise.resolve();
    },
    listScheduled: () => Promise.resolve([]),
    cancel: (id) => Promise.resolve(id),
    reschedule: () => Promise.reject(new Error("unused")),
    findScheduledInConversation: () => Promise.resolve([]),
    handleProspectReplies: () => Promise.resolve({ cancelled: [], offered: [], failed: [] }),
  };
  return { service, calls };
}

function renderPicker(capability: ComposeDeliveryCapability) {
  const fake = createFakeSendLater(capability);
  render(
    <FluentProvider theme={webLightTheme}>
      <SendLaterPickerView
        sendLater={fake.service}
        prospectAddress="priya.raman@fabrikam.com"
        now={now}
      />
    </FluentProvider>,
  );
  return fake;
}

// Fluent renders slowly in jsdom on a shared 2-core machine.
jest.setTimeout(30_000);

describe("SendLaterPickerView", () => {
  it("shows the guessed zone and schedules 'tomorrow morning' their time through Graph on an older client", async () => {
    const { calls } = renderPicker({ kind: "graph_fallback" });
    expect(
      await screen.findByText(
        "Guessed from the Date header of their last email (Tue, 10 Mar 2026 09:15:00 +0530): Asia/Kolkata. Also UTC+05:30 then: Asia/Colombo. Check it and change it if needed.",
      ),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Tomorrow morning (2026-03-11 08:00)" }));
    expect(
      screen.getByText(
        /^Their time: Wed 11 Mar 2026, 08:00 \(Asia\/Kolkata, UTC\+05:30\)\. Your time: /,
      ),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Schedule send" }));
    expect(
      await screen.findByText(
        "Scheduled for Wed 11 Mar 2026, 08:00 (Asia/Kolkata, UTC+05:30). It waits in Drafts until then; see or cancel it in the Tempo dashboard.",
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(calls).toStrictEqual([
        "recordDraftStart",
        "schedule 2026-03-11T02:30:00.000Z",
        "remember priya.raman@fabrikam.com Asia/Kolkata",
      ]),
    );
  });

  it("sets the delivery time on a Mailbox 1.13 client and says classic Outlook cannot cancel it", async () => {
    renderPicker({ kind: "delay_delivery", isCancellableAfterSend: false });
    fireEvent.click(await screen.findByRole("button", { name: "Monday 9:00 (2026-03-16 09:00)" }));
    fireEvent.click(screen.getByRole("button", { name: "Set delivery time" }));
    expect(
      await screen.findByText(
        /^Delivery set for Mon 16 Mar 2026, 09:00 \(Asia\/Kolkata, UTC\+05:30\)\. Select Send now: Exchange holds the email until then\. Classic Outlook on Windows cannot cancel or edit it/,
      ),
    ).toBeInTheDocument();
  });

  it("explains a time in New York's DST gap and one already past, and will not schedule the past one", async () => {
    renderPicker({ kind: "graph_fallback" });
    await screen.findByRole("button", { name: "Tomorrow morning (2026-03-11 08:00)" });
    fireEvent.change(screen.getByRole("combobox", { name: /Recipient's time zone/ }), {
      target: { value: "America/New_York" },
    });
    fireEvent.change(screen.getByLabelText("Date (their time)"), {
      target: { value: "2026-03-08" },
    });
    fireEvent.change(screen.getByLabelText("Time (their time)"), { target: { value: "02:30" } });
    expect(
      screen.getByText(
        "2026-03-08 02:30 in America/New_York has already passed. Choose a later time.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Schedule send" })).toBeDisabled();

    fireEvent.change(screen.getByLabelText("Date (their time)"), {
      target: { value: "2027-03-14" },
    });
    expect(
      screen.getByText(
        "02:30 does not exist on 2027-03-14 in America/New_York (the clocks go forward 60 minutes); it will send at Sun 14 Mar 2027, 03:30 (America/New_York, UTC-04:00).",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Schedule send" })).toBeEnabled();
  });

  it("offers both times of an ambiguous (fall-back) hour", async () => {
    renderPicker({ kind: "graph_fallback" });
    await screen.findByRole("button", { name: "Tomorrow morning (2026-03-11 08:00)" });
    fireEvent.change(screen.getByRole("combobox", { name: /Recipient's time zone/ }), {
      target: { value: "Europe/London" },
    });
    fireEvent.change(screen.getByLabelText("Date (their time)"), {
      target: { value: "2026-10-25" },
    });
    fireEvent.change(screen.getByLabelText("Time (their time)"), { target: { value: "01:30" } });
    fireEvent.click(
      screen.getByRole("radio", { name: "The second one (after the clocks go back)" }),
    );
    expect(
      screen.getByText(
        "01:30 happens twice on 2026-10-25 in Europe/London (the clocks go back). Tempo will send at the second one, Sun 25 Oct 2026, 01:30 (Europe/London, UTC); the other is Sun 25 Oct 2026, 01:30 (Europe/London, UTC+01:00).",
      ),
    ).toBeInTheDocument();
  });
});
