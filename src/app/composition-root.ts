// The one place adapters are built and handed to the panes: MSAL token provider (NAA or dialog) and the Graph gateway.
import { runAuthDialog, type AuthDialogPage } from "../adapters/msal/auth-dialog-runner";
import { browserMsalClients } from "../adapters/msal/msal-client-factory";
import { MsalTokenProvider } from "../adapters/msal/msal-token-provider";
import {
  createOfficeAuthHost,
  type OfficeAuthApi,
  type OfficeAuthHost,
} from "../adapters/msal/office-auth-host";
import { GraphCalendarApi } from "../adapters/graph/graph-calendar-api";
import { GraphGateway } from "../adapters/graph/graph-client";
import { GraphMailApi } from "../adapters/graph/graph-mail-api";
import { GraphScheduledSend } from "../adapters/graph/graph-scheduled-send";
import { createOfficeComposeDelivery } from "../adapters/office/delay-delivery";
import { createRoamingSendLaterSettings } from "../adapters/office/delay-delivery-settings";
import { RoamingCursorStore } from "../adapters/office/roaming-cursor-store";
import { toScheduleId } from "../ports/scheduled-send-api";
import { withReplyAwareSendLater } from "./reply-aware-tracking";
import { createSendLaterService, type SendLaterService } from "./send-later/send-later-service";
import { createTrackingService } from "./tracking/create-tracking-service";
import { followUpAfterDaysKey, readTrackingSettings } from "./tracking/tracking-settings";
import type { CalendarApi } from "../ports/calendar-api";
import type { MailApi } from "../ports/mail-api";
import type { AuthSession } from "./auth-session";
import type { TrackingSettings } from "./tracking/tracking-deps";
import type { TrackingService } from "./tracking-service";

/** Build-time settings (webpack DefinePlugin); nothing here is a secret. */
export interface AuthBuildConfig {
  readonly clientId: string;
  readonly authority: string;
  /** e.g. "https://graph.microsoft.com/v1.0". */
  readonly graphBaseUrl: string;
}

/** The page in the bundle that is both the dialog and the registered SPA redirect URI. */
export const authDialogPath = "/auth-dialog.html";

export interface PaneServices {
  readonly session: AuthSession;
  readonly calendar: CalendarApi;
  readonly mail: MailApi;
  /** Send later (issue #6); optional so fakes built for other panes need not provide it. */
  readonly sendLater?: SendLaterService;
  readonly tracking: TrackingService;
}

/** Office may load after the bundle; the host is read on first use. */
function createLazyOfficeHost(readOffice: () => OfficeAuthApi | undefined): OfficeAuthHost {
  const current = () => {
    const office = readOffice();
    return office === undefined ? undefined : createOfficeAuthHost(office);
  };
  return {
    isNestedAppAuthSupported: () => current()?.isNestedAppAuthSupported() ?? false,
    readLoginHint: () => current()?.readLoginHint() ?? Promise.resolve(undefined),
    openDialog: (url) =>
      current()?.openDialog(url) ?? Promise.reject(new Error("Office is not available here.")),
  };
}

/** Send later reads the compose item and roaming settings, so it takes the whole Office namespace. */
const readMailboxOffice = () => (typeof Office === "undefined" ? undefined : Office);

/** Read on every refresh: the rep may change "follow up after" while the pane is open. */
function readOfficeTrackingSettings(session: AuthSession): TrackingSettings {
  const office = readMailboxOffice();
  return readTrackingSettings({
    storedFollowUpDays: office?.context.roamingSettings?.get(followUpAfterDaysKey),
    mailboxAddress: office?.context.mailbox?.userProfile?.emailAddress,
    accountUsername: session.getSignedInAccount()?.username,
    locale: office?.context.displayLanguage ?? navigator.language,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
}

export function createPaneServices(options: {
  config: AuthBuildConfig;
  /** The pane's origin, e.g. "https://tempo.contoso.com"; the redirect page lives there. */
  origin: string;
  readOffice: () => OfficeAuthApi | undefined;
}): PaneServices {
  const session = new MsalTokenProvider({
    settings: {
      clientId: options.config.clientId,
      authority: options.config.authority,
      redirectUri: `${options.origin}${authDialogPath}`,
    },
    host: createLazyOfficeHost(options.readOffice),
    clients: browserMsalClients,
  });
  const gateway = new GraphGateway({
    tokenProvider: session,
    baseUrl: options.config.graphBaseUrl.replace(/\/v1\.0\/?$/, ""),
  });
  const mail = new GraphMailApi({ gateway });
  const sendLater = createSendLaterService({
    api: new GraphScheduledSend({ gateway }),
    compose: createOfficeComposeDelivery(readMailboxOffice),
    settings: createRoamingSendLaterSettings(readMailboxOffice),
    now: () => new Date(),
    newScheduleId: () => toScheduleId(`ts-${crypto.randomUUID()}`),
  });
  const tracking = createTrackingService({
    mail,
    cursorStore: new RoamingCursorStore(readMailboxOffice),
    now: () => new Date(),
    settings: () => readOfficeTrackingSettings(session),
  });
  return {
    session,
    calendar: new GraphCalendarApi({ gateway }),
    mail,
    sendLater,
    // A prospect's reply cancels (or offers to cancel) the scheduled sends of that thread (issue #6).
    tracking: withReplyAwareSendLater(tracking, sendLater),
  };
}

/** Entry of auth-dialog.html. */
export function startAuthDialog(options: {
  config: AuthBuildConfig;
  origin: string;
  page: AuthDialogPage;
}): Promise<void> {
  return runAuthDialog(
    {
      clientId: options.config.clientId,
      authority: options.config.authority,
      redirectUri: `${options.origin}${authDialogPath}`,
    },
    options.page,
  );
}
