import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webDarkTheme } from "@fluentui/react-components";
import { appErrorTexts } from "@/core/errors/app-error-codes";
import { createOfficeFake, darkOfficeTheme } from "@/testing/office-fake";
import { readThemeToken, renderInOfficePane } from "@/testing/office-render";
import { trackExternalByDefaultKey } from "./preferences-section";
import { SettingsPane } from "./settings-pane";

const switchName = "Track by default for external recipients";

function renderSettingsPane(options: Parameters<typeof createOfficeFake>[0] = {}) {
  const fake = createOfficeFake(options);
  renderInOfficePane(<SettingsPane />, { office: fake.office, title: "Tempo settings" });
  return fake;
}

describe("SettingsPane", () => {
  it("shows its title and the Account, Permissions, Preferences and About sections", () => {
    renderSettingsPane();

    expect(screen.getByRole("heading", { level: 1, name: "Tempo settings" })).toBeInTheDocument();
    for (const name of ["Account", "Permissions", "Preferences", "About"]) {
      expect(screen.getByRole("region", { name })).toBeInTheDocument();
    }
    expect(screen.getByText("Sign in to see what Tempo may do")).toBeInTheDocument();
    expect(screen.getByText("Alex Wilber (alex.wilber@contoso.com)")).toBeInTheDocument();
  });

  it("reports the host, platform and the Mailbox requirement sets the client supports", () => {
    renderSettingsPane({ maxMailboxVersion: "1.13" });

    expect(screen.getByText("Outlook on OfficeOnline, version 20250101001.01")).toBeInTheDocument();
    expect(screen.getByText("Mailbox 1.1–1.13")).toBeInTheDocument();
  });

  it("saves the preference with roamingSettings.set and saveAsync", async () => {
    const user = userEvent.setup();
    const fake = renderSettingsPane();

    await user.click(screen.getByRole("switch", { name: switchName }));

    expect(screen.getByRole("switch", { name: switchName })).toBeChecked();
    expect(fake.saveAsyncCallCount).toBe(1);
    expect(fake.savedSettings.get(trackExternalByDefaultKey)).toBe(true);
  });

  it("shows the saved preference when the pane opens", () => {
    renderSettingsPane({ settings: { [trackExternalByDefaultKey]: true } });

    expect(screen.getByRole("switch", { name: switchName })).toBeChecked();
  });

  it("shows an error and keeps the old value when saveAsync fails", async () => {
    const user = userEvent.setup();
    const fake = renderSettingsPane();
    fake.shouldFailSave = true;

    await user.click(screen.getByRole("switch", { name: switchName }));

    expect(await screen.findByRole("alert")).toHaveTextContent(
      appErrorTexts.office_call_failed.message,
    );
    expect(screen.getByRole("switch", { name: switchName })).not.toBeChecked();
    expect(fake.settings.get(trackExternalByDefaultKey)).toBe(false);
    expect(fake.savedSettings.has(trackExternalByDefaultKey)).toBe(false);
  });

  it("follows a dark Office theme", () => {
    renderSettingsPane({ theme: darkOfficeTheme });

    expect(readThemeToken("colorNeutralBackground1")).toBe(webDarkTheme.colorNeutralBackground1);
  });
});
