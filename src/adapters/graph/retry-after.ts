// Reads Retry-After (delta-seconds or HTTP-date) and computes exponential backoff with full jitter.

/**
 * Milliseconds to wait, from a Retry-After value: delta-seconds ("5" gives 5000) or an HTTP-date
 * ("Wed, 12 Mar 2025 17:00:05 GMT" with now 17:00:00 gives 5000; a past date gives 0).
 * `undefined` when absent or unreadable, so the caller falls back to backoff.
 */
export function parseRetryAfterMs(
  value: string | null | undefined,
  nowMs: number,
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const dateMs = Date.parse(text);
  const isHttpDate = !Number.isNaN(dateMs) && /[a-z]/i.test(text);
  return isHttpDate ? Math.max(0, dateMs - nowMs) : undefined;
}

export interface BackoffOptions {
  /** 1 for the first retry. */
  readonly retryNumber: number;
  readonly baseMs: number;
  readonly capMs: number;
  /** 0 ≤ random < 1, injected so tests are exact. */
  readonly random: number;
}

/**
 * "Full jitter" backoff: a uniform draw in [0, min(cap, base·2^(n−1))), so retries from many clients
 * spread out instead of arriving together. e.g. retry 3, base 500, cap 8000, random 0.5 gives 1000.
 */
export function computeBackoffMs(options: BackoffOptions): number {
  const ceilingMs = Math.min(options.capMs, options.baseMs * 2 ** (options.retryNumber - 1));
  return Math.floor(options.random * ceilingMs);
}
