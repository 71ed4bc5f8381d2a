// Writes changed tracking states (and flags) to their Sent Items messages, and keeps the cache in step.
import { createAppError } from "../../core/errors/app-error";
import { capTrackingState, type TrackingState } from "../../core/tracking/tracking-state";
import type { TrackedMailCache, TrackingDeps, TrackedRecord } from "./tracking-deps";
import type { FollowUpFlag, TrackedMessageUpdate } from "../../ports/mail-api";

/** One message's new state, and its new flag when that changes too. */
export interface TrackingChange {
  readonly record: TrackedRecord;
  readonly state: TrackingState;
  readonly flag?: FollowUpFlag;
}

/** Updates per updateTrackedMessages call: 5 `$batch`es of 20, so progress moves on big first runs. */
const updatesPerCall = 100;

function toUpdate(change: TrackingChange, state: TrackingState): TrackedMessageUpdate {
  return {
    id: change.record.message.id,
    trackId: change.record.message.trackId,
    stateJson: JSON.stringify(state),
    ...(change.flag === undefined ? {} : { flag: change.flag }),
  };
}

/**
 * Writes `changes`; each message that was written is updated in the cache at once, so a later
 * failure loses nothing already saved. Rejects with the port's AppError when a call fails, or with
 * `tracking_sync_incomplete` when some messages could not be written (the next refresh re-lists).
 */
export async function writeTrackingChanges(options: {
  readonly deps: TrackingDeps;
  readonly cache: TrackedMailCache;
  readonly changes: readonly TrackingChange[];
  readonly onWritten?: (done: number, total: number) => void;
}): Promise<void> {
  const { deps, cache, changes } = options;
  let failedCount = 0;
  for (let start = 0; start < changes.length; start += updatesPerCall) {
    const chunk = changes.slice(start, start + updatesPerCall);
    const states = chunk.map((change) => capTrackingState(change.state));
    const updates = chunk.map((change, i) => toUpdate(change, states[i] ?? change.state));
    const failed = new Set<string>(await deps.mail.updateTrackedMessages(updates));
    failedCount += failed.size;
    chunk.forEach((change, i) => {
      const update = updates[i];
      const state = states[i];
      if (update === undefined || state === undefined || failed.has(update.id)) return;
      const message = {
        ...change.record.message,
        stateJson: update.stateJson,
        ...(update.flag === undefined ? {} : { flag: update.flag }),
      };
      cache.records?.set(message.id, { ...change.record, message, state });
    });
    options.onWritten?.(Math.min(start + chunk.length, changes.length), changes.length);
  }
  if (failedCount > 0) {
    cache.needsRelist = true;
    throw createAppError("tracking_sync_incomplete", { details: { failedCount } });
  }
}
