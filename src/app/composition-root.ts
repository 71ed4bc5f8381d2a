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
import type { CalendarApi } from "../ports/calendar-api";
import type { MailApi } from "../ports/mail-api";
import type { AuthSession } from "./auth-session";

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
  return {
    session,
    calendar: new GraphCalendarApi({ gateway }),
    mail: new GraphMailApi({ gateway }),
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
