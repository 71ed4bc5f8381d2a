// The fake world clock: ticks with real time from a settable point, drives deferred sends and seeded data.

export interface FakeClock {
  now(): Date;
  /** Jump to an ISO instant; the clock keeps ticking from there unless frozen. */
  set(iso: string): void;
  advance(ms: number): void;
  /** Listeners run after every set/advance (used to release held deferred sends). */
  onChange(listener: () => void): void;
}

export function createFakeClock(options: {
  initial: Date;
  isFrozen?: boolean;
  readRealMs?: () => number;
}): FakeClock {
  const readRealMs = options.readRealMs ?? (() => Date.now());
  const listeners: Array<() => void> = [];
  let anchorFakeMs = options.initial.getTime();
  let anchorRealMs = readRealMs();
  const nowMs = (): number =>
    options.isFrozen === true ? anchorFakeMs : anchorFakeMs + (readRealMs() - anchorRealMs);
  const reanchor = (fakeMs: number): void => {
    anchorFakeMs = fakeMs;
    anchorRealMs = readRealMs();
    for (const listener of listeners) listener();
  };
  return {
    now: () => new Date(nowMs()),
    set: (iso) => {
      const ms = Date.parse(iso);
      if (Number.isNaN(ms)) throw new RangeError(`invalid clock time ${iso}`);
      reanchor(ms);
    },
    advance: (ms) => reanchor(nowMs() + ms),
    onChange: (listener) => listeners.push(listener),
  };
}
