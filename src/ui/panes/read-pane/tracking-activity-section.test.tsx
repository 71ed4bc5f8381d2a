import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { appErrorTexts } from "@/core/errors/app-error-codes";
import { createAppError } from "@/core/errors/app-error";
import { toTrackId } from "@/core/tracking/tracking-marker";
import { createOfficeFake, createReadItemFake } from "@/testing/office-fake";
import { renderInOfficePane } from "@/testing/office-render";
import { PaneServicesContext } from "@/ui/hooks/use-pane-services";
import { TrackingActivitySection } from "./tracking-activity-section";
import type { PaneServices } from "@/app/composition-root";
import type { TrackedReplyInfo, TrackingService } from "@/app/tracking-service";
import type { SignedInAccount } from "@/core/consent/signed-in-account";
import type { TrackedEmail } from "@/core/tracking/tracked-email";

jest.setTimeout(20_000);

const alex: SignedInAccount = {
  homeAccountId: "oid.tid",
  username: "alex.wilber@contoso.com",
  displayName: "Alex Wilber",
  tenantId: "tid",
};

const tracked: TrackedEmail = {
  messageId: "m-1",
  trackId: toTrackId("tt-1"),
  subject: "Q3 pricing",
  sentDateTime: "2025-11-03T09:00:00Z",
  recipients: [{ address: "dana@fabrikam.com", status: "replied" }],
  status: "replied",
  events: [],
  isUnseen: true,
  followUp: { state: "cleared" },
};

function engagement(infoBarText: string): TrackedReplyInfo {
  return { kind: "engagement", tracked, infoBarText };
}

function createServices(options: {
  restored?: SignedInAccount | null;
  answers: Array<TrackedReplyInfo | Error>;
}) {
  let call = 0;
  const describeOpenMessage = jest.fn<
    ReturnType<TrackingService["describeOpenMessage"]>,
    Parameters<TrackingService["describeOpenMessage"]>
  >(() => {
    const answer = options.answers[Math.min(call, options.answers.length - 1)];
    call += 1;
    return answer instanceof Error || answer === undefined
      ? Promise.reject(answer ?? new Error("no answer"))
      : Promise.resolve(answer);
  });
  const unused = new Proxy({} as PaneServices["mail"], {
    get: (_target, name) => () => Promise.reject(new Error(`${String(name)} is not used here`)),
  });
  const services: PaneServices = {
    session: {
      getAccessToken: () => Promise.resolve("token"),
      signIn: () => Promise.resolve(alex),
      restoreSignIn: () =>
        Promise.resolve(options.restored === undefined ? alex : options.restored),
      signOut: () => Promise.resolve(),
      getSignedInAccount: () => alex,
      getGrantedScopes: () => ["Mail.ReadWrite"],
      getAuthMode: () => Promise.resolve("nested" as const),
      getAdminConsentUrl: () => "https://login.example/adminconsent",
    },
    calendar: unused as unknown as PaneServices["calendar"],
    mail: unused,
    tracking: {
      refresh: () => Promise.reject(new Error("not used")),
      markSeen: () => Promise.reject(new Error("not used")),
      describeOpenMessage,
    },
  };
  return { services, describeOpenMessage };
}

/** A read item with the ids Outlook gives, an info-bar recorder, and REST id conversion. */
function createOffice(options: { withNotifications?: boolean } = {}) {
  const item = createReadItemFake({
    senderName: "Dana Park",
    senderEmailAddress: "dana@fabrikam.com",
    subject: "Re: Q3 pricing",
  });
  const infoBars: unknown[][] = [];
  Object.assign(item, {
    itemId: "AAMkAD-ews",
    internetMessageId: "<reply-1@fabrikam.com>",
    ...(options.withNotifications === false
      ? {}
      : {
          notificationMessages: {
            replaceAsync: (
              key: string,
              details: unknown,
              callback: (result: { status: string; value: undefined }) => void,
            ) => {
              infoBars.push([key, details]);
              callback({ status: "succeeded", value: undefined });
            },
          },
        }),
  });
  const fake = createOfficeFake({
    item,
    maxMailboxVersion: options.withNotifications === false ? "1.2" : "1.15",
  });
  Object.assign(fake.office.context.mailbox ?? {}, {
    convertToRestId: (id: string, version: string) => `rest(${id},${version})`,
  });
  return { office: fake.office, infoBars };
}

function renderSection(services: PaneServices | undefined, office = createOffice().office) {
  renderInOfficePane(
    <PaneServicesContext value={services}>
      <TrackingActivitySection />
    </PaneServicesContext>,
    { office, title: "Tempo activity" },
  );
}

describe("TrackingActivitySection", () => {
  it("shows the engagement and puts Tempo's info bar on the item", async () => {
    const { services, describeOpenMessage } = createServices({
      answers: [engagement("Replied to your tracked email of Mon 3 Nov")],
    });
    const { office, infoBars } = createOffice();
    renderSection(services, office);

    expect(
      await screen.findByText("Replied to your tracked email of Mon 3 Nov"),
    ).toBeInTheDocument();
    expect(screen.getByText("Q3 pricing")).toBeInTheDocument();
    expect(describeOpenMessage.mock.calls).toStrictEqual([
      [
        {
          restId: "rest(AAMkAD-ews,v2.0)",
          conversationId: "AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAM",
          internetMessageId: "<reply-1@fabrikam.com>",
        },
      ],
    ]);
    expect(infoBars).toStrictEqual([
      [
        "tempo-engagement",
        {
          type: "informationalMessage",
          message: "Replied to your tracked email of Mon 3 Nov",
          icon: "Icon.16x16",
          persistent: false,
        },
      ],
    ]);
  });

  it("cuts an info bar to Outlook's 150 characters", async () => {
    const long = `Replied: ${"x".repeat(200)}`;
    const { services } = createServices({ answers: [engagement(long)] });
    const { office, infoBars } = createOffice();
    renderSection(services, office);

    await screen.findByText(long);

    const details = infoBars[0]?.[1] as { message: string };
    expect(details.message).toHaveLength(150);
    expect(details.message).toBe(`${long.slice(0, 149)}…`);
  });

  it("shows the engagement in the pane only, below Mailbox 1.3 (no notificationMessages)", async () => {
    const { services } = createServices({ answers: [engagement("Out of office reply")] });
    const { office, infoBars } = createOffice({ withNotifications: false });
    renderSection(services, office);

    expect(await screen.findByText("Out of office reply")).toBeInTheDocument();
    expect(infoBars).toStrictEqual([]);
  });

  it("says there is no activity when the message is not about tracked mail", async () => {
    const { services } = createServices({ answers: [{ kind: "not_tracked" }] });
    renderSection(services);

    expect(
      await screen.findByText("No Tempo activity on this conversation yet"),
    ).toBeInTheDocument();
  });

  it("asks to sign in, without asking Graph, when no account can be restored", async () => {
    const { services, describeOpenMessage } = createServices({
      restored: null,
      answers: [{ kind: "not_tracked" }],
    });
    renderSection(services);

    expect(await screen.findByText("Sign in to Tempo to see activity here.")).toBeInTheDocument();
    expect(describeOpenMessage).not.toHaveBeenCalled();
  });

  it("shows a failure with what to do, and Try again asks again", async () => {
    const user = userEvent.setup();
    const { services, describeOpenMessage } = createServices({
      answers: [createAppError("graph_unreachable"), engagement("Bounced (5.1.1)")],
    });
    renderSection(services);

    expect(await screen.findByRole("alert")).toHaveTextContent(
      appErrorTexts.graph_unreachable.message,
    );
    await user.click(screen.getByRole("button", { name: "Try again" }));

    expect(await screen.findByText("Bounced (5.1.1)")).toBeInTheDocument();
    expect(describeOpenMessage).toHaveBeenCalledTimes(2);
  });

  it("renders hostile text from mail as text", async () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const { services } = createServices({ answers: [engagement(hostile)] });
    renderSection(services);

    expect(await screen.findByText(hostile)).toBeInTheDocument();
    expect(document.querySelector("img")).toBeNull();
  });
});
