// Hooks that let tests and diagnostics see each attempt the gateway makes, without logging payloads.

/** One HTTP attempt, timed from the moment it held a concurrency slot until its answer was read. */
export interface AttemptRecord {
  readonly clientRequestId: string;
  readonly method: string;
  readonly path: string;
  readonly attempt: number;
  readonly startedAtMs: number;
  readonly endedAtMs: number;
  /** Absent when no answer came (dropped connection, timeout). */
  readonly status?: number;
  /** Graph's `request-id` response header. */
  readonly requestId?: string;
  readonly retryAfter?: string;
}

export interface RetryRecord {
  readonly clientRequestId: string;
  readonly method: string;
  readonly path: string;
  /** The attempt that failed, 1-based. */
  readonly afterAttempt: number;
  readonly delayMs: number;
}

export interface GatewayObserver {
  onAttempt?(record: AttemptRecord): void;
  onRetry?(record: RetryRecord): void;
}
