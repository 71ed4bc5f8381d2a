// Bounds a promise in time: MSAL waits forever on a silent NAA bridge (AUTH-LOCAL pitfall 6).

/** Rejects with `onTimeout()` if `promise` has not settled after `timeoutMs`; e.g. `withTimeout(p, 10_000, …)`. */
export function withTimeout<T>(
  promise: Promise<T>,
  timeoutMs: number,
  onTimeout: () => Error,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), timeoutMs);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
