// oauth2-mock-server hooks that make its codes and tokens Entra ID-shaped: fragment responses, v2.0 claims, client_info.
import { buildResponseRedirect } from "./http-responses";
import { getTokenIssuer, type ProviderState } from "./provider-state";
import { resolveResourceScopes } from "./resource-scopes";
import type * as MockServer from "oauth2-mock-server";
import type { IncomingMessage } from "node:http";

/** Response parameters the mock writes into the redirect URI's query. */
const authorizeResponseParams = ["code", "state", "error", "error_description"];

/**
 * `beforeAuthorizeRedirect`: remembers the code with what the token call must repeat, adds client_info,
 * and moves the response to the fragment for `response_mode=fragment` (the mock only answers in the query).
 */
export function shapeAuthorizeRedirect(
  redirect: MockServer.MutableRedirectUri,
  req: IncomingMessage,
  state: ProviderState,
): void {
  const query = new URL(req.url ?? "/", "https://localhost").searchParams;
  const code = redirect.url.searchParams.get("code");
  if (code !== null) {
    state.codes.set(code, {
      clientId: query.get("client_id") ?? "",
      redirectUri: query.get("redirect_uri") ?? "",
      codeChallenge: query.get("code_challenge") ?? "",
      issuedAtMs: Date.now(),
      isRedeemed: false,
    });
  }
  const params: Record<string, string> = {};
  for (const name of authorizeResponseParams) {
    const value = redirect.url.searchParams.get(name);
    if (value !== null) params[name] = value;
    redirect.url.searchParams.delete(name);
  }
  if (code !== null && query.get("client_info") === "1")
    params.client_info = encodeClientInfo(state);
  const withParams = buildResponseRedirect(
    redirect.url.href,
    params,
    query.get("response_mode") ?? undefined,
  );
  // Mutate in place: the mock redirects to the URL object it handed out, not to a replacement.
  const shaped = new URL(withParams);
  redirect.url.search = shaped.search;
  redirect.url.hash = shaped.hash;
}

/** `beforeTokenSigning`: Entra ID v2.0 claims on the access token (has the mock's `scope`) and the id token. */
export function shapeTokenClaims(
  token: MockServer.MutableToken,
  req: MockServer.TokenRequestIncomingMessage,
  state: ProviderState,
): void {
  const { payload } = token;
  const clientId = typeof req.body.client_id === "string" ? req.body.client_id : "";
  const identity = {
    iss: getTokenIssuer(state),
    tid: state.tenantId,
    oid: state.user.objectId,
    sub: state.user.objectId,
    ver: "2.0",
    name: state.user.displayName,
    preferred_username: state.user.userPrincipalName,
  };
  const isAccessToken = "scope" in payload;
  if (!isAccessToken) {
    Object.assign(payload, identity);
    return;
  }
  const granted =
    state.grantedScopes === null ? state.configuredGraphScopes : [...state.grantedScopes];
  const { audience, scopes } = resolveResourceScopes(req.body.scope, granted);
  delete payload.scope;
  Object.assign(payload, identity, {
    aud: audience,
    azp: clientId,
    azpacr: "0",
    scp: scopes.join(" "),
  });
}

/** `beforeResponse`: client_info (MSAL's homeAccountId), ext_expires_in, and the refresh token's owner. */
export function shapeTokenResponse(
  response: MockServer.MutableResponse,
  req: MockServer.TokenRequestIncomingMessage,
  state: ProviderState,
): void {
  const body = response.body;
  if (body === "" || response.statusCode !== 200) return;
  body.client_info = encodeClientInfo(state);
  body.ext_expires_in = body.expires_in;
  const refreshToken = body.refresh_token;
  const clientId = req.body.client_id;
  if (typeof refreshToken === "string" && typeof clientId === "string") {
    state.refreshTokens.set(refreshToken, { clientId });
  }
}

/** base64url(`{"uid":oid,"utid":tid}`), which MSAL turns into homeAccountId `oid.tid`. */
export function encodeClientInfo(state: ProviderState): string {
  const json = JSON.stringify({ uid: state.user.objectId, utid: state.tenantId });
  return Buffer.from(json).toString("base64url");
}
