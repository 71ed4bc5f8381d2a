// Keeps the dashboard's tracked emails fresh: refresh on open, on request, and every few minutes while visible.
import { useCallback, useEffect, useRef, useState } from "react";
import { createAppError, isAppError, type AppError } from "@/core/errors/app-error";
import type { TrackingService } from "@/app/tracking-service";
import type { SyncProgress, TrackingSnapshot } from "@/core/tracking/tracked-email";

/** Often enough to notice a reply within minutes; one delta request each when nothing changed. */
export const defaultRefreshIntervalMs = 5 * 60 * 1000;

export interface TrackedEmailsState {
  readonly snapshot: TrackingSnapshot | undefined;
  /** Set while a refresh runs. */
  readonly progress: SyncProgress | undefined;
  readonly isSyncing: boolean;
  readonly error: AppError | undefined;
}

export interface TrackedEmailsController {
  readonly state: TrackedEmailsState;
  readonly refresh: () => void;
  readonly markSeen: (messageId: string) => void;
}

function toAppError(cause: unknown): AppError {
  return isAppError(cause) ? cause : createAppError("graph_failed", { cause });
}

function isPageVisible(): boolean {
  return typeof document === "undefined" || document.visibilityState !== "hidden";
}

export function useTrackedEmails(
  tracking: TrackingService | undefined,
  refreshIntervalMs: number = defaultRefreshIntervalMs,
): TrackedEmailsController {
  const [state, setState] = useState<TrackedEmailsState>({
    snapshot: undefined,
    progress: undefined,
    isSyncing: false,
    error: undefined,
  });
  const inFlight = useRef(false);
  const lastSyncAt = useRef(0);

  const refresh = useCallback(() => {
    if (tracking === undefined || inFlight.current) return;
    inFlight.current = true;
    let isCurrent = true;
    setState((previous) => ({
      ...previous,
      isSyncing: true,
      progress: undefined,
      error: undefined,
    }));
    const onProgress = (progress: SyncProgress) =>
      isCurrent && setState((previous) => ({ ...previous, progress }));
    tracking
      .refresh({ onProgress })
      .then(
        (snapshot) => {
          lastSyncAt.current = Date.now();
          setState({ snapshot, progress: undefined, isSyncing: false, error: undefined });
        },
        (cause: unknown) =>
          setState((previous) => ({
            ...previous,
            progress: undefined,
            isSyncing: false,
            error: toAppError(cause),
          })),
      )
      .finally(() => {
        isCurrent = false;
        inFlight.current = false;
      });
  }, [tracking]);

  useEffect(() => {
    // Next tick, not in the effect body: StrictMode's mount-unmount-mount then starts one refresh, not two.
    const timer = setTimeout(refresh, 0);
    return () => clearTimeout(timer);
  }, [refresh]);

  useEffect(() => {
    if (tracking === undefined) return undefined;
    const refreshIfVisible = () => {
      if (isPageVisible()) refresh();
    };
    const timer = setInterval(refreshIfVisible, refreshIntervalMs);
    // Coming back to a pane that was hidden past the interval refreshes at once.
    const onVisibilityChange = () => {
      const isStale = Date.now() - lastSyncAt.current >= refreshIntervalMs;
      if (isPageVisible() && isStale) refresh();
    };
    document.addEventListener("visibilitychange", onVisibilityChange);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibilityChange);
    };
  }, [tracking, refresh, refreshIntervalMs]);

  const markSeen = useCallback(
    (messageId: string) => {
      if (tracking === undefined) return;
      tracking.markSeen([messageId]).then(
        (snapshot) => setState((previous) => ({ ...previous, snapshot })),
        (cause: unknown) => setState((previous) => ({ ...previous, error: toAppError(cause) })),
      );
    },
    [tracking],
  );

  return { state, refresh, markSeen };
}
