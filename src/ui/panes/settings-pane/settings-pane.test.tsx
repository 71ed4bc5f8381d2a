import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webDarkTheme } from "@fluentui/react-components";
import { appErrorTexts } from "@/core/errors/app-error-codes";
import { createAppError, type AppError } from "@/core/errors/app-error";
import {
  createPaneServicesLoader,
  PaneServicesContext,
  type LoadPaneServices,
} from "@/ui/hooks/use-pane-services";
import { createOfficeFake, darkOfficeTheme } from "@/testing/office-fake";
import { readThemeToken, renderInOfficePane } from "@/testing/office-render";
import { followUpAfterDaysKey, trackExternalByDefaultKey } from "./preferences-section";
import { SettingsPane } from "./settings-pane";
import type { AuthSession } from "@/app/auth-session";
import type { PaneServices } from "@/app/composition-root";
import type { CalendarApi } from "@/ports/calendar-api";
import type { MailApi } from "@/ports/mail-api";
import type { TrackingService } from "@/app/tracking-service";
import type { SignedInAccount } from "@/core/consent/signed-in-account";

const switchName = "Track by default for external recipients";
const followUpName = "Follow up after (days)";
const adminConsentUrl =
  "https://login.microsoftonline.com/tid/v2.0/adminconsent?client_id=c&scope=https%3A%2F%2Fgraph.microsoft.com%2FUser.Read&redirect_uri=r";
const alex: SignedInAccount = {
  homeAccountId: "oid.tid",
  username: "alex.wilber@contoso.com",
  displayName: "Alex Wilber",
  tenantId: "tid",
};

/** A session fake: `restored` is what a quiet restore finds; `signInResult` what Sign in gives. */
function createFakeServices(options: {
  restored?: SignedInAccount | null;
  signInResult?: SignedInAccount | AppError;
  grantedScopes?: string[];
}): PaneServices & { session: AuthSession & { signIn: jest.Mock; signOut: jest.Mock } } {
  let account: SignedInAccount | null = null;
  const session = {
    getAccessToken: jest.fn(() => Promise.resolve("token")),
    signIn: jest.fn(() => {
      const result = options.signInResult ?? alex;
      if (result instanceof Error) return Promise.reject(result);
      account = result;
      return Promise.resolve(result);
    }),
    restoreSignIn: jest.fn(() => {
      account = options.restored ?? null;
      return Promise.resolve(account);
    }),
    signOut: jest.fn(() => {
      account = null;
      return Promise.resolve();
    }),
    getSignedInAccount: () => account,
    getGrantedScopes: () => options.grantedScopes ?? ["User.Read"],
    getAuthMode: () => Promise.resolve("dialog" as const),
    getAdminConsentUrl: () => adminConsentUrl,
  };
  const calendar: CalendarApi = {
    getMe: jest.fn(() =>
      Promise.resolve({ id: "oid", displayName: "Alex Wilber", mail: "alex.wilber@contoso.com" }),
    ),
    getMailboxSettings: jest.fn(),
    getSchedule: jest.fn(),
    getOnlineMeetingSettings: jest.fn(),
    createEvent: jest.fn(),
    listHolds: jest.fn(),
    deleteEvent: jest.fn(),
    listConversationMessages: jest.fn(),
  };
  // The settings pane never reads mail; any call fails the test loudly.
  const mail = new Proxy({} as MailApi, {
    get: (_target, name) => () =>
      Promise.reject(new Error(`MailApi.${String(name)} is not used by the settings pane`)),
  });
  // Nor does it track mail.
  const tracking = new Proxy({} as TrackingService, {
    get: (_target, name) => () =>
      Promise.reject(new Error(`TrackingService.${String(name)} is not used by the settings pane`)),
  });
  return { session, calendar, mail, tracking };
}

function renderSettingsPane(
  options: Parameters<typeof createOfficeFake>[0] = {},
  services?: PaneServices | LoadPaneServices,
) {
  const fake = createOfficeFake(options);
  renderInOfficePane(
    <PaneServicesContext value={services}>
      <SettingsPane />
    </PaneServicesContext>,
    { office: fake.office, title: "Tempo settings" },
  );
  return fake;
}

function permissionItem(scope: string): HTMLElement {
  return within(screen.getByRole("list", { name: "Tempo permissions" })).getByRole("listitem", {
    name: scope,
  });
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

  it("starts with tracking by default off and follow-up after 3 days", () => {
    renderSettingsPane();

    expect(screen.getByRole("switch", { name: switchName })).not.toBeChecked();
    expect(screen.getByRole("spinbutton", { name: followUpName })).toHaveValue(3);
  });

  it("saves the follow-up days when the rep presses Enter, and 0 turns follow-ups off", async () => {
    const user = userEvent.setup();
    const fake = renderSettingsPane();
    const days = screen.getByRole("spinbutton", { name: followUpName });

    await user.clear(days);
    await user.type(days, "7{Enter}");
    expect(fake.savedSettings.get(followUpAfterDaysKey)).toBe(7);
    await user.clear(days);
    await user.type(days, "0");
    await user.tab();

    expect(fake.savedSettings.get(followUpAfterDaysKey)).toBe(0);
    expect(fake.saveAsyncCallCount).toBe(2);
    expect(days).toHaveValue(0);
  });

  it("shows the saved follow-up days when the pane opens", () => {
    renderSettingsPane({ settings: { [followUpAfterDaysKey]: 10 } });
    expect(screen.getByRole("spinbutton", { name: followUpName })).toHaveValue(10);
  });

  it("refuses follow-up days that are not a whole number from 0 to 60, and keeps the saved one", async () => {
    const user = userEvent.setup();
    const fake = renderSettingsPane({ settings: { [followUpAfterDaysKey]: 5 } });
    const days = screen.getByRole("spinbutton", { name: followUpName });

    await user.clear(days);
    await user.type(days, "2.5{Enter}");

    expect(await screen.findByRole("alert")).toHaveTextContent(appErrorTexts.invalid_input.message);
    expect(days).toHaveValue(5);
    expect(fake.saveAsyncCallCount).toBe(0);
    await user.clear(days);
    await user.type(days, "61{Enter}");
    expect(fake.savedSettings.get(followUpAfterDaysKey)).toBe(5);
  });

  it("reads a stored follow-up value out of range as the default", () => {
    renderSettingsPane({ settings: { [followUpAfterDaysKey]: -4 } });

    expect(screen.getByRole("spinbutton", { name: followUpName })).toHaveValue(3);
  });

  it("follows a dark Office theme", () => {
    renderSettingsPane({ theme: darkOfficeTheme });

    expect(readThemeToken("colorNeutralBackground1")).toBe(webDarkTheme.colorNeutralBackground1);
  });
});

describe("SettingsPane sign-in", () => {
  it("signs in on request and shows the user from GET /me", async () => {
    const user = userEvent.setup();
    const services = createFakeServices({ restored: null });
    renderSettingsPane({}, services);

    await user.click(await screen.findByRole("button", { name: "Sign in" }));

    expect(
      await screen.findByText("Signed in as Alex Wilber (alex.wilber@contoso.com)"),
    ).toBeInTheDocument();
    expect(services.session.signIn).toHaveBeenCalledTimes(1);
    expect(services.calendar.getMe).toHaveBeenCalledTimes(1);
  });

  it("restores a sign-in quietly when the pane opens", async () => {
    renderSettingsPane({}, createFakeServices({ restored: alex }));

    expect(await screen.findByRole("button", { name: "Sign out" })).toBeInTheDocument();
  });

  it("signs out", async () => {
    const user = userEvent.setup();
    const services = createFakeServices({ restored: alex });
    renderSettingsPane({}, services);

    await user.click(await screen.findByRole("button", { name: "Sign out" }));

    expect(await screen.findByText("Not signed in")).toBeInTheDocument();
    expect(services.session.signOut).toHaveBeenCalledTimes(1);
  });

  it("offers Try again after the dialog was blocked", async () => {
    const user = userEvent.setup();
    const services = createFakeServices({ signInResult: createAppError("auth_popup_blocked") });
    renderSettingsPane({}, services);

    await user.click(await screen.findByRole("button", { name: "Sign in" }));

    expect(await screen.findByRole("alert")).toHaveTextContent(
      appErrorTexts.auth_popup_blocked.message,
    );
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(services.session.signIn).toHaveBeenCalledTimes(2);
  });

  it("points to the admin-consent link when consent is blocked", async () => {
    const user = userEvent.setup();
    const services = createFakeServices({ signInResult: createAppError("auth_consent_required") });
    renderSettingsPane({}, services);

    await user.click(await screen.findByRole("button", { name: "Sign in" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("Ask your admin");
    expect(screen.getByRole("textbox", { name: "Admin consent link" })).toHaveValue(
      adminConsentUrl,
    );
  });
});

describe("SettingsPane permissions", () => {
  it("renders each scope granted or not granted from the token's scp", async () => {
    renderSettingsPane(
      {},
      createFakeServices({ restored: alex, grantedScopes: ["User.Read", "Mail.Send"] }),
    );
    await screen.findByRole("button", { name: "Sign out" });

    expect(permissionItem("User.Read")).toHaveTextContent("Granted");
    expect(permissionItem("Mail.Send")).toHaveTextContent("Granted");
    expect(permissionItem("Mail.ReadWrite")).toHaveTextContent("Not granted");
    expect(permissionItem("Calendars.ReadBasic")).toHaveTextContent("Not granted");
    expect(permissionItem("Calendars.ReadBasic")).toHaveTextContent("Used by: Share availability");
    expect(permissionItem("Calendars.ReadBasic")).toHaveTextContent("Needs your admin's consent");
    // Reply detection writes what came back onto the sent message (PATCH), so it needs Mail.ReadWrite.
    expect(permissionItem("Mail.ReadWrite")).toHaveTextContent(
      /Used by: Tracked email, Reply detection, Follow-up reminders, Send later$/,
    );
    expect(permissionItem("Mail.Read")).toHaveTextContent(/Used by: Book meetings$/);
  });

  it("shows nothing as granted while signed out", async () => {
    renderSettingsPane({}, createFakeServices({ restored: null }));
    await screen.findByRole("button", { name: "Sign in" });

    expect(permissionItem("User.Read")).toHaveTextContent("Not granted");
  });

  it("copies the admin-consent link", async () => {
    const user = userEvent.setup();
    renderSettingsPane({}, createFakeServices({ restored: null }));

    await user.click(screen.getByRole("button", { name: "Copy admin consent link" }));

    expect(await navigator.clipboard.readText()).toBe(adminConsentUrl);
    expect(await screen.findByText("Copied.")).toBeInTheDocument();
  });
});

describe("SettingsPane with services loaded after the first render", () => {
  /** A loader the test settles by hand, standing in for `import("@/app/composition-root")`. */
  function createManualLoader() {
    let settle: { resolve: (services: PaneServices) => void; reject: (error: Error) => void } = {
      resolve: () => undefined,
      reject: () => undefined,
    };
    const load = jest.fn(
      () =>
        new Promise<PaneServices>((resolve, reject) => {
          settle = { resolve, reject };
        }),
    );
    return { load, settle: () => settle };
  }

  it("reads Checking… until the sign-in code is there, then restores quietly, loading it once", async () => {
    const manual = createManualLoader();
    renderSettingsPane({}, createPaneServicesLoader(manual.load));

    expect(screen.getByRole("button", { name: "Sign in" })).toBeDisabled();
    expect(screen.getAllByText("Checking…").length).toBeGreaterThan(0);

    manual.settle().resolve(createFakeServices({ restored: alex }));

    expect(await screen.findByRole("button", { name: "Sign out" })).toBeInTheDocument();
    expect(manual.load).toHaveBeenCalledTimes(1);
  });

  it("shows the failure when the sign-in code cannot load, and Try again fetches it again", async () => {
    const user = userEvent.setup();
    const manual = createManualLoader();
    renderSettingsPane({}, createPaneServicesLoader(manual.load));

    manual.settle().reject(new Error("Loading chunk pane-services failed."));

    expect(await screen.findByRole("alert")).toHaveTextContent(appErrorTexts.auth_failed.message);
    await user.click(screen.getByRole("button", { name: "Try again" }));
    manual.settle().resolve(createFakeServices({ restored: null }));

    expect(await screen.findByText("Not signed in")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Sign in" })).toBeEnabled();
    expect(manual.load).toHaveBeenCalledTimes(2);
  });
});
