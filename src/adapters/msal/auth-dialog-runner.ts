// The sign-in dialog page: relays an identity-provider response (redirect bridge), or runs code + PKCE by redirect and messageParent's the result.
import {
  createStandardPublicClientApplication,
  type AuthenticationResult,
} from "@azure/msal-browser";
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";
import {
  readAuthDialogRequest,
  serializeAuthDialogResult,
  type AuthDialogRequest,
  type AuthDialogResult,
} from "./auth-dialog-protocol";
import { isInteractionRequired } from "./map-msal-error";
import { summarizeAccount } from "./msal-client";
import { buildMsalConfiguration, type MsalSettings } from "./msal-config";

export interface AuthDialogPage {
  readonly location: Pick<Location, "hash" | "search" | "href">;
  /** Waits for Office, then gives Office.context.ui.messageParent; undefined outside a dialog. */
  readonly whenOfficeReady: () => Promise<((message: string) => void) | undefined>;
  /** Shown on the page while it works or when it cannot tell the pane. */
  readonly showStatus: (text: string) => void;
}

/** The URL carries an authorize response (code or error, with state) for some MSAL client to pick up. */
export function hasAuthResponse(location: Pick<Location, "hash" | "search">): boolean {
  const params = new URLSearchParams(location.hash.replace(/^#/, "") || location.search);
  return params.has("state") && (params.has("code") || params.has("error"));
}

function toSuccess(result: AuthenticationResult): AuthDialogResult {
  return {
    status: "success",
    accessToken: result.accessToken,
    expiresOnIso: result.expiresOn ? result.expiresOn.toISOString() : null,
    scopes: result.scopes,
    account: summarizeAccount(result.account, result.tenantId),
  };
}

function toFailure(error: unknown): AuthDialogResult {
  const fields = (typeof error === "object" && error !== null ? error : {}) as Record<
    string,
    unknown
  >;
  const text = (name: string) => (typeof fields[name] === "string" ? fields[name] : "");
  return {
    status: "error",
    errorCode: text("errorCode") || "unknown_error",
    subError: text("subError"),
    errorMessage: text("errorMessage") || (error instanceof Error ? error.message : ""),
  };
}

async function acquire(settings: MsalSettings, request: AuthDialogRequest | undefined) {
  const client = await createStandardPublicClientApplication(buildMsalConfiguration(settings));
  const redirected = await client.handleRedirectPromise();
  if (redirected !== null) return redirected;
  if (request === undefined) return null;
  const scopes = [...request.scopes];
  const hint = request.loginHint?.toLowerCase();
  const account = client.getAllAccounts().find((known) => known.username.toLowerCase() === hint);
  if (account !== undefined && request.claims === undefined) {
    try {
      return await client.acquireTokenSilent({ scopes, account });
    } catch (error) {
      if (!isInteractionRequired(error)) throw error;
    }
  }
  // Navigates away; the identity provider returns here and handleRedirectPromise answers above.
  await client.acquireTokenRedirect({
    scopes,
    ...(request.loginHint === undefined ? {} : { loginHint: request.loginHint }),
    ...(request.claims === undefined ? {} : { claims: request.claims }),
  });
  return null;
}

/** Runs the dialog page once; it never throws, every outcome goes to the pane or the page. */
export async function runAuthDialog(settings: MsalSettings, page: AuthDialogPage): Promise<void> {
  if (hasAuthResponse(page.location)) {
    // Popups (the workbench host's NAA) and redirects both land here; MSAL's bridge routes them.
    await broadcastResponseToMainFrame();
    return;
  }
  const messageParent = await page.whenOfficeReady();
  const send = (result: AuthDialogResult) => {
    if (messageParent === undefined) {
      page.showStatus("Open this page from Tempo in Outlook to sign in.");
      return;
    }
    messageParent(serializeAuthDialogResult(result));
    page.showStatus(
      result.status === "success" ? "Signed in. You can close this window." : "Sign-in failed.",
    );
  };
  try {
    page.showStatus("Signing in…");
    const result = await acquire(settings, readAuthDialogRequest(page.location.search));
    if (result !== null) send(toSuccess(result));
  } catch (error) {
    send(toFailure(error));
  }
}
