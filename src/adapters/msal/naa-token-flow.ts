// Tokens through Outlook's broker (nested app auth): silent, then MSAL's popup only when interaction is required.
import { createAppError } from "../../core/errors/app-error";
import { isInteractionRequired, mapMsalError, naaBridgeTimeoutCode } from "./map-msal-error";
import { toTokenResult, type MsalClient, type TokenResult } from "./msal-client";
import { withTimeout } from "./with-timeout";
import type { FlowRequest, TokenFlow } from "./token-flow";

export interface NaaTimeouts {
  /** A silent bridge call; the host answers in well under a second when it answers at all. */
  readonly silentMs: number;
  /** A popup waits for the user, so it gets much longer. */
  readonly interactiveMs: number;
}

function bridgeTimeout(): Error {
  return Object.assign(new Error("Outlook did not answer the sign-in request."), {
    errorCode: naaBridgeTimeoutCode,
  });
}

export function createNaaTokenFlow(client: MsalClient, timeouts: NaaTimeouts): TokenFlow {
  let isSignedOut = false;

  const acquireSilently = (request: FlowRequest) => {
    const account = isSignedOut
      ? null
      : (client.getActiveAccount() ?? client.getAllAccounts()[0] ?? null);
    const scopes = [...request.scopes];
    const claims = request.claims;
    const silent =
      account !== null
        ? client.acquireTokenSilent({
            scopes,
            account,
            claims,
            forceRefresh: request.forceRefresh ?? false,
          })
        : client.ssoSilent({ scopes, loginHint: request.loginHint, claims });
    return withTimeout(silent, timeouts.silentMs, bridgeTimeout);
  };

  const remember = (result: TokenResult): TokenResult => {
    if (result.account !== null) client.setActiveAccount(result.account);
    isSignedOut = false;
    return result;
  };

  return {
    mode: "nested",
    async acquire(request) {
      const mapOptions = { adminConsentUrl: request.adminConsentUrl };
      try {
        return remember(toTokenResult(await acquireSilently(request)));
      } catch (error) {
        const canAskUser = isInteractionRequired(error) && request.allowInteraction;
        if (!canAskUser) throw mapMsalError(error, { ...mapOptions, phase: "silent" });
      }
      try {
        const popup = client.acquireTokenPopup({
          scopes: [...request.scopes],
          loginHint: request.loginHint,
          claims: request.claims,
        });
        return remember(
          toTokenResult(await withTimeout(popup, timeouts.interactiveMs, bridgeTimeout)),
        );
      } catch (error) {
        throw mapMsalError(error, { ...mapOptions, phase: "interactive" });
      }
    },
    signOut() {
      // NAA has no logout or clearCache: the account belongs to Outlook. Tempo forgets it locally.
      isSignedOut = true;
      client.setActiveAccount(null);
      return Promise.resolve();
    },
  };
}

/** Used when NAA selection itself fails, so the caller can fall back to the dialog. */
export function createBridgeTimeoutError(): Error {
  return createAppError("auth_host_unresponsive", { cause: bridgeTimeout() });
}
