// Tracked mail in Sent Items: finding both kinds of marked mail, per mailbox or per conversation, and writing state back in batches.
import { createAppError } from "../../core/errors/app-error";
import {
  hostCustomPropertiesPropertyId,
  tempoTrackIdPropertyId,
  trackIdCustomPropertyName,
  trackingStatePropertyId,
} from "../../core/tracking/tracking-marker";
import { runBatch } from "./graph-batch";
import { pageThrough } from "./graph-paging";
import { buildGraphFollowUpFlag } from "./map-graph-flag";
import { mapGraphSentTrackedMessage } from "./map-graph-message";
import type { MessageId, SentTrackedMessage, TrackedMessageUpdate } from "../../ports/mail-api";
import type { BatchItem } from "./graph-batch";
import type { GraphCall, GraphGateway } from "./graph-client";
import type * as Graph from "@microsoft/microsoft-graph-types";

/** OData string literal: single quotes doubled, e.g. `O'Hara` gives `'O''Hara'`. */
export function quoteODataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Mail Tempo sent itself carries the TempoTrackId marker; mail the rep composed in Outlook carries
 * the add-in's custom properties (`cecp-<add-in id>`, GRAPH-FACTS A1) whose JSON names the track id.
 * String values filter case-insensitively (B7), so `contains` also finds `"TEMPOTRACKID"`; the
 * mapping reads the exact key and skips the rest.
 */
export const trackedMailFilter =
  `singleValueExtendedProperties/Any(ep: ep/id eq ${quoteODataString(tempoTrackIdPropertyId)} and ep/value ne null)` +
  ` or singleValueExtendedProperties/Any(ep: ep/id eq ${quoteODataString(hostCustomPropertiesPropertyId)}` +
  ` and contains(ep/value, ${quoteODataString(trackIdCustomPropertyName)}))`;

/** A filtered list does not include extended properties: they must be expanded to be read (B7). */
export const trackedMailExpand = `singleValueExtendedProperties($filter=${[
  tempoTrackIdPropertyId,
  hostCustomPropertiesPropertyId,
  trackingStatePropertyId,
]
  .map((id) => `id eq ${quoteODataString(id)}`)
  .join(" or ")})`;

export const trackedMailSelect =
  "id,subject,sentDateTime,conversationId,internetMessageId,toRecipients,ccRecipients,flag";

const readScopes = ["Mail.Read"];

function listSentItems(filter: string, pageSize: number): GraphCall {
  return {
    method: "GET",
    path: "/me/mailFolders/sentitems/messages",
    // `$top` is the page size of a message list (default 10, at most 1000: user-list-messages.md);
    // `Prefer: odata.maxpagesize` alone leaves lists at 10 a page.
    query: {
      $filter: filter,
      $expand: trackedMailExpand,
      $select: trackedMailSelect,
      $top: String(pageSize),
    },
    scopes: readScopes,
    maxPageSize: pageSize,
  };
}

/** Newest sent first. `$orderby` with an extended-property filter is an InefficientFilter (B6). */
function sortNewestFirst(messages: SentTrackedMessage[]): SentTrackedMessage[] {
  return messages.sort((a, b) => (b.sentDateTime ?? "").localeCompare(a.sentDateTime ?? ""));
}

async function collectTracked(
  gateway: GraphGateway,
  call: GraphCall,
  maxPages: number,
): Promise<SentTrackedMessage[]> {
  const found: SentTrackedMessage[] = [];
  for await (const page of pageThrough<Graph.Message>(gateway, call, { maxPages }))
    for (const message of page.items) {
      const tracked = mapGraphSentTrackedMessage(message);
      if (tracked) found.push(tracked);
    }
  return found;
}

/**
 * An OData DateTimeOffset literal (unquoted, UTC, whole seconds rounded down), e.g.
 * `2025-03-12T16:00:00.750Z` gives `2025-03-12T16:00:00Z`. Anything that is not a date is refused
 * rather than spliced into `$filter`.
 */
export function toODataDateTimeLiteral(isoUtc: string): string {
  const ms = Date.parse(isoUtc);
  if (Number.isNaN(ms))
    throw createAppError("invalid_input", { details: { reason: "sent_since_not_a_date" } });
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * The marker filter, narrowed to mail sent at or after `sentSince` when given:
 * `sentDateTime ge 2025-03-12T16:00:00Z and (<marker filter>)`. No `$orderby` goes with it (B6).
 */
export function buildSentTrackedFilter(sentSince: string | undefined): string {
  if (sentSince === undefined) return trackedMailFilter;
  return `sentDateTime ge ${toODataDateTimeLiteral(sentSince)} and (${trackedMailFilter})`;
}

/**
 * Both kinds of tracked mail in Sent Items, newest first, at most `maxMessages`; only those sent
 * at or after `sentSince` (ISO-8601 UTC) when it is given.
 */
export async function listSentTrackedMessages(
  gateway: GraphGateway,
  options: { maxMessages: number; pageSize: number; sentSince?: string },
): Promise<SentTrackedMessage[]> {
  const maxPages = Math.max(1, Math.ceil(options.maxMessages / options.pageSize));
  const found = await collectTracked(
    gateway,
    listSentItems(buildSentTrackedFilter(options.sentSince), options.pageSize),
    maxPages,
  );
  return sortNewestFirst(found).slice(0, options.maxMessages);
}

/**
 * Tracked mail of one conversation, newest first. `conversationId` is filtered with the marker and
 * never paired with `$orderby` (B6: InefficientFilter); a thread rarely holds more than a page.
 */
export async function listTrackedMessagesInConversation(
  gateway: GraphGateway,
  options: { conversationId: string; pageSize: number; maxPages: number },
): Promise<SentTrackedMessage[]> {
  const filter = `conversationId eq ${quoteODataString(options.conversationId)} and (${trackedMailFilter})`;
  const found = await collectTracked(
    gateway,
    listSentItems(filter, options.pageSize),
    options.maxPages,
  );
  return sortNewestFirst(found);
}

/**
 * The PATCH body for one update, e.g. `{ singleValueExtendedProperties: [marker, state], flag }`.
 * Only properties Graph lets a sent message change: extended properties and `flag` (message-update.md).
 */
export function buildTrackedMessagePatch(update: TrackedMessageUpdate): Graph.Message {
  return {
    singleValueExtendedProperties: [
      { id: tempoTrackIdPropertyId, value: update.trackId },
      { id: trackingStatePropertyId, value: update.stateJson },
    ],
    ...(update.flag === undefined ? {} : { flag: buildGraphFollowUpFlag(update.flag) }),
  };
}

/** PATCHes each message in `$batch`es of 20; throttled items go again after their Retry-After. */
export async function patchTrackedMessages(
  gateway: GraphGateway,
  options: {
    updates: readonly TrackedMessageUpdate[];
    sleep: (ms: number) => Promise<void>;
    nowMs: () => number;
  },
): Promise<MessageId[]> {
  if (options.updates.length === 0) return [];
  const items: BatchItem[] = options.updates.map((update) => ({
    method: "PATCH",
    url: `/me/messages/${encodeURIComponent(update.id)}`,
    body: buildTrackedMessagePatch(update),
  }));
  const results = await runBatch(gateway, items, {
    scopes: ["Mail.ReadWrite"],
    sleep: options.sleep,
    nowMs: options.nowMs,
  });
  return options.updates.flatMap((update, index) => (results[index]?.ok ? [] : [update.id]));
}
