// Repeats a Graph request after throttling or a transient failure, as retry-policy.ts allows, replacing the SDK's RetryHandler.
import { readGatewayOptions } from "./gateway-request-options";
import { decideRetry } from "./retry-policy";
import { waitUntil } from "./wait-until";
import type { GatewayObserver } from "./gateway-observer";
import type { AttemptOutcome } from "./gateway-request-options";
import type { AttemptResult, RetryLimits } from "./retry-policy";
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";

export interface RetryMiddlewareDeps {
  readonly limits: RetryLimits;
  readonly sleep: (ms: number) => Promise<void>;
  readonly nowMs: () => number;
  readonly random: () => number;
  readonly observer?: GatewayObserver;
}

export function toAttemptResult(outcome: AttemptOutcome | undefined): AttemptResult {
  if (outcome?.kind === "response")
    return {
      kind: "response",
      status: outcome.exchange.status,
      retryAfter: outcome.exchange.headers.get("Retry-After"),
    };
  if (outcome?.kind === "network_error") return { kind: "network_error" };
  return { kind: "final" };
}

export class RetryMiddleware implements Middleware {
  private readonly deps: RetryMiddlewareDeps;
  private next: Middleware | undefined;

  constructor(deps: RetryMiddlewareDeps) {
    this.deps = deps;
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new TypeError("RetryMiddleware needs a next middleware");
    const options = readGatewayOptions(context);
    const { settings } = options;
    let waitedMs = 0;
    for (let attempt = 1; ; attempt += 1) {
      options.outcome = undefined;
      await next.execute(context);
      const decision = decideRetry({
        result: toAttemptResult(options.outcome),
        retryClass: settings.retryClass,
        attempt,
        waitedMs,
        limits: this.deps.limits,
        nowMs: this.deps.nowMs(),
        random: this.deps.random(),
      });
      if (decision.kind === "stop") return;
      options.retries += 1;
      this.deps.observer?.onRetry?.({
        clientRequestId: settings.clientRequestId,
        method: settings.method,
        path: settings.path,
        afterAttempt: attempt,
        delayMs: decision.delayMs,
      });
      await waitUntil(this.deps, this.deps.nowMs() + decision.delayMs);
      waitedMs += decision.delayMs;
    }
  }
}
