// Checks an authorize (or admin-consent) request the way Entra ID does before oauth2-mock-server issues a code.
import {
  aadError,
  describeConsentRequired,
  describeForcedError,
  describeUnknownClient,
  describeUnregisteredRedirect,
  type AadError,
} from "./aad-errors";
import {
  isRegisteredRedirectUri,
  listUnconsentedScopes,
  type ProviderState,
} from "./provider-state";
import { listRequestedGraphScopes } from "./resource-scopes";

export type AuthorizeDecision =
  /** Entra ID shows an error page: the redirect URI cannot be trusted, so nothing goes back to the app. */
  | { kind: "error_page"; error: AadError }
  /** The error goes back to the registered redirect URI. */
  | { kind: "redirect_error"; error: AadError }
  | { kind: "issue_code" };

/**
 * Decides the outcome of `GET /oauth2/v2.0/authorize`, in Entra ID's order: app, redirect URI,
 * response type, PKCE, then forced errors and consent.
 * e.g. a request without `code_challenge` → redirect_error `invalid_request` AADSTS9002325
 */
export function decideAuthorize(query: URLSearchParams, state: ProviderState): AuthorizeDecision {
  const clientCheck = checkClientAndRedirect(query, state);
  if (clientCheck !== null) return { kind: "error_page", error: clientCheck };
  const isCodeFlow = query.get("response_type") === "code";
  if (!isCodeFlow) {
    const message =
      "The provided value for the input parameter 'response_type' is not allowed for this request. Expected value: 'code'.";
    return {
      kind: "redirect_error",
      error: aadError("unsupported_response_type", 900144, message),
    };
  }
  const pkceError = checkPkceChallenge(query);
  if (pkceError !== null) return { kind: "redirect_error", error: pkceError };
  const forced = takeForcedError(state, query.get("client_id") ?? "");
  if (forced !== null) return { kind: "redirect_error", error: forced };
  return decideConsent(query, state);
}

/** Decides `GET /v2.0/adminconsent`: same app checks, then forced errors; success grants the scopes. */
export function decideAdminConsent(
  query: URLSearchParams,
  state: ProviderState,
): AuthorizeDecision {
  const clientCheck = checkClientAndRedirect(query, state);
  if (clientCheck !== null) return { kind: "error_page", error: clientCheck };
  const forced = takeForcedError(state, query.get("client_id") ?? "");
  if (forced !== null) return { kind: "redirect_error", error: forced };
  grantScopes(state, listRequestedGraphScopes(query.get("scope") ?? undefined));
  return { kind: "issue_code" };
}

/** Unknown app (AADSTS700016) or unregistered redirect URI (AADSTS50011); null when both are fine. */
export function checkClientAndRedirect(
  query: URLSearchParams,
  state: ProviderState,
): AadError | null {
  const clientId = query.get("client_id") ?? "";
  if (!state.clientIds.has(clientId)) return describeUnknownClient(clientId, state.tenantId);
  const redirectUri = query.get("redirect_uri") ?? "";
  const isRegistered = redirectUri.length > 0 && isRegisteredRedirectUri(state, redirectUri);
  return isRegistered ? null : describeUnregisteredRedirect(redirectUri, clientId);
}

function checkPkceChallenge(query: URLSearchParams): AadError | null {
  const challenge = query.get("code_challenge") ?? "";
  if (challenge.length === 0) {
    return aadError(
      "invalid_request",
      9002325,
      "Proof Key for Code Exchange is required for cross-origin authorization code redemption.",
    );
  }
  // Entra ID also takes `plain`; MSAL.js only sends S256, so anything else here is a bug worth seeing.
  const isS256 = query.get("code_challenge_method") === "S256";
  return isS256
    ? null
    : aadError(
        "invalid_request",
        50148,
        "The code_challenge_method must be 'S256' in this workbench.",
      );
}

function takeForcedError(state: ProviderState, clientId: string): AadError | null {
  const forced = state.nextAuthorizeError;
  if (forced === null) return null;
  state.nextAuthorizeError = null;
  const error = describeForcedError(forced.code, clientId);
  return forced.description === undefined
    ? error
    : { ...error, error_description: forced.description };
}

function decideConsent(query: URLSearchParams, state: ProviderState): AuthorizeDecision {
  const requested = listRequestedGraphScopes(query.get("scope") ?? undefined);
  const missing = listUnconsentedScopes(state, requested);
  const isSilent = query.get("prompt") === "none";
  if (missing.length > 0 && isSilent) {
    const error = describeConsentRequired("consent_required", query.get("client_id") ?? "");
    return { kind: "redirect_error", error };
  }
  // An interactive request stands for the user accepting the consent prompt.
  grantScopes(state, missing);
  return { kind: "issue_code" };
}

function grantScopes(state: ProviderState, scopes: readonly string[]): void {
  for (const scope of scopes) state.grantedScopes?.add(scope);
}
