// A FIFO, weighted semaphore: at most `capacity` Graph requests in flight for one mailbox.

interface Waiter {
  readonly weight: number;
  readonly start: () => void;
}

/**
 * Graph allows 4 concurrent requests per app and mailbox (throttling-limits, F15); the fifth gets a
 * 429 MailboxConcurrency. A $batch weighs as many slots as Outlook runs its items in parallel (≤ 4).
 * Strict FIFO: a heavy request at the head is not overtaken, so it cannot starve.
 */
export class ConcurrencyLimiter {
  readonly capacity: number;
  private inUse = 0;
  private readonly waiters: Waiter[] = [];

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  /** Runs `task` once `weight` slots are free, in arrival order, e.g. `run(1, () => fetch(url))`. */
  async run<T>(weight: number, task: () => Promise<T>): Promise<T> {
    const slots = Math.min(Math.max(1, Math.floor(weight)), this.capacity);
    await this.acquire(slots);
    try {
      return await task();
    } finally {
      this.release(slots);
    }
  }

  get slotsInUse(): number {
    return this.inUse;
  }

  get queueLength(): number {
    return this.waiters.length;
  }

  private acquire(slots: number): Promise<void> {
    const canStartNow = this.waiters.length === 0 && this.inUse + slots <= this.capacity;
    if (canStartNow) {
      this.inUse += slots;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiters.push({ weight: slots, start: resolve }));
  }

  private release(slots: number): void {
    this.inUse -= slots;
    for (let head = this.waiters[0]; head; head = this.waiters[0]) {
      if (this.inUse + head.weight > this.capacity) break;
      this.waiters.shift();
      this.inUse += head.weight;
      head.start();
    }
  }
}
