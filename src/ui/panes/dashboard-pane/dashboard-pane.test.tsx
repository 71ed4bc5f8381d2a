// Dashboard behaviour against fake services; to add a case, build emails with buildEmail({ …overrides }).
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webDarkTheme } from "@fluentui/react-components";
import { appErrorTexts } from "@/core/errors/app-error-codes";
import { createAppError } from "@/core/errors/app-error";
import { toTrackId } from "@/core/tracking/tracking-marker";
import { createOfficeFake, darkOfficeTheme } from "@/testing/office-fake";
import { readThemeToken, renderInOfficePane } from "@/testing/office-render";
import { PaneServicesContext } from "@/ui/hooks/use-pane-services";
import { DashboardPane } from "./dashboard-pane";
import type { PaneServices } from "@/app/composition-root";
import type { TrackingService } from "@/app/tracking-service";
import type { SignedInAccount } from "@/core/consent/signed-in-account";
import type { SyncProgress, TrackedEmail, TrackingSnapshot } from "@/core/tracking/tracked-email";

// Fluent in jsdom on a shared 2-core machine: a click-through test can pass jest's 5 s default.
jest.setTimeout(20_000);

const now = new Date("2025-11-10T12:00:00Z");
const alex: SignedInAccount = {
  homeAccountId: "oid.tid",
  username: "alex.wilber@contoso.com",
  displayName: "Alex Wilber",
  tenantId: "tid",
};

function buildEmail(overrides: Partial<TrackedEmail> & { messageId: string }): TrackedEmail {
  return {
    trackId: toTrackId(`tt-${overrides.messageId}`),
    subject: "Q3 pricing",
    sentDateTime: "2025-11-03T09:00:00Z",
    recipients: [{ address: "dana@fabrikam.com", name: "Dana", status: "awaiting" }],
    status: "awaiting",
    events: [],
    isUnseen: false,
    followUp: { state: "none" },
    ...overrides,
  };
}

function buildSnapshot(emails: TrackedEmail[]): TrackingSnapshot {
  return {
    emails,
    unseenCount: emails.filter((email) => email.isUnseen).length,
    syncedAt: "2025-11-10T11:59:00Z",
  };
}

const replied = buildEmail({
  messageId: "m-replied",
  subject: "Intro call",
  status: "replied",
  isUnseen: true,
  lastEngagementAt: "2025-11-04T15:30:00Z",
  events: [
    {
      key: "<reply@fabrikam.com>",
      kind: "human_reply",
      at: "2025-11-04T15:30:00Z",
      recipient: "dana@fabrikam.com",
      summary: "Replied",
      inboundMessageId: "AAMkAD-reply",
    },
    {
      key: "<ooo@fabrikam.com>",
      kind: "auto_reply",
      at: "2025-11-03T09:05:00Z",
      recipient: "dana@fabrikam.com",
      summary: "Out of office",
    },
  ],
});
const bounced = buildEmail({
  messageId: "m-bounced",
  subject: "Pricing sheet",
  status: "bounced",
  isUnseen: true,
  lastEngagementAt: "2025-11-03T10:00:00Z",
  recipients: [
    { address: "gone@northwind.com", status: "bounced" },
    { address: "kim@northwind.com", status: "awaiting" },
  ],
});
const due = buildEmail({
  messageId: "m-due",
  subject: "Following up",
  followUp: { state: "flagged", dueDateTime: "2025-11-06T09:00:00Z" },
});

/** Services whose tracking answers with `snapshots` in turn (the last one repeats). */
function createServices(options: {
  restored?: SignedInAccount | null;
  snapshots?: Array<TrackingSnapshot | Error>;
  refresh?: TrackingService["refresh"];
}) {
  let account: SignedInAccount | null = null;
  const snapshots = options.snapshots ?? [buildSnapshot([replied, bounced, due])];
  let call = 0;
  const tracking = {
    refresh: jest.fn<
      ReturnType<TrackingService["refresh"]>,
      Parameters<TrackingService["refresh"]>
    >(
      options.refresh ??
        (() => {
          const next = snapshots[Math.min(call, snapshots.length - 1)];
          call += 1;
          return next instanceof Error || next === undefined
            ? Promise.reject(next ?? new Error("no snapshot"))
            : Promise.resolve(next);
        }),
    ),
    markSeen: jest.fn((ids: readonly string[]) =>
      Promise.resolve(
        buildSnapshot(
          [replied, bounced, due].map((email) =>
            ids.includes(email.messageId) ? { ...email, isUnseen: false } : email,
          ),
        ),
      ),
    ),
    describeOpenMessage: jest.fn(() => Promise.resolve({ kind: "not_tracked" as const })),
  } satisfies TrackingService;
  const session = {
    getAccessToken: () => Promise.resolve("token"),
    signIn: jest.fn(() => {
      account = alex;
      return Promise.resolve(alex);
    }),
    restoreSignIn: jest.fn(() => {
      account = options.restored === undefined ? alex : options.restored;
      return Promise.resolve(account);
    }),
    signOut: () => Promise.resolve(),
    getSignedInAccount: () => account,
    getGrantedScopes: () => ["User.Read", "Mail.ReadWrite"],
    getAuthMode: () => Promise.resolve("nested" as const),
    getAdminConsentUrl: () => "https://login.example/adminconsent",
  };
  const unused = new Proxy({} as PaneServices["mail"], {
    get: (_target, name) => () => Promise.reject(new Error(`${String(name)} is not used here`)),
  });
  const services: PaneServices = {
    session,
    calendar: unused as unknown as PaneServices["calendar"],
    mail: unused,
    tracking,
  };
  return { services, tracking, session };
}

function renderDashboard(
  services: PaneServices | undefined,
  office = createOfficeFake().office,
  refreshIntervalMs?: number,
) {
  return renderInOfficePane(
    <PaneServicesContext value={services}>
      <DashboardPane
        locale="en-US"
        timeZone="UTC"
        now={() => now}
        refreshIntervalMs={refreshIntervalMs}
      />
    </PaneServicesContext>,
    { office, title: "Tempo dashboard" },
  );
}

async function findList(): Promise<HTMLElement> {
  return screen.findByRole("list", { name: "Tracked emails" });
}

describe("DashboardPane without sign-in services", () => {
  it("shows its title and how to start tracking", () => {
    renderDashboard(undefined);

    expect(screen.getByRole("heading", { level: 1, name: "Tempo dashboard" })).toBeInTheDocument();
    expect(screen.getByText("No tracked emails yet.")).toBeInTheDocument();
    expect(
      screen.getByText(
        "Turn on Track in the compose pane to see replies, auto-replies and bounces here.",
      ),
    ).toBeInTheDocument();
  });

  it("follows a dark Office theme", () => {
    renderDashboard(undefined, createOfficeFake({ theme: darkOfficeTheme }).office);

    expect(readThemeToken("colorNeutralBackground1")).toBe(webDarkTheme.colorNeutralBackground1);
  });
});

describe("DashboardPane tracked emails", () => {
  it("asks to sign in, then lists the tracked emails once signed in", async () => {
    const user = userEvent.setup();
    const { services, tracking } = createServices({ restored: null });
    renderDashboard(services);

    await user.click(await screen.findByRole("button", { name: "Sign in" }));

    const list = await findList();
    expect(within(list).getAllByRole("listitem")).toHaveLength(3);
    expect(tracking.refresh).toHaveBeenCalledTimes(1);
  });

  it("lists each email in the service's order with its status chip, new marker and follow-up", async () => {
    const { services } = createServices({});
    renderDashboard(services);

    const items = within(await findList()).getAllByRole("listitem");

    expect(items.map((item) => item.textContent)).toStrictEqual([
      "Intro callDana <dana@fabrikam.com> · Tue, Nov 4, 3:30 PMRepliedNew",
      "Pricing sheetgone@northwind.com and 1 more · Mon, Nov 3, 10:00 AMBouncedNew",
      "Following upDana <dana@fabrikam.com> · Mon, Nov 3, 9:00 AMAwaiting replyFollow up due",
    ]);
    expect(items.map((item) => item.getAttribute("aria-posinset"))).toStrictEqual(["1", "2", "3"]);
    expect(screen.getByRole("heading", { level: 2, name: "Tracked emails · 2 new" })).toBeVisible();
    expect(screen.getByText("Updated Mon, Nov 10, 11:59 AM")).toBeInTheDocument();
  });

  it("opens an email's timeline oldest first and marks it seen", async () => {
    const user = userEvent.setup();
    const { services, tracking } = createServices({});
    renderDashboard(services);

    await user.click(within(await findList()).getByRole("button", { name: /^Intro call/ }));

    const timeline = screen.getByRole("region", { name: "Timeline: Intro call" });
    const events = within(
      within(timeline).getByRole("list", { name: "Events, oldest first" }),
    ).getAllByRole("listitem");
    expect(events.map((event) => event.textContent)).toStrictEqual([
      "Auto-replydana@fabrikam.com · Mon, Nov 3, 9:05 AMOut of office",
      "Replydana@fabrikam.com · Tue, Nov 4, 3:30 PMReplied",
    ]);
    expect(tracking.markSeen.mock.calls).toStrictEqual([[["m-replied"]]]);
    expect(
      await screen.findByRole("heading", { level: 2, name: "Tracked emails · 1 new" }),
    ).toBeVisible();
    expect(within(timeline).queryByRole("button", { name: "Open message" })).toBeNull();
  });

  it("opens the inbound message in Outlook where displayMessageForm is supported", async () => {
    const user = userEvent.setup();
    const { services } = createServices({});
    const office = createOfficeFake().office;
    const opened: string[] = [];
    Object.assign(office.context.mailbox ?? {}, {
      convertToEwsId: (id: string, version: string) => `ews(${id},${version})`,
      displayMessageForm: (id: string) => opened.push(id),
    });
    renderDashboard(services, office);

    await user.click(within(await findList()).getByRole("button", { name: /^Intro call/ }));
    await user.click(screen.getByRole("button", { name: "Open message" }));

    expect(opened).toStrictEqual(["ews(AAMkAD-reply,v2.0)"]);
  });

  it("shows progress while syncing, then the list", async () => {
    let finish: (snapshot: TrackingSnapshot) => void = () => undefined;
    let report: (progress: SyncProgress) => void = () => undefined;
    const { services } = createServices({
      refresh: (options) => {
        report = options?.onProgress ?? report;
        return new Promise((resolve) => {
          finish = resolve;
        });
      },
    });
    renderDashboard(services);

    await screen.findByRole("button", { name: "Refresh" });
    const bar = await screen.findByRole("progressbar", { name: "Syncing tracked emails" });
    act(() => report({ phase: "updating", done: 3, total: 10 }));

    expect(screen.getByText("Updating tracked emails: 3 of 10")).toBeInTheDocument();
    expect(bar).toHaveAttribute("aria-valuenow", "3");
    expect(screen.getByRole("button", { name: "Refresh" })).toBeDisabled();
    act(() => finish(buildSnapshot([due])));
    expect(within(await findList()).getAllByRole("listitem")).toHaveLength(1);
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("shows the error with what to do, and Try again refreshes", async () => {
    const user = userEvent.setup();
    const { services, tracking } = createServices({
      snapshots: [createAppError("graph_throttled"), buildSnapshot([due])],
    });
    renderDashboard(services);

    expect(await screen.findByRole("alert")).toHaveTextContent(
      appErrorTexts.graph_throttled.message,
    );
    await user.click(screen.getByRole("button", { name: "Try again" }));

    expect(within(await findList()).getAllByRole("listitem")).toHaveLength(1);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(tracking.refresh).toHaveBeenCalledTimes(2);
  });

  it("says there is nothing tracked yet when the mailbox has no tracked mail", async () => {
    const { services } = createServices({ snapshots: [buildSnapshot([])] });
    renderDashboard(services);

    expect(await screen.findByText("No tracked emails yet.")).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "Tracked emails" })).not.toBeInTheDocument();
  });

  it("renders hostile mail text as text, never as markup", async () => {
    const hostile = '<img src=x onerror="alert(1)"><b>Win</b>';
    const { services } = createServices({
      snapshots: [buildSnapshot([buildEmail({ messageId: "m-x", subject: hostile })])],
    });
    const { container } = renderDashboard(services);

    const item = within(await findList()).getByRole("listitem");

    expect(item).toHaveTextContent(hostile);
    expect(container.querySelector("img, b")).toBeNull();
  });

  it("keeps only a screenful of 1,000 tracked emails in the DOM", async () => {
    const many = Array.from({ length: 1000 }, (_, index) =>
      buildEmail({ messageId: `m-${String(index)}`, subject: `Email ${String(index)}` }),
    );
    const { services } = createServices({ snapshots: [buildSnapshot(many)] });
    renderDashboard(services);

    const items = within(await findList()).getAllByRole("listitem");

    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(20);
    expect(items[0]).toHaveAttribute("aria-setsize", "1000");
    expect(items[0]).toHaveTextContent("Email 0");
  });

  it("refreshes on Refresh and every interval while visible", async () => {
    const user = userEvent.setup();
    const { services, tracking } = createServices({});
    renderDashboard(services, undefined, 200);
    await findList();

    await user.click(screen.getByRole("button", { name: "Refresh" }));
    await screen.findByRole("button", { name: "Refresh" });
    await act(() => new Promise((resolve) => setTimeout(resolve, 450)));

    expect(tracking.refresh.mock.calls.length).toBeGreaterThanOrEqual(3);
  });
});
