// The request pipeline for /v1.0: auth, routing, scopes, the 4-in-flight mailbox limit, injected faults, then the route handler.
import {
  accessDenied,
  authenticate,
  checkScopes,
  expiredTokenError,
  grantedScopes,
  isMailReadBasicOnly,
} from "./auth-scopes";
import { calendarRoutes } from "./calendar-routes";
import { deltaRoutes } from "./delta-routes";
import { parsePrefer } from "./graph-deps";
import { GraphError, buildErrorBody } from "./graph-errors";
import { messageReadRoutes } from "./message-read-routes";
import { messageWriteRoutes } from "./message-write-routes";
import { matchRoute } from "./router";
import { scheduleRoutes } from "./schedule-routes";
import { userRoutes } from "./user-routes";
import type { GraphRequest, GraphResponse } from "./graph-types";
import type { GraphDeps, RouteDef } from "./graph-deps";
import type { FaultRule } from "./faults";
import type { TokenClaims } from "./auth-scopes";

export const graphRoutes: RouteDef[] = [
  ...userRoutes,
  ...messageReadRoutes,
  ...messageWriteRoutes,
  ...deltaRoutes,
  ...calendarRoutes,
  ...scheduleRoutes,
];

/** Thrown to make the HTTP layer destroy the socket without answering. */
export class DroppedConnection extends Error {}

export interface DispatchEnv {
  deps: GraphDeps;
  enforceScopes: boolean;
  verifyToken?: (jwt: string) => Promise<TokenClaims | null>;
  /** Handles POST /$batch; injected to keep batch.ts and this file free of a cycle. */
  runBatch: (request: GraphRequest, env: DispatchEnv) => Promise<GraphResponse>;
  /** Writes one exchange to the JSONL log (batch items call it themselves). */
  logExchange: (request: GraphRequest, response: GraphResponse) => void;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function faultError(rule: FaultRule): GraphError {
  const retryAfter = { "Retry-After": String(rule.retryAfterSeconds ?? 1) };
  if (rule.kind === "429")
    return new GraphError(
      429,
      "ApplicationThrottled",
      "Application is over its resource limit.",
      retryAfter,
    );
  if (rule.kind === "503")
    return new GraphError(
      503,
      "ServiceUnavailable",
      "Service Unavailable",
      rule.retryAfterSeconds === undefined ? {} : retryAfter,
    );
  return new GraphError(504, "UnknownError", "");
}

export function toErrorResponse(
  error: GraphError,
  request: GraphRequest,
  deps: GraphDeps,
): GraphResponse {
  const ids = {
    requestId: request.requestId,
    clientRequestId: request.clientRequestId,
    date: deps.clock.now(),
  };
  return { status: error.status, headers: { ...error.headers }, body: buildErrorBody(error, ids) };
}

export function isKnownUser(deps: GraphDeps, userKey: string): boolean {
  const { user } = deps.calendar;
  return [user.id, user.userPrincipalName, user.mail].some(
    (value) => typeof value === "string" && value.toLowerCase() === userKey.toLowerCase(),
  );
}

async function runPipeline(
  request: GraphRequest,
  env: DispatchEnv,
  fired: FaultRule[],
): Promise<GraphResponse> {
  const { deps } = env;
  if (fired.some((rule) => rule.kind === "401-expired")) throw expiredTokenError();
  const claims = await authenticate({
    authorization: request.headers.authorization,
    ...(env.verifyToken ? { verifyToken: env.verifyToken } : {}),
    nowMs: Date.now(),
  });
  const match = matchRoute({
    routes: graphRoutes,
    method: request.method,
    path: request.path,
    isKnownUser: (key) => isKnownUser(deps, key),
  });
  const scopes = grantedScopes(claims);
  if (env.enforceScopes && checkScopes(request.method, match.permissionPath, scopes) === "denied")
    throw accessDenied();
  if (!deps.faults.tryAcquireSlot()) {
    throw new GraphError(
      429,
      "ApplicationThrottled",
      "Application is over its MailboxConcurrency limit.",
      { "Retry-After": "1" },
    );
  }
  try {
    const latencyMs = fired
      .filter((rule) => rule.kind === "latency")
      .reduce((sum, rule) => sum + (rule.latencyMs ?? 0), 0);
    if (latencyMs > 0) await sleep(latencyMs);
    const failure = fired.find((rule) => rule.kind === "429" || rule.kind === "503");
    if (failure) throw faultError(failure);
    if (fired.some((rule) => rule.kind === "drop") && request.batchParent === undefined)
      throw new DroppedConnection();
    const requestUrl = new URL(
      `${deps.graphUrl}${request.path}${request.query.size > 0 ? `?${request.query.toString()}` : ""}`,
    );
    const prefer = parsePrefer(request.headers.prefer);
    const response = await match.route.handler({
      req: request,
      params: match.params,
      deps,
      prefer,
      scopes,
      isMailBasicOnly: isMailReadBasicOnly(scopes),
      requestUrl,
    });
    // The work is done and committed; only the answer is lost, as with a gateway timeout.
    const lateFailure = fired.find((rule) => rule.kind === "504-after");
    if (lateFailure) throw faultError(lateFailure);
    return response;
  } finally {
    deps.faults.releaseSlot();
  }
}

function withStandardHeaders(response: GraphResponse, request: GraphRequest): GraphResponse {
  const hasBody = response.body !== undefined;
  return {
    ...response,
    headers: {
      "Cache-Control": "no-cache",
      ...(hasBody
        ? {
            "Content-Type":
              "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8",
            "OData-Version": "4.0",
          }
        : {}),
      ...response.headers,
      "request-id": request.requestId,
      "client-request-id": request.clientRequestId,
    },
  };
}

/** Runs one Graph request (top-level or a $batch item) and records when it started. */
export async function dispatchGraphRequest(
  request: GraphRequest,
  env: DispatchEnv,
): Promise<GraphResponse> {
  const record = {
    requestId: request.requestId,
    method: request.method,
    path: request.path,
    startedAtMs: Date.now(),
    ...(request.batchParent ? { batchParent: request.batchParent } : {}),
  };
  env.deps.faults.requests.push(record);
  let response: GraphResponse;
  try {
    const isBatch = request.path.replace(/\/$/, "").toLowerCase() === "/$batch";
    response = isBatch
      ? await env.runBatch(request, env)
      : await runPipeline(request, env, env.deps.faults.take(request.method, request.path));
  } catch (error) {
    if (error instanceof DroppedConnection) throw error;
    const graphError =
      error instanceof GraphError
        ? error
        : new GraphError(
            500,
            "InternalServerError",
            error instanceof Error ? error.message : "Internal error",
          );
    response = toErrorResponse(graphError, request, env.deps);
  }
  Object.assign(record, { status: response.status });
  return withStandardHeaders(response, request);
}
