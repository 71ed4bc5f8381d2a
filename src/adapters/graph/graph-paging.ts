// Follows @odata.nextLink page by page (with a page cap) and reads delta rounds to their @odata.deltaLink.
import { isAppError } from "../../core/errors/app-error";
import type { GraphCall, GraphGateway } from "./graph-client";

export interface GraphCollectionBody<T> {
  readonly value?: T[];
  readonly "@odata.nextLink"?: string;
  readonly "@odata.deltaLink"?: string;
}

export interface GraphPage<T> {
  readonly items: T[];
  /** Set on the last page read when more remain (the page cap was hit): resume from it. */
  readonly nextLink?: string;
  readonly deltaLink?: string;
}

/**
 * Yields each page of a collection, following `@odata.nextLink` as Graph returned it (query options
 * go in the first request only), at most `maxPages` pages. e.g. 25 messages at 10 a page, cap 2:
 * pages of 10 and 10, the second with `nextLink` set.
 */
export async function* pageThrough<T>(
  gateway: GraphGateway,
  first: GraphCall,
  options: { maxPages: number },
): AsyncGenerator<GraphPage<T>> {
  let call: GraphCall = first;
  for (let page = 1; page <= options.maxPages; page += 1) {
    const { body } = await gateway.call<GraphCollectionBody<T>>(call);
    const nextLink = body["@odata.nextLink"];
    const deltaLink = body["@odata.deltaLink"];
    yield {
      items: body.value ?? [],
      ...(nextLink === undefined ? {} : { nextLink }),
      ...(deltaLink === undefined ? {} : { deltaLink }),
    };
    if (nextLink === undefined) return;
    call = { ...first, path: gateway.toGraphPath(nextLink), query: {}, body: undefined };
  }
}

export type DeltaRound<T> =
  | {
      readonly kind: "changes";
      readonly items: T[];
      readonly deltaLink: string;
      readonly isComplete: boolean;
    }
  | { readonly kind: "resync_required"; readonly reason: string };

const resyncCodes = new Set(["syncstatenotfound", "resyncrequired", "syncstateinvalid"]);

/**
 * Graph says a delta token is spent with `410 Gone` or a 40x whose code is `syncStateNotFound` or
 * `resyncRequired` (learn.microsoft.com/graph/delta-query-overview, "Synchronization reset").
 */
export function isResyncSignal(error: unknown): boolean {
  if (!isAppError(error)) return false;
  const status = error.details?.statusCode;
  const graphCode = String(error.details?.graphCode ?? "").toLowerCase();
  const isDeltaClientError = status === 400 || status === 404 || status === 409;
  return status === 410 || (isDeltaClientError && resyncCodes.has(graphCode));
}

/**
 * Reads one delta round: from `deltaLink` when the caller stored one, else from `initial`. Gives the
 * items and the new link to persist; `isComplete: false` when the page cap stopped it early (the link
 * is then a nextLink, still resumable). A spent token is a value, not an exception.
 */
export async function readDeltaRound<T>(
  gateway: GraphGateway,
  options: { initial: GraphCall; deltaLink?: string; maxPages: number },
): Promise<DeltaRound<T>> {
  const first =
    options.deltaLink === undefined
      ? options.initial
      : { ...options.initial, path: gateway.toGraphPath(options.deltaLink), query: {} };
  const items: T[] = [];
  let resumeLink: string | undefined;
  let isComplete = false;
  try {
    for await (const page of pageThrough<T>(gateway, first, { maxPages: options.maxPages })) {
      items.push(...page.items);
      resumeLink = page.deltaLink ?? page.nextLink;
      isComplete = page.deltaLink !== undefined;
    }
  } catch (error) {
    if (!isResyncSignal(error)) throw error;
    const code = isAppError(error)
      ? String(error.details?.graphCode ?? error.details?.statusCode)
      : "";
    return { kind: "resync_required", reason: code };
  }
  if (resumeLink === undefined) return { kind: "resync_required", reason: "no_delta_link" };
  return { kind: "changes", items, deltaLink: resumeLink, isComplete };
}
