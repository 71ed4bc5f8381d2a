import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { appErrorTexts } from "@/core/errors/app-error-codes";
import {
  createCustomPropertiesFake,
  settleOfficeCall as settle,
} from "@/testing/custom-properties-fake";
import { createComposeItemFake, createOfficeFake } from "@/testing/office-fake";
import { renderInOfficePane } from "@/testing/office-render";
import { TrackingSection } from "./tracking-section";
import type { OfficeCallback } from "@/ui/hooks/office-api";
import type { MarkableItemApi, PaneCustomProperties } from "./tracking-mark";

const trackName = "Track this email";
const byDefaultText = "Tracked by default: external recipient";

/** The workbench's compose item plus in-memory custom properties; `saved` is what Exchange keeps. */
function createMarkableCompose(options: {
  to: readonly string[];
  saved?: Record<string, string>;
  failSave?: boolean;
}) {
  const compose = createComposeItemFake(options.to);
  const state = { saved: { ...(options.saved ?? {}) }, calls: [] as string[] };
  const markable: MarkableItemApi = {
    loadCustomPropertiesAsync(callback: OfficeCallback<PaneCustomProperties>) {
      state.calls.push("load");
      const properties = createCustomPropertiesFake({
        store: state,
        saveCallName: "saveCustomProperties",
        failSave: options.failSave ?? false,
      });
      callback(settle<PaneCustomProperties>(properties, false));
    },
    saveAsync(callback: OfficeCallback<string>) {
      state.calls.push("saveItem");
      callback(settle("AAMkAD-draft", false));
    },
  };
  return { item: Object.assign(compose.item, markable), compose, state };
}

async function renderSection(options: {
  to: readonly string[];
  saved?: Record<string, string>;
  settings?: Record<string, unknown>;
  failSave?: boolean;
}) {
  const markable = createMarkableCompose(options);
  const fake = createOfficeFake({ item: markable.item, settings: options.settings });
  renderInOfficePane(<TrackingSection />, { office: fake.office, title: "Compose with Tempo" });
  await screen.findByText(/^To: /);
  return markable;
}

describe("TrackingSection", () => {
  it("shows an unmarked email as not tracked", async () => {
    await renderSection({ to: ["dana@fabrikam.com"] });

    expect(screen.getByRole("switch", { name: trackName })).not.toBeChecked();
    expect(screen.getByRole("switch", { name: trackName })).toBeEnabled();
    expect(screen.queryByText(byDefaultText)).not.toBeInTheDocument();
  });

  it("writes the mark and the rep's choice, saving the properties and then the item", async () => {
    const user = userEvent.setup();
    const { state } = await renderSection({ to: ["dana@fabrikam.com"] });

    await user.click(screen.getByRole("switch", { name: trackName }));

    expect(screen.getByRole("switch", { name: trackName })).toBeChecked();
    expect(Object.keys(state.saved).sort()).toStrictEqual(["tempoTrackId", "tempoTracking"]);
    expect(state.saved.tempoTracking).toBe("on");
    expect(state.saved.tempoTrackId).toMatch(/^tt-[0-9a-f]{8}-[0-9a-f-]{27}$/);
    expect(state.calls).toStrictEqual(["load", "load", "saveCustomProperties", "saveItem"]);
  });

  it("removes the mark and records the opt-out when turned off", async () => {
    const user = userEvent.setup();
    const { state } = await renderSection({
      to: ["dana@fabrikam.com"],
      saved: { tempoTrackId: "tt-1", tempoTracking: "on" },
    });
    const trackSwitch = screen.getByRole("switch", { name: trackName });
    expect(trackSwitch).toBeChecked();

    await user.click(trackSwitch);

    expect(trackSwitch).not.toBeChecked();
    expect(state.saved).toStrictEqual({ tempoTracking: "off" });
  });

  it("says the default tracks an email to an external recipient, until the rep turns it off", async () => {
    const user = userEvent.setup();
    const { state } = await renderSection({
      to: ["dana@fabrikam.com"],
      settings: { trackExternalByDefault: true },
    });

    expect(screen.getByRole("switch", { name: trackName })).toBeChecked();
    expect(screen.getByText(byDefaultText)).toBeInTheDocument();

    await user.click(screen.getByRole("switch", { name: trackName }));

    expect(screen.getByRole("switch", { name: trackName })).not.toBeChecked();
    expect(screen.queryByText(byDefaultText)).not.toBeInTheDocument();
    expect(state.saved).toStrictEqual({ tempoTracking: "off" });
  });

  it("follows recipient changes while the default applies", async () => {
    const { compose } = await renderSection({
      to: ["sam@contoso.com"],
      settings: { trackExternalByDefault: true },
    });
    expect(screen.getByRole("switch", { name: trackName })).not.toBeChecked();

    act(() => compose.changeRecipients(["sam@contoso.com"], ["kim@northwind.com"]));

    expect(await screen.findByText(byDefaultText)).toBeInTheDocument();
    expect(screen.getByRole("switch", { name: trackName })).toBeChecked();
  });

  it("keeps the switch as it was and says what to do when Outlook cannot save", async () => {
    const user = userEvent.setup();
    await renderSection({ to: ["dana@fabrikam.com"], failSave: true });

    await user.click(screen.getByRole("switch", { name: trackName }));

    expect(await screen.findByRole("alert")).toHaveTextContent(
      appErrorTexts.office_call_failed.message,
    );
    expect(screen.getByRole("switch", { name: trackName })).not.toBeChecked();
  });

  it("explains that the email cannot be marked when add-in data on it is full", async () => {
    const user = userEvent.setup();
    const { state } = await renderSection({
      to: ["dana@fabrikam.com"],
      saved: { notes: "n".repeat(2490) },
    });

    await user.click(screen.getByRole("switch", { name: trackName }));

    expect(await screen.findByRole("alert")).toHaveTextContent(
      appErrorTexts.tracking_mark_too_large.message,
    );
    expect(state.saved).toStrictEqual({ notes: "n".repeat(2490) });
  });

  it("disables Track and asks to update Outlook when the item has no custom properties", async () => {
    const compose = createComposeItemFake(["dana@fabrikam.com"]);
    // A stripped host: the item lacks loadCustomPropertiesAsync (real Outlook has it from Mailbox 1.1).
    const bareItem: Record<string, unknown> = { ...compose.item };
    delete bareItem.loadCustomPropertiesAsync;
    const fake = createOfficeFake({ item: bareItem as unknown as typeof compose.item });
    renderInOfficePane(<TrackingSection />, { office: fake.office, title: "Compose with Tempo" });

    expect(await screen.findByRole("alert")).toHaveTextContent(
      appErrorTexts.office_api_unsupported.message,
    );
    expect(screen.getByRole("switch", { name: trackName })).toBeDisabled();
  });

  it("shows the switch off and disabled outside Outlook", () => {
    renderInOfficePane(<TrackingSection />, { office: undefined, title: "Compose with Tempo" });

    expect(screen.getByRole("switch", { name: trackName })).toBeDisabled();
    expect(
      screen.getByText("Open Tempo from a message you are writing to see its recipients."),
    ).toBeInTheDocument();
  });
});
