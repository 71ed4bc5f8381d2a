// JSON batching: splits into $batch requests of ≤ 20, correlates answers by id, and retries throttled items after their own Retry-After.
import { createAppError } from "../../core/errors/app-error";
import { buildPreferHeader, mailboxConcurrencyLimit } from "./graph-client";
import { mapOutcomeToAppError } from "./map-graph-error";
import { parseRetryAfterMs } from "./retry-after";
import { classifyRequest } from "./retry-policy";
import { waitUntil } from "./wait-until";
import type { AppError } from "../../core/errors/app-error";
import type { GraphGateway, GraphMethod } from "./graph-client";

/** Graph takes at most 20 requests in one $batch (learn.microsoft.com/graph/json-batching). */
export const maxBatchItems = 20;

export interface BatchItem {
  readonly method: GraphMethod;
  /** Relative and unversioned, e.g. `/me/messages/{id}?$select=subject`. */
  readonly url: string;
  readonly body?: unknown;
  /** `Prefer: odata.maxpagesize` for this item (a delta page read inside the batch). */
  readonly maxPageSize?: number;
}

export type BatchItemResult =
  | { readonly ok: true; readonly status: number; readonly body: unknown }
  | { readonly ok: false; readonly error: AppError };

interface BatchResponseItem {
  id?: string;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface BatchOptions {
  readonly scopes: readonly string[];
  /** Rounds of re-sending throttled items; default 3. */
  readonly maxThrottleRounds?: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly nowMs: () => number;
}

/**
 * Runs the items and gives one result per item, in input order. e.g. 45 GETs go as batches of
 * 20, 20 and 5; an item answered 429 with `Retry-After: 1` is sent again in a later batch ≥ 1 s on.
 */
export async function runBatch(
  gateway: GraphGateway,
  items: readonly BatchItem[],
  options: BatchOptions,
): Promise<BatchItemResult[]> {
  const chunks: BatchItem[][] = [];
  for (let start = 0; start < items.length; start += maxBatchItems)
    chunks.push(items.slice(start, start + maxBatchItems));
  const results = await Promise.all(chunks.map((chunk) => runChunk(gateway, chunk, options)));
  return results.flat();
}

async function runChunk(
  gateway: GraphGateway,
  chunk: readonly BatchItem[],
  options: BatchOptions,
): Promise<BatchItemResult[]> {
  const results = new Map<string, BatchItemResult>();
  let pending = chunk.map((item, index) => ({ id: String(index + 1), item }));
  const maxRounds = (options.maxThrottleRounds ?? 3) + 1;
  for (let round = 1; round <= maxRounds && pending.length > 0; round += 1) {
    const answers = await postBatch(gateway, pending, options.scopes);
    const throttled: typeof pending = [];
    let waitMs = 0;
    for (const entry of pending) {
      const answer = answers.get(entry.id.toLowerCase());
      const isThrottled = answer?.status === 429 && round < maxRounds;
      if (isThrottled) {
        throttled.push(entry);
        const retryAfter = readHeader(answer.headers, "Retry-After");
        waitMs = Math.max(waitMs, parseRetryAfterMs(retryAfter, options.nowMs()) ?? 1000);
        continue;
      }
      results.set(entry.id, toItemResult(entry.item, answer, options.nowMs()));
    }
    pending = throttled;
    // Each throttled item waits out its own Retry-After; they go again together after the longest.
    if (pending.length > 0) await waitUntil(options, options.nowMs() + waitMs);
  }
  return chunk.map((_, index) => results.get(String(index + 1)) ?? missingAnswer());
}

async function postBatch(
  gateway: GraphGateway,
  pending: ReadonlyArray<{ id: string; item: BatchItem }>,
  scopes: readonly string[],
): Promise<Map<string, BatchResponseItem>> {
  const isAllReads = pending.every(({ item }) => item.method === "GET");
  const { body } = await gateway.call<{ responses?: BatchResponseItem[] }>({
    method: "POST",
    path: "/$batch",
    scopes,
    isReadOnlyPost: isAllReads,
    weight: Math.min(mailboxConcurrencyLimit, pending.length),
    body: {
      requests: pending.map(({ id, item }) => ({
        id,
        method: item.method,
        url: item.url,
        headers: {
          Prefer: buildPreferHeader(
            item.maxPageSize === undefined ? {} : { maxPageSize: item.maxPageSize },
          ),
          ...(item.body === undefined ? {} : { "Content-Type": "application/json" }),
        },
        ...(item.body === undefined ? {} : { body: item.body }),
      })),
    },
  });
  // Answers come in completion order, not request order: correlate by id (case-insensitive ids).
  const answers = new Map<string, BatchResponseItem>();
  for (const answer of body.responses ?? [])
    if (typeof answer.id === "string") answers.set(answer.id.toLowerCase(), answer);
  return answers;
}

function readHeader(headers: Record<string, string> | undefined, name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === lower)?.[1];
}

function toItemResult(
  item: BatchItem,
  answer: BatchResponseItem | undefined,
  nowMs: number,
): BatchItemResult {
  if (answer === undefined || typeof answer.status !== "number") return missingAnswer();
  const isSuccess = answer.status >= 200 && answer.status < 300;
  if (isSuccess) return { ok: true, status: answer.status, body: answer.body };
  const headers = new Headers(answer.headers ?? {});
  const [path = item.url] = item.url.split("?");
  const error = mapOutcomeToAppError({
    outcome: { kind: "response", exchange: { status: answer.status, headers, body: answer.body } },
    settings: {
      method: item.method,
      path,
      scopes: [],
      retryClass: classifyRequest(item.method, false),
      weight: 1,
      clientRequestId: headers.get("client-request-id") ?? "",
    },
    nowMs,
  });
  return { ok: false, error };
}

function missingAnswer(): BatchItemResult {
  return {
    ok: false,
    error: createAppError("graph_failed", { details: { reason: "batch_item_unanswered" } }),
  };
}
