// Tokens for hosts without NAA: the pane's own MSAL cache silently, else auth code + PKCE in an Office dialog.
import { createAppError } from "../../core/errors/app-error";
import { buildAuthDialogUrl, parseAuthDialogResult } from "./auth-dialog-protocol";
import { isInteractionRequired, mapMsalError } from "./map-msal-error";
import { toTokenResult, type MsalClient, type TokenResult } from "./msal-client";
import type { OfficeAuthHost } from "./office-auth-host";
import type { FlowRequest, TokenFlow } from "./token-flow";

export interface DialogFlowOptions {
  readonly client: MsalClient;
  readonly host: Pick<OfficeAuthHost, "openDialog">;
  /** The bundle's auth-dialog.html on the pane's origin. */
  readonly dialogUrl: string;
  /** Real time in ms; tests pass a fixed one. */
  readonly nowMs: () => number;
}

/** MSAL's own margin: a token is treated as expired 5 minutes early. */
const renewalMarginMs = 5 * 60 * 1000;

function scopeKey(scopes: readonly string[]): string {
  return [...scopes]
    .map((scope) => scope.toLowerCase())
    .sort()
    .join(" ");
}

export function createDialogTokenFlow(options: DialogFlowOptions): TokenFlow {
  const { client, host, dialogUrl, nowMs } = options;
  // In a partitioned frame (Outlook on the web) the dialog's cache is not the pane's: keep its answers here.
  const dialogTokens = new Map<string, TokenResult>();
  let isSignedOut = false;
  let lastUsername: string | undefined;

  const findFreshDialogToken = (request: FlowRequest) => {
    const isCacheAllowed = request.claims === undefined && request.forceRefresh !== true;
    const memo = dialogTokens.get(scopeKey(request.scopes));
    const isFresh =
      memo !== undefined &&
      memo.expiresOnMs !== null &&
      memo.expiresOnMs - renewalMarginMs > nowMs();
    return isCacheAllowed && isFresh ? memo : undefined;
  };

  const runDialog = async (request: FlowRequest, loginHint: string | undefined) => {
    const url = buildAuthDialogUrl(dialogUrl, {
      scopes: request.scopes,
      ...(loginHint === undefined ? {} : { loginHint }),
      ...(request.claims === undefined ? {} : { claims: request.claims }),
    });
    const result = parseAuthDialogResult(await host.openDialog(url));
    if (result === undefined)
      throw createAppError("auth_failed", { details: { reason: "unreadable_dialog_message" } });
    if (result.status === "error") throw Object.assign(new Error(result.errorMessage), result);
    const token: TokenResult = {
      accessToken: result.accessToken,
      expiresOnMs: result.expiresOnIso === null ? null : Date.parse(result.expiresOnIso),
      account: null,
      accountSummary: result.account,
    };
    dialogTokens.set(scopeKey(request.scopes), token);
    lastUsername = result.account.username || lastUsername;
    return token;
  };

  return {
    mode: "dialog",
    async acquire(request) {
      const mapOptions = { adminConsentUrl: request.adminConsentUrl };
      const memo = isSignedOut ? undefined : findFreshDialogToken(request);
      if (memo !== undefined) return memo;
      const account = isSignedOut
        ? null
        : (client.getActiveAccount() ?? client.getAllAccounts()[0] ?? null);
      if (account !== null) {
        try {
          const result = await client.acquireTokenSilent({
            scopes: [...request.scopes],
            account,
            claims: request.claims,
            forceRefresh: request.forceRefresh ?? false,
          });
          return toTokenResult(result);
        } catch (error) {
          if (!isInteractionRequired(error))
            throw mapMsalError(error, { ...mapOptions, phase: "silent" });
        }
      }
      if (!request.allowInteraction) {
        throw createAppError("auth_interaction_required", {
          details: { reason: "no_silent_token" },
        });
      }
      try {
        const token = await runDialog(
          request,
          account?.username ?? lastUsername ?? request.loginHint,
        );
        isSignedOut = false;
        return token;
      } catch (error) {
        throw mapMsalError(error, { ...mapOptions, phase: "interactive" });
      }
    },
    async signOut() {
      isSignedOut = true;
      dialogTokens.clear();
      // Local only: the identity provider's session stays, as Outlook's own sign-in does.
      await client.clearCache();
    },
  };
}
