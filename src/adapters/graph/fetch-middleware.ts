// The last link of the chain: takes a concurrency slot, calls fetch with a timeout, and reads the whole answer.
import { readGatewayOptions } from "./gateway-request-options";
import type { ConcurrencyLimiter } from "./concurrency-limiter";
import type { GatewayObserver } from "./gateway-observer";
import type { GatewayRequestOptions, GraphExchange } from "./gateway-request-options";
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";

export interface FetchMiddlewareDeps {
  /** Global fetch in browsers and Node ≥ 18; replaces the SDK's HTTPMessageHandler (no polyfill). */
  readonly fetch: typeof fetch;
  readonly limiter: ConcurrencyLimiter;
  readonly timeoutMs: number;
  readonly nowMs: () => number;
  readonly observer?: GatewayObserver;
}

function parseBody(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (error instanceof SyntaxError) return text;
    throw error;
  }
}

export class FetchMiddleware implements Middleware {
  private readonly deps: FetchMiddlewareDeps;

  constructor(deps: FetchMiddlewareDeps) {
    this.deps = deps;
  }

  async execute(context: Context): Promise<void> {
    const options = readGatewayOptions(context);
    // The body is read inside the slot: the request counts against Graph's limit until it is answered.
    await this.deps.limiter.run(options.settings.weight, () => this.fetchOnce(context, options));
  }

  private async fetchOnce(context: Context, options: GatewayRequestOptions): Promise<void> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.deps.timeoutMs);
    const startedAtMs = this.deps.nowMs();
    options.attempts += 1;
    let exchange: GraphExchange | undefined;
    try {
      const response = await this.deps.fetch(context.request, {
        ...context.options,
        signal: controller.signal,
      });
      exchange = {
        status: response.status,
        headers: response.headers,
        body: parseBody(await response.text()),
      };
      context.response = response;
      options.outcome = { kind: "response", exchange };
    } catch (error) {
      options.outcome = {
        kind: "network_error",
        cause: error,
        isTimeout: controller.signal.aborted,
      };
    } finally {
      clearTimeout(timer);
      this.report(options, startedAtMs, exchange);
    }
  }

  private report(
    options: GatewayRequestOptions,
    startedAtMs: number,
    exchange: GraphExchange | undefined,
  ): void {
    const { settings } = options;
    const requestId = exchange?.headers.get("request-id") ?? undefined;
    const retryAfter = exchange?.headers.get("Retry-After") ?? undefined;
    this.deps.observer?.onAttempt?.({
      clientRequestId: settings.clientRequestId,
      method: settings.method,
      path: settings.path,
      attempt: options.attempts,
      startedAtMs,
      endedAtMs: this.deps.nowMs(),
      ...(exchange ? { status: exchange.status } : {}),
      ...(requestId === undefined ? {} : { requestId }),
      ...(retryAfter === undefined ? {} : { retryAfter }),
    });
  }
}
