import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webDarkTheme } from "@fluentui/react-components";
import { createComposeItemFake, createOfficeFake, darkOfficeTheme } from "@/testing/office-fake";
import { readThemeToken, renderInOfficePane } from "@/testing/office-render";
import { ComposePane } from "./compose-pane";

/** Renders the pane and waits for the first recipient read, so no state update lands after a test. */
async function renderComposePane(options: Parameters<typeof createOfficeFake>[0] = {}) {
  const compose = createComposeItemFake(["dana@fabrikam.com", "sam@contoso.com"]);
  const fake = createOfficeFake({ item: compose.item, ...options });
  renderInOfficePane(<ComposePane />, { office: fake.office, title: "Compose with Tempo" });
  await screen.findByText("To: 2 recipients, 1 external");
  return { fake, compose };
}

describe("ComposePane", () => {
  it("shows its title, the Track switch off, and the recipient summary from the compose item", async () => {
    await renderComposePane();

    expect(
      screen.getByRole("heading", { level: 1, name: "Compose with Tempo" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("switch", { name: "Track this email" })).not.toBeChecked();
    expect(screen.getByText("To: 2 recipients, 1 external")).toBeInTheDocument();
  });

  it("turns tracking on and off from the keyboard", async () => {
    const user = userEvent.setup();
    const { compose } = await renderComposePane();
    const trackSwitch = screen.getByRole("switch", { name: "Track this email" });

    trackSwitch.focus();
    await user.keyboard(" ");
    expect(trackSwitch).toBeChecked();
    await waitFor(() =>
      expect(compose.savedCustomProperties()).toStrictEqual({
        tempoTrackId: expect.stringMatching(/^tt-[0-9a-f-]{36}$/) as unknown,
        tempoTracking: "on",
      }),
    );
    await user.keyboard(" ");
    expect(trackSwitch).not.toBeChecked();
    await waitFor(() =>
      expect(compose.savedCustomProperties()).toStrictEqual({ tempoTracking: "off" }),
    );
    // Classic Outlook keeps custom properties only once the item itself is saved (GRAPH-FACTS A1).
    expect(compose.itemSaveCount()).toBe(2);
  });

  it("updates the summary when Outlook reports changed recipients", async () => {
    const { compose } = await renderComposePane();

    act(() => compose.changeRecipients(["lee@contoso.com"], ["kim@northwind.com"]));

    expect(await screen.findByText("To: 1 recipient")).toBeInTheDocument();
    expect(screen.getByText("Cc: 1 recipient, 1 external")).toBeInTheDocument();
  });

  it("offers send later and availability, each behind its own button", async () => {
    await renderComposePane();

    expect(screen.getByRole("region", { name: "Send later" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Insert availability" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Choose a send time" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Find free times" })).toBeInTheDocument();
  });

  it("follows a dark Office theme", async () => {
    await renderComposePane({ theme: darkOfficeTheme });

    expect(readThemeToken("colorNeutralBackground1")).toBe(webDarkTheme.colorNeutralBackground1);
  });
});
