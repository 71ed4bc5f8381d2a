// The provider's front door: tenant paths, request logging, the checks oauth2-mock-server lacks, then delegation to the mock.
import { aadError, toErrorBody, type AadError } from "./aad-errors";
import { decideAdminConsent, decideAuthorize } from "./authorize-endpoint";
import { buildDiscoveryDocument } from "./discovery-document";
import { buildResponseRedirect, readBody, sendJson, sendRedirect } from "./http-responses";
import {
  isRegisteredRedirectUri,
  type LoggedAuthRequest,
  type ProviderState,
} from "./provider-state";
import { decideToken } from "./token-endpoint";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";

type Endpoint = LoggedAuthRequest["endpoint"];

const endpointsByPath: Record<string, Endpoint> = {
  "/v2.0/.well-known/openid-configuration": "discovery",
  "/.well-known/openid-configuration": "discovery",
  "/oauth2/v2.0/authorize": "authorize",
  "/oauth2/v2.0/token": "token",
  "/discovery/v2.0/keys": "keys",
  "/oauth2/v2.0/logout": "logout",
  "/v2.0/adminconsent": "adminconsent",
};

interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** `<tenant guid>`, `common` or `organizations`. */
  tenantSegment: string;
  /** The path after the tenant, e.g. `/oauth2/v2.0/token`: what the mock's endpoints are configured with. */
  endpointPath: string;
  entry: LoggedAuthRequest;
  state: ProviderState;
  delegate: RequestListener;
}

/** Returns the https server's request listener; `delegate` is oauth2-mock-server's `requestHandler`. */
export function createRequestListener(
  state: ProviderState,
  delegate: RequestListener,
): RequestListener {
  return (req, res) => {
    routeRequest(req, res, state, delegate).catch((error: unknown) => {
      console.error("identity provider: request failed", error);
      if (!res.headersSent) sendJson(res, 500, { error: "server_error" });
    });
  };
}

async function routeRequest(
  req: IncomingMessage,
  res: ServerResponse,
  state: ProviderState,
  delegate: RequestListener,
): Promise<void> {
  const url = new URL(req.url ?? "/", "https://localhost");
  const [, tenantSegment = "", ...rest] = url.pathname.split("/");
  const endpointPath = `/${rest.join("/")}`;
  const endpoint = endpointsByPath[endpointPath] ?? "other";
  const entry = logRequest(req, url, endpoint, state);
  res.on("finish", () => {
    entry.status = res.statusCode;
  });
  const exchange: Exchange = { req, res, url, tenantSegment, endpointPath, entry, state, delegate };
  const isKnownTenant = [state.tenantId, "common", "organizations"].includes(tenantSegment);
  if (!isKnownTenant) {
    const message = `Tenant '${tenantSegment}' not found. Check to make sure you have the correct tenant ID.`;
    return rejectWithJson(exchange, 400, aadError("invalid_tenant", 90002, message));
  }
  if (req.method === "OPTIONS") return delegateToMock(exchange);
  return dispatch(exchange, endpoint);
}

async function dispatch(exchange: Exchange, endpoint: Endpoint): Promise<void> {
  switch (endpoint) {
    case "discovery":
      return sendJson(
        exchange.res,
        200,
        buildDiscoveryDocument(exchange.state, exchange.tenantSegment),
      );
    case "keys":
      return delegateToMock(exchange);
    case "authorize":
      return handleAuthorize(exchange);
    case "token":
      return handleToken(exchange);
    case "logout":
      return handleLogout(exchange);
    case "adminconsent":
      return handleAdminConsent(exchange);
    case "other":
      return sendJson(exchange.res, 404, { error: "not_found", path: exchange.url.pathname });
  }
}

function handleAuthorize(exchange: Exchange): void {
  const query = exchange.url.searchParams;
  const decision = decideAuthorize(query, exchange.state);
  if (decision.kind === "error_page") return rejectWithJson(exchange, 400, decision.error);
  if (decision.kind === "redirect_error") return redirectWithError(exchange, decision.error);
  delegateToMock(exchange);
}

async function handleToken(exchange: Exchange): Promise<void> {
  const { req, entry, state } = exchange;
  if (req.method !== "POST")
    return rejectWithJson(
      exchange,
      405,
      aadError("invalid_request", 900561, "The endpoint only accepts POST requests."),
    );
  const body = Object.fromEntries(new URLSearchParams(await readBody(req)));
  Object.assign(entry, {
    grantType: body.grant_type,
    clientId: body.client_id,
    redirectUri: body.redirect_uri,
    scope: body.scope,
    codeVerifier: body.code_verifier,
  });
  const decision = decideToken(body, state);
  if (decision.kind === "reject") return rejectWithJson(exchange, 400, decision.error);
  // The body is consumed; body-parser skips a finished request and the mock reads `req.body`.
  Object.assign(req, { body });
  delegateToMock(exchange);
}

function handleLogout(exchange: Exchange): void {
  const params = exchange.url.searchParams;
  const postLogoutUri = params.get("post_logout_redirect_uri");
  const isRegistered =
    postLogoutUri !== null && isRegisteredRedirectUri(exchange.state, postLogoutUri);
  if (!isRegistered) {
    exchange.res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    exchange.res.end(
      "<!doctype html><title>Signed out</title><p>You have signed out of the workbench provider.</p>",
    );
    return;
  }
  const state = params.get("state");
  sendRedirect(
    exchange.res,
    buildResponseRedirect(postLogoutUri, state === null ? {} : { state }, "query"),
  );
}

function handleAdminConsent(exchange: Exchange): void {
  const query = exchange.url.searchParams;
  const decision = decideAdminConsent(query, exchange.state);
  if (decision.kind === "error_page") return rejectWithJson(exchange, 400, decision.error);
  if (decision.kind === "redirect_error")
    return redirectWithError(exchange, decision.error, "query");
  const params: Record<string, string> = {
    admin_consent: "True",
    tenant: exchange.state.tenantId,
    scope: query.get("scope") ?? "",
  };
  const state = query.get("state");
  if (state !== null) params.state = state;
  sendRedirect(
    exchange.res,
    buildResponseRedirect(query.get("redirect_uri") ?? "", params, "query"),
  );
}

function redirectWithError(exchange: Exchange, error: AadError, responseMode?: string): void {
  const query = exchange.url.searchParams;
  exchange.entry.error = error.error;
  const params: Record<string, string> = {
    error: error.error,
    error_description: error.error_description,
  };
  if (error.suberror !== undefined) params.suberror = error.suberror;
  const state = query.get("state");
  if (state !== null) params.state = state;
  const mode = responseMode ?? query.get("response_mode") ?? undefined;
  sendRedirect(exchange.res, buildResponseRedirect(query.get("redirect_uri") ?? "", params, mode));
}

function rejectWithJson(exchange: Exchange, status: number, error: AadError): void {
  exchange.entry.error = error.error;
  const correlationId = exchange.req.headers["client-request-id"];
  sendJson(
    exchange.res,
    status,
    toErrorBody(error, typeof correlationId === "string" ? correlationId : undefined),
  );
}

function delegateToMock(exchange: Exchange): void {
  exchange.req.url = `${exchange.endpointPath}${exchange.url.search}`;
  exchange.delegate(exchange.req, exchange.res);
}

function logRequest(
  req: IncomingMessage,
  url: URL,
  endpoint: Endpoint,
  state: ProviderState,
): LoggedAuthRequest {
  const query = url.searchParams;
  const origin = req.headers.origin;
  const entry: LoggedAuthRequest = {
    atUtc: new Date().toISOString(),
    method: req.method ?? "GET",
    path: url.pathname,
    endpoint,
    ...(origin === undefined ? {} : { origin }),
    ...pickDefined({
      clientId: query.get("client_id"),
      redirectUri: query.get("redirect_uri"),
      scope: query.get("scope"),
      responseMode: query.get("response_mode"),
      prompt: query.get("prompt"),
      nonce: query.get("nonce"),
      codeChallenge: query.get("code_challenge"),
      codeChallengeMethod: query.get("code_challenge_method"),
    }),
  };
  state.log.push(entry);
  return entry;
}

function pickDefined(values: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((pair): pair is [string, string] => pair[1] !== null),
  );
}
