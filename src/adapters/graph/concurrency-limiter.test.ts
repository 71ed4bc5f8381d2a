// The mailbox limiter: never more than its capacity in flight, strict arrival order, weights for $batch.
import { ConcurrencyLimiter } from "./concurrency-limiter";

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe("ConcurrencyLimiter", () => {
  it("runs 4 at once, queues the rest in arrival order, and never exceeds 4", async () => {
    const limiter = new ConcurrencyLimiter(4);
    const gates = Array.from({ length: 7 }, () => deferred());
    const started: number[] = [];
    let maxInUse = 0;
    const runs = gates.map((gate, index) =>
      limiter.run(1, async () => {
        started.push(index);
        maxInUse = Math.max(maxInUse, limiter.slotsInUse);
        await gate.promise;
      }),
    );
    await Promise.resolve();
    expect({ started: [...started], queued: limiter.queueLength }).toStrictEqual({
      started: [0, 1, 2, 3],
      queued: 3,
    });
    for (const gate of gates) gate.resolve();
    await Promise.all(runs);
    expect({ started, maxInUse, inUse: limiter.slotsInUse }).toStrictEqual({
      started: [0, 1, 2, 3, 4, 5, 6],
      maxInUse: 4,
      inUse: 0,
    });
  });

  it("makes a batch of weight 4 wait for all slots, and later arrivals wait behind it", async () => {
    const limiter = new ConcurrencyLimiter(4);
    const first = deferred();
    const order: string[] = [];
    const single = limiter.run(1, async () => {
      order.push("single");
      await first.promise;
    });
    const batch = limiter.run(4, () => Promise.resolve(order.push("batch")));
    const late = limiter.run(1, () => Promise.resolve(order.push("late")));
    await Promise.resolve();
    expect(order).toStrictEqual(["single"]);
    first.resolve();
    await Promise.all([single, batch, late]);
    expect(order).toStrictEqual(["single", "batch", "late"]);
  });

  it("frees the slot when the task fails", async () => {
    const limiter = new ConcurrencyLimiter(1);
    await expect(limiter.run(1, () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(limiter.slotsInUse).toBe(0);
  });
});
