// Per-request settings and the outcome of the last attempt, carried through the Graph client's middleware chain.
import type { AppError } from "../../core/errors/app-error";
import type { RetryClass } from "./retry-policy";
import type { Context, MiddlewareOptions } from "@microsoft/microsoft-graph-client";

/** A Graph answer, read in full while the request held its concurrency slot. */
export interface GraphExchange {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON, the raw text when it is not JSON, or `undefined` when empty. */
  readonly body: unknown;
}

export type AttemptOutcome =
  | { readonly kind: "response"; readonly exchange: GraphExchange }
  /** No answer: a dropped connection, a DNS failure, or our own timeout. */
  | { readonly kind: "network_error"; readonly cause: unknown; readonly isTimeout: boolean }
  /** Failed before Graph was asked, e.g. no token could be had. */
  | { readonly kind: "app_error"; readonly error: AppError };

export interface GatewayRequestSettings {
  readonly method: string;
  /** Path after the version, without the query, for error details (never the query: it may hold addresses). */
  readonly path: string;
  readonly scopes: readonly string[];
  readonly retryClass: RetryClass;
  /** Concurrency slots the request takes: 1, or up to 4 for a $batch (Outlook runs 4 items at once). */
  readonly weight: number;
  readonly clientRequestId: string;
}

/**
 * The middleware option the gateway attaches to each request (the SDK's `MiddlewareOptions` channel).
 * Middlewares write the attempt's outcome here instead of throwing, because `GraphRequest.send`
 * rewraps every thrown error into its own GraphError and loses ours.
 */
export class GatewayRequestOptions implements MiddlewareOptions {
  readonly settings: GatewayRequestSettings;
  outcome: AttemptOutcome | undefined = undefined;
  attempts = 0;
  retries = 0;

  constructor(settings: GatewayRequestSettings) {
    this.settings = settings;
  }
}

/** The gateway's options of a request; every request the gateway sends carries them. */
export function readGatewayOptions(context: Context): GatewayRequestOptions {
  const options = context.middlewareControl?.getMiddlewareOptions(GatewayRequestOptions);
  if (!(options instanceof GatewayRequestOptions))
    throw new TypeError("A Graph request reached the Tempo middleware chain without its options");
  return options;
}

/** Sets one request header, whether the SDK built the headers as a record or a Headers object. */
export function setRequestHeader(context: Context, name: string, value: string): void {
  const options = (context.options ??= {});
  const headers = options.headers;
  if (headers instanceof Headers) headers.set(name, value);
  else if (Array.isArray(headers))
    options.headers = [
      ...headers.filter(([key]) => key.toLowerCase() !== name.toLowerCase()),
      [name, value],
    ];
  else options.headers = { ...headers, [name]: value };
}
