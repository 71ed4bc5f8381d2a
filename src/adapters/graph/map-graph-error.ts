// Turns the last attempt's outcome into Tempo's AppError, keeping status, Graph code and both request ids.
import { createAppError } from "../../core/errors/app-error";
import { RetryClass } from "./retry-policy";
import { parseRetryAfterMs } from "./retry-after";
import type { AppError } from "../../core/errors/app-error";
import type { AppErrorCode } from "../../core/errors/app-error-codes";
import type {
  AttemptOutcome,
  GatewayRequestSettings,
  GraphExchange,
} from "./gateway-request-options";

interface GraphErrorBody {
  error?: { code?: unknown; innerError?: { "request-id"?: unknown } };
}

/** Graph's `error.code`, e.g. `"ErrorItemNotFound"`, when the body carries one. */
export function readGraphErrorCode(body: unknown): string | undefined {
  const code = (body as GraphErrorBody | undefined)?.error?.code;
  return typeof code === "string" ? code : undefined;
}

function codeForStatus(status: number, retryClass: RetryClass): AppErrorCode {
  if (status === 401) return "graph_unauthorized";
  if (status === 403) return "graph_forbidden";
  if (status === 404) return "graph_not_found";
  if (status === 429) return "graph_throttled";
  // A 5xx to a send or a create says nothing about whether it happened (a 504 can follow the commit).
  const isUnknownWrite = status >= 500 && retryClass === RetryClass.nonIdempotent;
  return isUnknownWrite ? "graph_outcome_unknown" : "graph_failed";
}

function detailsOf(exchange: GraphExchange, settings: GatewayRequestSettings, nowMs: number) {
  const retryAfterMs = parseRetryAfterMs(exchange.headers.get("Retry-After"), nowMs);
  const innerRequestId = (exchange.body as GraphErrorBody | undefined)?.error?.innerError?.[
    "request-id"
  ];
  return {
    statusCode: exchange.status,
    graphCode: readGraphErrorCode(exchange.body),
    requestId:
      exchange.headers.get("request-id") ??
      (typeof innerRequestId === "string" ? innerRequestId : undefined),
    clientRequestId: exchange.headers.get("client-request-id") ?? settings.clientRequestId,
    method: settings.method,
    path: settings.path,
    retryAfterSeconds: retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000),
  };
}

/**
 * e.g. a final 429 with `Retry-After: 2` gives `graph_throttled` with details
 * `{ statusCode: 429, graphCode: "ApplicationThrottled", retryAfterSeconds: 2, requestId, … }`;
 * a dropped connection on a send gives `graph_outcome_unknown`, on a GET `graph_unreachable`.
 */
export function mapOutcomeToAppError(options: {
  outcome: AttemptOutcome | undefined;
  settings: GatewayRequestSettings;
  nowMs: number;
}): AppError {
  const { outcome, settings } = options;
  const base = {
    method: settings.method,
    path: settings.path,
    clientRequestId: settings.clientRequestId,
  };
  if (outcome === undefined)
    return createAppError("graph_failed", { details: { ...base, reason: "no_outcome" } });
  if (outcome.kind === "app_error") return outcome.error;
  if (outcome.kind === "network_error") {
    const code =
      settings.retryClass === RetryClass.nonIdempotent
        ? "graph_outcome_unknown"
        : "graph_unreachable";
    return createAppError(code, {
      cause: outcome.cause,
      details: { ...base, reason: outcome.isTimeout ? "timeout" : "network" },
    });
  }
  const { exchange } = outcome;
  return createAppError(codeForStatus(exchange.status, settings.retryClass), {
    cause: exchange.body,
    details: detailsOf(exchange, settings, options.nowMs),
  });
}
