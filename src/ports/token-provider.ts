// The port through which Tempo gets delegated access tokens for Microsoft Graph.

/** What a caller asks for when it needs a token. */
export interface TokenRequest {
  /** Graph scopes, e.g. `["Mail.ReadWrite", "Mail.Send"]`. */
  readonly scopes: readonly string[];
  /**
   * A claims challenge from a 401's `WWW-Authenticate` (already base64-decoded JSON), e.g.
   * `{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}` after a CAE revocation.
   * The provider must pass it to the identity platform and skip its cache.
   */
  readonly claims?: string;
  /** Skip any cached token, e.g. after Graph answered 401 to the cached one. */
  readonly forceRefresh?: boolean;
}

/** Gets access tokens; implemented by MSAL in the product and by a fake in tests. */
export interface TokenProvider {
  /**
   * Resolves to a bearer token for the scopes, e.g.
   * `await tokens.getAccessToken({ scopes: ["Mail.Read"] })` gives `"eyJ0eXAi…"`.
   * Rejects only with an AppError: `auth_interaction_required`, `auth_user_cancelled` or `auth_failed`.
   */
  getAccessToken(request: TokenRequest): Promise<string>;
}
