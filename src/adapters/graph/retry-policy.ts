// Which Graph requests may be repeated, and after which failures: the gateway's retry policy as pure decisions.
import { computeBackoffMs, parseRetryAfterMs } from "./retry-after";

/**
 * How safe a request is to repeat.
 * - `idempotent`: GET, PUT, DELETE, and PATCH. Tempo's PATCHes set properties to fixed values (flag,
 *   extended properties, categories as a whole list), so a second one leaves the same state.
 * - `readOnlyPost`: a POST that only reads, marked by its caller (getSchedule, a $batch of GETs).
 * - `nonIdempotent`: every other POST (send, create). Repeated only after a 429.
 */
export const RetryClass = {
  idempotent: "idempotent",
  readOnlyPost: "readOnlyPost",
  nonIdempotent: "nonIdempotent",
} as const;
export type RetryClass = (typeof RetryClass)[keyof typeof RetryClass];

export function classifyRequest(method: string, isReadOnlyPost: boolean): RetryClass {
  const upper = method.toUpperCase();
  if (upper !== "POST") return RetryClass.idempotent;
  return isReadOnlyPost ? RetryClass.readOnlyPost : RetryClass.nonIdempotent;
}

export interface RetryLimits {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** Upper bound on the sum of all waits for one request. */
  readonly maxTotalWaitMs: number;
  readonly backoffBaseMs: number;
  readonly backoffCapMs: number;
}

export const defaultRetryLimits: RetryLimits = {
  maxAttempts: 4,
  maxTotalWaitMs: 30_000,
  backoffBaseMs: 500,
  backoffCapMs: 8_000,
};

/** What one attempt ended with, as the retry decision needs it. */
export type AttemptResult =
  | { readonly kind: "response"; readonly status: number; readonly retryAfter: string | null }
  | { readonly kind: "network_error" }
  | { readonly kind: "final" };

export type RetryDecision =
  | { readonly kind: "retry"; readonly delayMs: number }
  | { readonly kind: "stop" };

const transientStatuses = new Set([502, 503, 504]);

/**
 * Decides whether to repeat a request after one attempt.
 * e.g. a 429 with `Retry-After: 1` on a send (nonIdempotent) gives `{ kind: "retry", delayMs: 1000 }`;
 * a 504 on the same send gives `{ kind: "stop" }` (the send may have happened).
 */
export function decideRetry(options: {
  result: AttemptResult;
  retryClass: RetryClass;
  attempt: number;
  waitedMs: number;
  limits: RetryLimits;
  nowMs: number;
  random: number;
}): RetryDecision {
  const { result, retryClass, attempt, limits } = options;
  if (result.kind === "final") return { kind: "stop" };
  const isThrottled = result.kind === "response" && result.status === 429;
  const isTransient =
    result.kind === "network_error" ||
    (result.kind === "response" && transientStatuses.has(result.status));
  // Graph: a throttled request "fails" and the client should "retry the request" after Retry-After
  // (learn.microsoft.com/graph/throttling, "What happens when throttling occurs?" and "Best practices
  // to handle throttling"). A 5xx or a lost answer says nothing about whether the work was done.
  const mayRepeat = isThrottled || (isTransient && retryClass !== RetryClass.nonIdempotent);
  const hasAttemptsLeft = attempt < limits.maxAttempts;
  if (!mayRepeat || !hasAttemptsLeft) return { kind: "stop" };
  const retryAfterMs =
    result.kind === "response" ? parseRetryAfterMs(result.retryAfter, options.nowMs) : undefined;
  const delayMs =
    retryAfterMs ??
    computeBackoffMs({
      retryNumber: attempt,
      baseMs: limits.backoffBaseMs,
      capMs: limits.backoffCapMs,
      random: options.random,
    });
  const isWithinBudget = options.waitedMs + delayMs <= limits.maxTotalWaitMs;
  return isWithinBudget ? { kind: "retry", delayMs } : { kind: "stop" };
}
