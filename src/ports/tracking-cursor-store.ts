// The port for the small sync cursor reply detection keeps between runs (Office roaming settings).
import type { WatchedFolder } from "./mail-api";

/** Small on purpose: roaming settings hold 32 KB for the whole add-in (GRAPH-FACTS F15). */
export interface TrackingCursor {
  readonly version: 1;
  /** The delta link of each watched folder, saved only after the round's state writes landed. */
  readonly deltaLinks: Partial<Record<WatchedFolder, string>>;
  /** ISO-8601 UTC of the last complete refresh. */
  readonly lastSyncedAt?: string;
}

export interface TrackingCursorStore {
  /** The stored cursor, or undefined when there is none or it cannot be read. */
  read(): TrackingCursor | undefined;
  /** Saves it to the mailbox; rejects with an AppError (`storage_failed`) when Outlook cannot. */
  write(cursor: TrackingCursor): Promise<void>;
}
