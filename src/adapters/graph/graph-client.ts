// The one Graph gateway: the SDK client on Tempo's middleware chain (retry → auth → limiter+fetch), Prefer headers, typed failures.
import { Client, ResponseType } from "@microsoft/microsoft-graph-client";
import { createAppError } from "../../core/errors/app-error";
import { AuthMiddleware } from "./auth-middleware";
import { ConcurrencyLimiter } from "./concurrency-limiter";
import { FetchMiddleware } from "./fetch-middleware";
import { GatewayRequestOptions } from "./gateway-request-options";
import { mapOutcomeToAppError } from "./map-graph-error";
import { RetryMiddleware } from "./retry-middleware";
import { classifyRequest, defaultRetryLimits } from "./retry-policy";
import type { TokenProvider } from "../../ports/token-provider";
import type { GatewayObserver } from "./gateway-observer";
import type { AttemptOutcome, GatewayRequestSettings } from "./gateway-request-options";
import type { RetryLimits } from "./retry-policy";
import type { GraphRequest } from "@microsoft/microsoft-graph-client";

export const graphVersion = "v1.0";
/** Graph allows 4 concurrent requests per app and mailbox (learn.microsoft.com/graph/throttling-limits). */
export const mailboxConcurrencyLimit = 4;

export type GraphMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export interface GraphCall {
  readonly method: GraphMethod;
  /** After the version, e.g. `/me/messages/{id}`; may carry an encoded query (a followed nextLink). */
  readonly path: string;
  /** Encoded by the gateway, e.g. `{ $select: "id,subject" }`. */
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly scopes: readonly string[];
  /** Marks a POST that only reads (getSchedule, a $batch of GETs) so it may be retried after a 5xx. */
  readonly isReadOnlyPost?: boolean;
  /** Concurrency slots, default 1 (a $batch takes one per item Outlook runs at once, ≤ 4). */
  readonly weight?: number;
  /** `Prefer: outlook.timezone="…"` (Windows or IANA name). */
  readonly timeZone?: string;
  /** `Prefer: odata.maxpagesize=…`. */
  readonly maxPageSize?: number;
}

export interface GraphResult<T> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

export interface GraphGatewayOptions {
  readonly tokenProvider: TokenProvider;
  /** Without the version; default `https://graph.microsoft.com`. */
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
  /** Share one limiter between gateways that reach the same mailbox. */
  readonly limiter?: ConcurrencyLimiter;
  readonly retryLimits?: RetryLimits;
  readonly requestTimeoutMs?: number;
  readonly observer?: GatewayObserver;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly nowMs?: () => number;
  readonly newRequestId?: () => string;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** e.g. `{ $select: "id", $top: "5" }` gives `$select=id&$top=5`; spaces as %20, as OData expects. */
export function encodeQuery(query: Readonly<Record<string, string>>): string {
  return Object.entries(query)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join("&");
}

/** Every request asks for immutable ids, so stored message ids survive moves (outlook-immutable-id). */
export function buildPreferHeader(call: Pick<GraphCall, "timeZone" | "maxPageSize">): string {
  return [
    'IdType="ImmutableId"',
    ...(call.timeZone === undefined ? [] : [`outlook.timezone="${call.timeZone}"`]),
    ...(call.maxPageSize === undefined ? [] : [`odata.maxpagesize=${call.maxPageSize}`]),
  ].join(", ");
}

export class GraphGateway {
  readonly baseUrl: string;
  readonly limiter: ConcurrencyLimiter;
  private readonly client: Client;
  private readonly nowMs: () => number;
  private readonly newRequestId: () => string;

  constructor(options: GraphGatewayOptions) {
    this.baseUrl = (options.baseUrl ?? "https://graph.microsoft.com").replace(/\/+$/, "");
    this.limiter = options.limiter ?? new ConcurrencyLimiter(mailboxConcurrencyLimit);
    this.nowMs = options.nowMs ?? Date.now;
    this.newRequestId = options.newRequestId ?? (() => crypto.randomUUID());
    const observer = options.observer;
    const retry = new RetryMiddleware({
      limits: options.retryLimits ?? defaultRetryLimits,
      sleep: options.sleep ?? realSleep,
      nowMs: this.nowMs,
      random: options.random ?? Math.random,
      ...(observer ? { observer } : {}),
    });
    const auth = new AuthMiddleware(options.tokenProvider);
    const transport = new FetchMiddleware({
      fetch: options.fetch ?? ((input, init) => fetch(input, init)),
      limiter: this.limiter,
      timeoutMs: options.requestTimeoutMs ?? 30_000,
      nowMs: this.nowMs,
      ...(observer ? { observer } : {}),
    });
    this.client = Client.initWithMiddleware({
      baseUrl: this.baseUrl,
      defaultVersion: graphVersion,
      middleware: [retry, auth, transport],
    });
  }

  /** The Graph root requests go to, e.g. `https://graph.microsoft.com/v1.0`. */
  get graphUrl(): string {
    return `${this.baseUrl}/${graphVersion}`;
  }

  /** Resolves with a 2xx answer; rejects with the mapped AppError otherwise. */
  async call<T>(call: GraphCall): Promise<GraphResult<T>> {
    const { outcome, settings } = await this.attempt(call);
    const isSuccess =
      outcome?.kind === "response" &&
      outcome.exchange.status >= 200 &&
      outcome.exchange.status < 300;
    if (isSuccess)
      return {
        status: outcome.exchange.status,
        body: outcome.exchange.body as T,
        headers: outcome.exchange.headers,
      };
    throw mapOutcomeToAppError({ outcome, settings, nowMs: this.nowMs() });
  }

  /** Runs the call through the chain and hands back the final outcome, for callers that must inspect it. */
  async attempt(
    call: GraphCall,
  ): Promise<{ outcome: AttemptOutcome | undefined; settings: GatewayRequestSettings }> {
    const [pathOnly = call.path] = call.path.split("?");
    const settings: GatewayRequestSettings = {
      method: call.method,
      path: pathOnly,
      scopes: call.scopes,
      retryClass: classifyRequest(call.method, call.isReadOnlyPost ?? false),
      weight: call.weight ?? 1,
      clientRequestId: this.newRequestId(),
    };
    const options = new GatewayRequestOptions(settings);
    const request = this.client
      .api(this.toApiPath(call))
      .headers({ Prefer: buildPreferHeader(call), "client-request-id": settings.clientRequestId })
      .middlewareOptions([options])
      .responseType(ResponseType.RAW);
    await send(request, call);
    return { outcome: options.outcome, settings };
  }

  /**
   * The path for a link Graph returned (`@odata.nextLink`, `@odata.deltaLink`). A link to any other
   * origin is refused: the gateway never sends the user's token elsewhere.
   */
  toGraphPath(link: string): string {
    const prefix = `${this.graphUrl}/`;
    if (!link.startsWith(prefix))
      throw createAppError("graph_failed", { details: { reason: "foreign_link" } });
    return `/${link.slice(prefix.length)}`;
  }

  private toApiPath(call: GraphCall): string {
    const hasQuery = call.query !== undefined && Object.keys(call.query).length > 0;
    if (!hasQuery) return call.path;
    const separator = call.path.includes("?") ? "&" : "?";
    return `${call.path}${separator}${encodeQuery(call.query ?? {})}`;
  }
}

async function send(request: GraphRequest, call: GraphCall): Promise<void> {
  switch (call.method) {
    case "GET":
      await request.get();
      return;
    case "POST":
      await request.post(call.body);
      return;
    case "PATCH":
      await request.patch(call.body);
      return;
    case "PUT":
      await request.put(call.body);
      return;
    case "DELETE":
      await request.delete();
      return;
  }
}
