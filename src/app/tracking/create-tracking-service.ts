// Builds the TrackingService the panes use: one in-memory list of tracked mail, one operation at a time.
import { describeOpenMessage } from "./describe-open-message";
import { markSeen } from "./mark-seen";
import { refreshTracking } from "./refresh-tracking";
import { createTrackedMailCache, type TrackingDeps, type TrackingSettings } from "./tracking-deps";
import type { MailApi } from "../../ports/mail-api";
import type { TrackingCursorStore } from "../../ports/tracking-cursor-store";
import type { TrackingService } from "../tracking-service";

export interface CreateTrackingServiceOptions {
  readonly mail: MailApi;
  readonly cursorStore: TrackingCursorStore;
  readonly now: () => Date;
  readonly settings: () => TrackingSettings;
  /** Default 2,000: the newest tracked mail a refresh follows. */
  readonly maxTrackedMessages?: number;
  /** Default 10 pages per watched folder per refresh. */
  readonly maxDeltaPages?: number;
}

/** Runs tasks one after another, whatever became of the one before. */
function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(
      () => task(),
      () => task(),
    );
    tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };
}

/**
 * The tracking use cases over the given ports, e.g. `createTrackingService({ mail, cursorStore,
 * now: () => new Date(), settings })`. Refreshes and mark-seen writes never overlap (a second
 * refresh waits for the first, then costs only the delta round).
 */
export function createTrackingService(options: CreateTrackingServiceOptions): TrackingService {
  const deps: TrackingDeps = {
    mail: options.mail,
    cursorStore: options.cursorStore,
    now: options.now,
    settings: options.settings,
    maxTrackedMessages: options.maxTrackedMessages ?? 2000,
    maxDeltaPages: options.maxDeltaPages ?? 10,
  };
  const cache = createTrackedMailCache();
  const inTurn = createSerialQueue();
  return {
    refresh: (refresh = {}) => inTurn(() => refreshTracking({ deps, cache, refresh })),
    markSeen: (messageIds) => inTurn(() => markSeen({ deps, cache, messageIds })),
    describeOpenMessage: (ref) => describeOpenMessage({ deps, ref }),
  };
}
