// TrackingService.refresh: read the watched folders' delta, match new mail, write changed state, save the cursor.
import { applyEngagements } from "../../core/tracking/apply-engagement";
import { createEngagementEvents } from "../../core/tracking/engagement-event";
import { decideFollowUp } from "../../core/tracking/follow-up";
import {
  buildTrackingIndex,
  matchInbound,
  readTrackedRecipients,
} from "../../core/tracking/match-inbound";
import {
  classifyDeltaMessages,
  classifyThreadMail,
  type ClassifiedMessage,
} from "./classify-inbound";
import { readWatchedFolders } from "./read-watched-folders";
import {
  buildCacheSnapshot,
  listNewTrackedMail,
  listTrackedMail,
  readRepAddresses,
} from "./tracking-deps";
import { writeTrackingChanges, type TrackingChange } from "./write-tracking-changes";
import type {
  TrackedMailCache,
  TrackedRecord,
  TrackingDeps,
  TrackingSettings,
} from "./tracking-deps";
import type { SyncProgress, TrackingSnapshot } from "../../core/tracking/tracked-email";
import type { TrackingState } from "../../core/tracking/tracking-state";
import type { MailboxMessage } from "../../ports/mail-api";

export interface RefreshOptions {
  /** Lists Sent Items again even though the cache has them (e.g. the rep pressed Refresh). */
  readonly relist?: boolean;
  readonly onProgress?: (progress: SyncProgress) => void;
}

function indexRecords(cache: TrackedMailCache) {
  return buildTrackingIndex([...(cache.records?.values() ?? [])].map((record) => record.message));
}

/**
 * Tracked mail sent since the cache was listed is not in it. An unmatched inbound message from a
 * conversation the cache does not know may answer such mail, so one incremental listing (mail sent
 * since the last listing) runs before the cursor moves past the message for good. It is one request
 * for the usual few new tracked emails, however many unknown conversations arrived (newsletters
 * included), where looking each conversation up would cost one request apiece.
 */
async function findNewTrackedMail(options: {
  readonly deps: TrackingDeps;
  readonly cache: TrackedMailCache;
  readonly classified: readonly ClassifiedMessage[];
  readonly repAddresses: readonly string[];
}): Promise<void> {
  const { deps, cache, classified, repAddresses } = options;
  const index = indexRecords(cache);
  const hasUnknownConversation = classified.some(({ message, verdict }) => {
    const conversationId = message.conversationId;
    const isUnknown =
      typeof conversationId === "string" && !index.byConversationId.has(conversationId);
    return isUnknown && matchInbound({ index, message, verdict, repAddresses }) === undefined;
  });
  if (hasUnknownConversation) await listNewTrackedMail(deps, cache);
}

/** Each tracked message's state after the new mail; only messages it touched are in the map. */
function applyInbound(options: {
  readonly cache: TrackedMailCache;
  readonly classified: readonly ClassifiedMessage[];
  readonly repAddresses: readonly string[];
}): Map<string, TrackingState> {
  const index = indexRecords(options.cache);
  const states = new Map<string, TrackingState>();
  for (const { message, verdict } of options.classified) {
    const found = matchInbound({ index, message, verdict, repAddresses: options.repAddresses });
    const id = found?.tracked.id;
    const current =
      id === undefined ? undefined : (states.get(id) ?? options.cache.records?.get(id)?.state);
    if (found === undefined || id === undefined || current === undefined) continue;
    const events = createEngagementEvents({ message, verdict, recipients: found.recipients });
    states.set(id, applyEngagements(current, events));
  }
  return states;
}

/** Classifies and matches the round's mail; each touched tracked message's state after it. */
async function readEngagement(options: {
  readonly deps: TrackingDeps;
  readonly cache: TrackedMailCache;
  readonly messages: readonly MailboxMessage[];
  readonly repAddresses: readonly string[];
  /** Sent Items were listed in this refresh: nothing newer can be missing. */
  readonly isListFresh: boolean;
}): Promise<Map<string, TrackingState>> {
  const { deps, cache, repAddresses } = options;
  const fromDelta = classifyDeltaMessages(options.messages, repAddresses);
  if (!options.isListFresh)
    await findNewTrackedMail({ deps, cache, classified: fromDelta, repAddresses });
  const classified = await classifyThreadMail({
    mail: deps.mail,
    classified: fromDelta,
    index: indexRecords(cache),
    repAddresses,
  });
  return applyInbound({ cache, classified, repAddresses });
}

/** What must be written: new engagement, or a follow-up flag to set or clear. */
function collectChanges(options: {
  readonly records: readonly TrackedRecord[];
  readonly states: ReadonlyMap<string, TrackingState>;
  readonly settings: TrackingSettings;
  readonly now: string;
}): TrackingChange[] {
  const changes: TrackingChange[] = [];
  for (const record of options.records) {
    if (record.isReadOnly) continue;
    const engaged = options.states.get(record.message.id) ?? record.state;
    const decision = decideFollowUp({
      state: engaged,
      recipients: readTrackedRecipients(record.message),
      sentDateTime: record.message.sentDateTime,
      currentFlag: record.message.flag,
      followUpDays: options.settings.followUpDays,
      now: options.now,
    });
    const state =
      decision.followUp === engaged.followUp
        ? engaged
        : { ...engaged, followUp: decision.followUp };
    if (state === record.state && decision.flag === undefined) continue;
    changes.push({
      record,
      state,
      ...(decision.flag === undefined ? {} : { flag: decision.flag }),
    });
  }
  return changes;
}

/**
 * One refresh. Sent Items are listed in full only when the cache is empty, stale or `relist` is
 * asked for, and incrementally (at most once) when new mail comes from an unknown conversation;
 * otherwise an unchanged inbox costs the one `$batch` of the watched folders' delta. The cursor is
 * saved only after every state write landed, so a pane killed midway replays the same mail next
 * time, which changes nothing already applied.
 */
export async function refreshTracking(options: {
  readonly deps: TrackingDeps;
  readonly cache: TrackedMailCache;
  readonly refresh: RefreshOptions;
}): Promise<TrackingSnapshot> {
  const { deps, cache } = options;
  const report = options.refresh.onProgress ?? (() => undefined);
  const settings = deps.settings();
  const repAddresses = readRepAddresses(settings);
  const now = deps.now().toISOString();
  const mustList =
    cache.records === undefined || cache.needsRelist || options.refresh.relist === true;
  if (mustList) {
    report({ phase: "listing", done: 0 });
    await listTrackedMail(deps, cache);
  }
  report({ phase: "reading_inbox", done: 0 });
  const cursor = deps.cursorStore.read();
  const round = await readWatchedFolders({
    mail: deps.mail,
    deltaLinks: cursor?.deltaLinks ?? {},
    maxPages: deps.maxDeltaPages,
  });
  const states = await readEngagement({
    deps,
    cache,
    messages: round.messages,
    repAddresses,
    isListFresh: mustList,
  });
  const records = [...(cache.records?.values() ?? [])];
  const changes = collectChanges({ records, states, settings, now });
  report({ phase: "updating", done: 0, total: changes.length });
  await writeTrackingChanges({
    deps,
    cache,
    changes,
    onWritten: (done, total) => report({ phase: "updating", done, total }),
  });
  const lastSyncedAt = round.isComplete ? now : cursor?.lastSyncedAt;
  await deps.cursorStore.write({
    version: 1,
    deltaLinks: round.deltaLinks,
    ...(lastSyncedAt === undefined ? {} : { lastSyncedAt }),
  });
  const snapshot = buildCacheSnapshot(cache, now);
  report({ phase: "done", done: snapshot.emails.length, total: snapshot.emails.length });
  return snapshot;
}
