// Waits until a wall-clock deadline: a timer may fire a millisecond early by Date.now, and Retry-After is a floor.

/** e.g. `waitUntil({ sleep, nowMs }, nowMs() + 1000)` resolves no earlier than 1000 ms from now by `nowMs`. */
export async function waitUntil(
  clock: { sleep: (ms: number) => Promise<void>; nowMs: () => number },
  deadlineMs: number,
): Promise<void> {
  for (
    let remainingMs = deadlineMs - clock.nowMs();
    remainingMs > 0;
    remainingMs = deadlineMs - clock.nowMs()
  )
    await clock.sleep(remainingMs);
}
