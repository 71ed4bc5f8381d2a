// Reply detection over several folders: the first delta page of each in one $batch, further pages followed with plain calls.
import { createAppError } from "../../core/errors/app-error";
import { toMessageId } from "../../ports/mail-api";
import { runBatch } from "./graph-batch";
import { encodeQuery } from "./graph-client";
import { isResyncSignal, readDeltaRound } from "./graph-paging";
import { mapGraphMessage } from "./map-graph-message";
import type {
  InboxDeltaResult,
  MailboxMessage,
  MessageId,
  WatchedFolder,
} from "../../ports/mail-api";
import type { BatchItemResult } from "./graph-batch";
import type { GraphGateway } from "./graph-client";
import type { GraphCollectionBody } from "./graph-paging";
import type { GraphDeltaMessage } from "./map-graph-message";

/** Replies land in the Inbox; the junk filter moves some (auto-replies, NDRs) to Junk Email. */
export const watchedFolders: readonly WatchedFolder[] = ["inbox", "junkemail"];

const readScopes = ["Mail.Read"];

/** Delta items → the port's result: `@removed` entries become removed ids, the rest messages. */
export function toDeltaChanges(options: {
  items: readonly GraphDeltaMessage[];
  deltaLink: string;
  isComplete: boolean;
}): InboxDeltaResult {
  const messages: MailboxMessage[] = [];
  const removedIds: MessageId[] = [];
  for (const item of options.items) {
    if (!item.id) continue;
    if (item["@removed"]) removedIds.push(toMessageId(item.id));
    else messages.push(mapGraphMessage({ ...item, id: item.id }));
  }
  return {
    kind: "changes",
    messages,
    removedIds,
    deltaLink: options.deltaLink,
    isComplete: options.isComplete,
  };
}

export interface WatchedDeltaOptions {
  readonly deltaLinks: Partial<Record<WatchedFolder, string>>;
  readonly select: string;
  readonly pageSize: number;
  readonly maxPages: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly nowMs: () => number;
}

/**
 * The first request of a folder's round as a batch item: its stored link made relative (batch urls
 * carry no host or version, json-batching.md), or the initial delta query. Links are used as Graph
 * returned them, with no query option added (delta-query-messages.md).
 */
function firstPageUrl(gateway: GraphGateway, folder: WatchedFolder, options: WatchedDeltaOptions) {
  const link = options.deltaLinks[folder];
  if (link !== undefined) return gateway.toGraphPath(link);
  return `/me/mailFolders/${folder}/messages/delta?${encodeQuery({ $select: options.select })}`;
}

async function finishRound(
  gateway: GraphGateway,
  result: BatchItemResult | undefined,
  options: WatchedDeltaOptions,
): Promise<InboxDeltaResult> {
  if (result === undefined || !result.ok) {
    const error = result?.ok === false ? result.error : undefined;
    if (error !== undefined && isResyncSignal(error))
      return {
        kind: "resync_required",
        reason: String(error.details?.graphCode ?? error.details?.statusCode),
      };
    throw error ?? createAppError("graph_failed", { details: { reason: "batch_item_unanswered" } });
  }
  const body = (result.body ?? {}) as GraphCollectionBody<GraphDeltaMessage>;
  const items = [...(body.value ?? [])];
  const deltaLink = body["@odata.deltaLink"];
  const nextLink = body["@odata.nextLink"];
  if (deltaLink !== undefined) return toDeltaChanges({ items, deltaLink, isComplete: true });
  if (nextLink === undefined) return { kind: "resync_required", reason: "no_delta_link" };
  if (options.maxPages <= 1)
    return toDeltaChanges({ items, deltaLink: nextLink, isComplete: false });
  const rest = await readDeltaRound<GraphDeltaMessage>(gateway, {
    initial: {
      method: "GET",
      path: gateway.toGraphPath(nextLink),
      scopes: readScopes,
      maxPageSize: options.pageSize,
    },
    deltaLink: nextLink,
    maxPages: options.maxPages - 1,
  });
  if (rest.kind === "resync_required") return rest;
  return toDeltaChanges({
    items: [...items, ...rest.items],
    deltaLink: rest.deltaLink,
    isComplete: rest.isComplete,
  });
}

/**
 * One delta round per watched folder. With both links stored and nothing new, this is one HTTP
 * request: a `$batch` whose two items each answer an empty page and a fresh deltaLink. A spent link
 * (410, `syncStateNotFound`) makes only its own folder `resync_required`.
 */
export async function readWatchedFoldersDelta(
  gateway: GraphGateway,
  options: WatchedDeltaOptions,
): Promise<Record<WatchedFolder, InboxDeltaResult>> {
  const results = await runBatch(
    gateway,
    watchedFolders.map((folder) => ({
      method: "GET",
      url: firstPageUrl(gateway, folder, options),
      maxPageSize: options.pageSize,
    })),
    { scopes: readScopes, sleep: options.sleep, nowMs: options.nowMs },
  );
  const [inbox, junkemail] = await Promise.all([
    finishRound(gateway, results[watchedFolders.indexOf("inbox")], options),
    finishRound(gateway, results[watchedFolders.indexOf("junkemail")], options),
  ]);
  return { inbox, junkemail };
}
