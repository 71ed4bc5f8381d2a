// The use cases of tracked email as the panes call them; built in composition-root.ts.
import type { SyncProgress, TrackedEmail, TrackingSnapshot } from "../core/tracking/tracked-email";

/** What the read pane needs to say about the open message, e.g. for its info bar. */
export type TrackedReplyInfo =
  | { readonly kind: "not_tracked" }
  | {
      readonly kind: "engagement";
      readonly tracked: TrackedEmail;
      /** Plain text, ≤ 150 characters (notificationMessages), e.g. "Replied to your tracked email of Tue 3 Nov". */
      readonly infoBarText: string;
    };

/** The open message as the read pane knows it from Office.js. */
export interface OpenMessageRef {
  /** Graph REST id (converted from the EWS id). */
  readonly restId?: string;
  readonly conversationId?: string;
  readonly internetMessageId?: string;
}

export interface TrackingService {
  /**
   * Lists tracked mail from Sent Items (on the first call, or when asked: the list is kept in
   * memory), reads the watched folders' delta, classifies and matches new mail, writes changed state
   * (and follow-up flags) back, then saves the cursor. Idempotent: a run killed midway loses nothing;
   * the same inbound mail applied twice changes nothing. With an unchanged inbox it costs one request.
   */
  refresh(options?: {
    /** Lists Sent Items again even though this service has them in memory (e.g. a Refresh button). */
    relist?: boolean;
    onProgress?: (progress: SyncProgress) => void;
  }): Promise<TrackingSnapshot>;
  /** Marks the given tracked emails' events as seen (written to their state), e.g. after viewing. */
  markSeen(messageIds: readonly string[]): Promise<TrackingSnapshot>;
  /** Whether the open message is engagement on tracked mail, and the info-bar text for it. */
  describeOpenMessage(ref: OpenMessageRef): Promise<TrackedReplyInfo>;
}
