// Checks a token request the way Entra ID does before oauth2-mock-server mints tokens: app, code, redirect URI, PKCE verifier, refresh token, consent.
import { createHash } from "node:crypto";
import {
  aadError,
  describeConsentRequired,
  describeUnknownClient,
  type AadError,
} from "./aad-errors";
import { listUnconsentedScopes, type ProviderState } from "./provider-state";
import { listRequestedGraphScopes } from "./resource-scopes";

export type TokenDecision = { kind: "issue_tokens" } | { kind: "reject"; error: AadError };

/** Entra ID authorization codes live about ten minutes. */
const codeLifetimeMs = 10 * 60 * 1000;

/**
 * Decides `POST /oauth2/v2.0/token` for the form `body`. Marks a redeemed code as used.
 * e.g. a code redeemed with a verifier whose S256 differs from the challenge → invalid_grant AADSTS501481
 */
export function decideToken(
  body: Readonly<Record<string, string>>,
  state: ProviderState,
): TokenDecision {
  const clientId = body.client_id ?? "";
  if (!state.clientIds.has(clientId)) {
    return { kind: "reject", error: describeUnknownClient(clientId, state.tenantId) };
  }
  const grantError = checkGrant(body, state, clientId);
  if (grantError !== null) return { kind: "reject", error: grantError };
  const missing = listUnconsentedScopes(state, listRequestedGraphScopes(body.scope));
  if (missing.length > 0) {
    return { kind: "reject", error: describeConsentRequired("invalid_grant", clientId) };
  }
  return { kind: "issue_tokens" };
}

function checkGrant(
  body: Readonly<Record<string, string>>,
  state: ProviderState,
  clientId: string,
): AadError | null {
  switch (body.grant_type) {
    case "authorization_code":
      return checkCodeGrant(body, state, clientId);
    case "refresh_token":
      return checkRefreshGrant(body, state, clientId);
    default:
      return aadError(
        "unsupported_grant_type",
        70003,
        `The app requested an unsupported grant type '${body.grant_type ?? ""}'.`,
      );
  }
}

function checkCodeGrant(
  body: Readonly<Record<string, string>>,
  state: ProviderState,
  clientId: string,
): AadError | null {
  const issued = state.codes.get(body.code ?? "");
  if (issued === undefined)
    return aadError(
      "invalid_grant",
      9002313,
      "Invalid request. The authorization code is not valid.",
    );
  if (issued.isRedeemed)
    return aadError(
      "invalid_grant",
      54005,
      "OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.",
    );
  issued.isRedeemed = true;
  const isExpired = Date.now() - issued.issuedAtMs > codeLifetimeMs;
  if (isExpired)
    return aadError(
      "invalid_grant",
      70008,
      "The provided authorization code or refresh token has expired due to inactivity.",
    );
  if (issued.clientId !== clientId)
    return aadError(
      "invalid_grant",
      70000,
      "The authorization code was issued to a different application.",
    );
  if (issued.redirectUri !== body.redirect_uri) {
    return aadError(
      "invalid_grant",
      500112,
      "The reply address does not match the reply address provided when requesting Authorization code.",
    );
  }
  return checkVerifier(body.code_verifier, issued.codeChallenge);
}

function checkVerifier(verifier: string | undefined, challenge: string): AadError | null {
  if (verifier === undefined || verifier.length === 0) {
    return aadError(
      "invalid_request",
      9002325,
      "Proof Key for Code Exchange is required for cross-origin authorization code redemption.",
    );
  }
  const isWellFormed = /^[A-Za-z0-9\-._~]{43,128}$/.test(verifier);
  const isMatch =
    isWellFormed && createHash("sha256").update(verifier).digest("base64url") === challenge;
  return isMatch
    ? null
    : aadError(
        "invalid_grant",
        501481,
        "The Code_Verifier does not match the code_challenge supplied in the authorization request.",
      );
}

function checkRefreshGrant(
  body: Readonly<Record<string, string>>,
  state: ProviderState,
  clientId: string,
): AadError | null {
  const issued = state.refreshTokens.get(body.refresh_token ?? "");
  if (issued === undefined)
    return aadError(
      "invalid_grant",
      9002313,
      "Invalid request. The refresh token is malformed or was not issued by this provider.",
    );
  if (issued.clientId !== clientId)
    return aadError(
      "invalid_grant",
      70000,
      "The refresh token was issued to a different application.",
    );
  return null;
}
