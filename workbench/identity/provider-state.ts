// The identity provider's mutable state: registered apps, issued codes and refresh tokens, consent, forced errors and the request log.
import type { ForcedAuthorizeError } from "./aad-errors";

export interface IdentityUser {
  /** Entra object id: `oid`, `sub` and the `uid` of client_info. */
  objectId: string;
  displayName: string;
  /** `preferred_username`, e.g. alex.wilber@contoso.com. */
  userPrincipalName: string;
}

/** One request the provider received, as tests read it back through `requests()`. */
export interface LoggedAuthRequest {
  atUtc: string;
  method: string;
  /** Full path without the query, tenant segment included, e.g. `/<tenant>/oauth2/v2.0/token`. */
  path: string;
  endpoint: "discovery" | "authorize" | "token" | "keys" | "logout" | "adminconsent" | "other";
  origin?: string;
  clientId?: string;
  redirectUri?: string;
  scope?: string;
  responseMode?: string;
  prompt?: string;
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
  grantType?: string;
  codeVerifier?: string;
  /** Set when the response finishes. */
  status?: number;
  /** The OAuth error the provider answered with, if any. */
  error?: string;
}

export interface IssuedCode {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  issuedAtMs: number;
  isRedeemed: boolean;
}

export interface IssuedRefreshToken {
  clientId: string;
}

export interface ProviderState {
  tenantId: string;
  /** `https://localhost:PORT/<tenant>`; set once the port is known. */
  issuerUrl: string;
  clientIds: ReadonlySet<string>;
  redirectUris: readonly string[];
  user: IdentityUser;
  /** What `.default` expands to: the app registration's configured Graph permissions. */
  configuredGraphScopes: readonly string[];
  /** Consented Graph scopes; null means every scope counts as consented. */
  grantedScopes: Set<string> | null;
  nextAuthorizeError: { code: ForcedAuthorizeError; description?: string } | null;
  codes: Map<string, IssuedCode>;
  refreshTokens: Map<string, IssuedRefreshToken>;
  log: LoggedAuthRequest[];
}

/** The `iss` of every token: Entra ID v2 tokens name `<authority>/v2.0`. */
export function getTokenIssuer(state: ProviderState): string {
  return `${state.issuerUrl}/v2.0`;
}

/**
 * Whether a redirect URI is registered: exact match, or a registered entry ending in `*` used as a prefix
 * (the default registers every page of the panes and host origins, e.g. `http://localhost:3000/*`).
 */
export function isRegisteredRedirectUri(state: ProviderState, redirectUri: string): boolean {
  return state.redirectUris.some((registered) =>
    registered.endsWith("*")
      ? redirectUri.startsWith(registered.slice(0, -1))
      : registered === redirectUri,
  );
}

/** Graph scopes in `requested` the user has not consented to; empty when consent is not simulated. */
export function listUnconsentedScopes(
  state: ProviderState,
  requested: readonly string[],
): string[] {
  const granted = state.grantedScopes;
  if (granted === null) return [];
  return requested.filter((scope) => !granted.has(scope));
}
