// TrackingService.markSeen: the rep looked at these tracked emails; their engagement is no longer new.
import { markTrackingStateSeen } from "../../core/tracking/tracking-state";
import { buildCacheSnapshot, listTrackedMail } from "./tracking-deps";
import { writeTrackingChanges, type TrackingChange } from "./write-tracking-changes";
import type { TrackedMailCache, TrackingDeps } from "./tracking-deps";
import type { TrackingSnapshot } from "../../core/tracking/tracked-email";

/**
 * Marks every event of the given tracked emails seen and writes that to their state (so every
 * device agrees), e.g. `markSeen({ …, messageIds: ["AAMk…"] })` gives a snapshot whose unseen count
 * dropped by one. Emails with nothing unseen cost no request. Rejects like writeTrackingChanges.
 */
export async function markSeen(options: {
  readonly deps: TrackingDeps;
  readonly cache: TrackedMailCache;
  readonly messageIds: readonly string[];
}): Promise<TrackingSnapshot> {
  const { deps, cache } = options;
  if (cache.records === undefined || cache.needsRelist) await listTrackedMail(deps, cache);
  const changes: TrackingChange[] = [];
  for (const id of new Set(options.messageIds)) {
    const record = cache.records?.get(id);
    if (record === undefined || record.isReadOnly) continue;
    const state = markTrackingStateSeen(record.state);
    if (state !== record.state) changes.push({ record, state });
  }
  await writeTrackingChanges({ deps, cache, changes });
  return buildCacheSnapshot(cache, deps.now().toISOString());
}
