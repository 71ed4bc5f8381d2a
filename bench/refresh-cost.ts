// Graph cost of one tracking refresh (watched-folder delta in one $batch) against per-thread polling, on the fake Graph.
import { performance } from "node:perf_hooks";
import { mintUnsignedGraphToken } from "../scripts/contract/mint-test-token";
import { GraphGateway } from "../src/adapters/graph/graph-client";
import { GraphMailApi } from "../src/adapters/graph/graph-mail-api";
import { createTrackingService } from "../src/app/tracking/create-tracking-service";
import { FakeTokenProvider } from "../src/testing/fake-token-provider";
import { startFakeGraph } from "../workbench/graph/fake-graph-server";
import { benchRepAddress, deliverFiftyNew, seedTrackedThreads } from "./refresh-mailbox";
import type { TrackingSnapshot } from "../src/core/tracking/tracked-email";
import type { TrackingService } from "../src/app/tracking-service";
import type { TrackingCursor, TrackingCursorStore } from "../src/ports/tracking-cursor-store";
import type { FakeGraph, RequestRecord } from "../workbench/graph/fake-graph-server";
import type { SeededThread } from "./refresh-mailbox";

export interface RefreshCost {
  /** HTTP requests the client made (a `$batch` is one). */
  readonly httpRequests: number;
  /** Requests Graph evaluates: `$batch` items one by one, the envelope not (what throttling counts). */
  readonly graphRequests: number;
  /** Graph requests by what they did, e.g. `{ "delta": 2 }`. */
  readonly graphRequestsByKind: Readonly<Record<string, number>>;
  /** 429s the fake answered (its 4-concurrent limit included); the client must keep this at 0. */
  readonly throttled: number;
  /** Median wall time of the runs. */
  readonly wallMs: number;
  readonly runs: number;
}

export interface RefreshCostRow {
  readonly threads: number;
  /** The first refresh: lists tracked mail from Sent Items and starts the watched folders' deltas. */
  readonly first: RefreshCost;
  /** Tracked emails the service follows after the first refresh (≤ threads). */
  readonly followed: number;
  readonly unchanged: RefreshCost;
  readonly fiftyNew: RefreshCost;
  /** New engagement events each 50-new refresh found (25 of the 50 answer tracked threads). */
  readonly fiftyNewMatched: readonly number[];
  readonly polling: RefreshCost;
}

export interface RefreshCostOptions {
  /** Tracked threads per row, e.g. `[10, 100, 1000, 10_000]`. */
  readonly sizes: readonly number[];
  /** Added by the fake Graph to every request it evaluates (each `$batch` item too). */
  readonly latencyMs: number;
  /** Runs per refresh figure (unchanged, 50 new); the median is reported. */
  readonly refreshRuns: number;
  /** Runs of per-thread polling for `threads`; e.g. 1 for 10,000 threads (100 s at 40 ms). */
  readonly pollingRuns: (threads: number) => number;
}

/** Replies among the 50 new messages of each round (the other 25 are unrelated). */
export const repliesPerRound = 25;

/**
 * The newest tracked mail the service follows, as composed (create-tracking-service.ts default of
 * `maxTrackedMessages`); replies go to these threads, since older ones are not followed by design.
 */
export const followedCap = 2000;

const now = new Date("2026-03-02T17:00:00Z");

class MemoryCursorStore implements TrackingCursorStore {
  private cursor: TrackingCursor | undefined;
  read(): TrackingCursor | undefined {
    return this.cursor;
  }
  write(cursor: TrackingCursor): Promise<void> {
    this.cursor = cursor;
    return Promise.resolve();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** What a request did, from its method and path (no query), e.g. `GET …/delta` gives "delta". */
export function describeRequest(record: Pick<RequestRecord, "method" | "path">): string {
  const path = record.path.toLowerCase();
  if (path.endsWith("/delta")) return "delta";
  if (record.method === "PATCH") return "state write (PATCH)";
  if (/\/mailfolders\/sentitems\/messages$/.test(path)) return "list tracked (Sent Items)";
  if (/\/mailfolders\/inbox\/messages$/.test(path)) return "thread poll";
  if (/^\/me\/messages\/[^/]+$/.test(path)) return "read message";
  return `${record.method} ${record.path}`;
}

function countByKind(records: readonly RequestRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const record of records) {
    const kind = describeRequest(record);
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

interface Bench {
  readonly graph: FakeGraph;
  readonly gateway: GraphGateway;
  readonly tracking: TrackingService;
  readonly httpRequests: () => number;
}

function createBench(graph: FakeGraph): Bench {
  let httpRequests = 0;
  const countingFetch: typeof fetch = (input, init) => {
    httpRequests += 1;
    return fetch(input, init);
  };
  const tokens = new FakeTokenProvider(() =>
    mintUnsignedGraphToken({ nowSeconds: Math.floor(Date.now() / 1000) }),
  );
  const gateway = new GraphGateway({
    tokenProvider: tokens,
    baseUrl: graph.baseUrl,
    fetch: countingFetch,
  });
  const tracking = createTrackingService({
    mail: new GraphMailApi({ gateway }),
    cursorStore: new MemoryCursorStore(),
    now: () => now,
    // maxTrackedMessages as composed (2,000): at 10,000 threads Tempo follows the newest 2,000.
    settings: () => ({
      followUpDays: 0,
      repAddress: benchRepAddress,
      locale: "en-US",
      timeZone: "UTC",
    }),
  });
  return { graph, gateway, tracking, httpRequests: () => httpRequests };
}

/** Runs `run` `runs` times (with `before` unmeasured ahead of each) and counts what the runs cost. */
async function measureCost(
  bench: Bench,
  options: { runs: number; before?: (run: number) => void; run: () => Promise<unknown> },
): Promise<RefreshCost> {
  const httpBefore = bench.httpRequests();
  const recordsBefore = bench.graph.requests().length;
  const wallMs: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    options.before?.(run);
    const started = performance.now();
    await options.run();
    wallMs.push(performance.now() - started);
  }
  const records = bench.graph
    .requests()
    .slice(recordsBefore)
    .filter((record) => record.path.replace(/\/$/, "").toLowerCase() !== "/$batch");
  const perRun = (total: number) => total / options.runs;
  const byKind = Object.entries(countByKind(records)).map(([kind, count]) => [kind, perRun(count)]);
  return {
    httpRequests: perRun(bench.httpRequests() - httpBefore),
    graphRequests: perRun(records.length),
    graphRequestsByKind: Object.fromEntries(byKind) as Record<string, number>,
    throttled: records.filter((record) => record.status === 429).length,
    wallMs: median(wallMs),
    runs: options.runs,
  };
}

/** What a tracker without delta does: ask Graph about every tracked thread on every refresh. */
function pollEveryThread(gateway: GraphGateway, threads: readonly SeededThread[]) {
  return Promise.all(
    threads.map((thread) =>
      gateway.call({
        method: "GET",
        path: "/me/mailFolders/inbox/messages",
        query: {
          $filter: `conversationId eq '${thread.conversationId}'`,
          $select: "id,from,receivedDateTime,internetMessageId",
        },
        scopes: ["Mail.Read"],
      }),
    ),
  );
}

function countEvents(snapshot: TrackingSnapshot): number {
  return snapshot.emails.reduce((sum, email) => sum + email.events.length, 0);
}

async function measureSize(threads: number, options: RefreshCostOptions): Promise<RefreshCostRow> {
  const graph = await startFakeGraph({
    port: 0,
    now,
    seed: "empty",
    logPath: "",
    isClockFrozen: true,
    responders: { isEnabled: false },
  });
  try {
    const seeded = seedTrackedThreads(graph, threads, now);
    graph.faults.add({ kind: "latency", latencyMs: options.latencyMs });
    const bench = createBench(graph);
    // The first refresh lists Sent Items and starts the deltas; the refreshes after it are the figures.
    let snapshot: TrackingSnapshot | undefined;
    const first = await measureCost(bench, {
      runs: 1,
      run: async () => {
        snapshot = await bench.tracking.refresh();
      },
    });
    const followed = snapshot?.emails.length ?? 0;
    let events = snapshot === undefined ? 0 : countEvents(snapshot);
    const unchanged = await measureCost(bench, {
      runs: options.refreshRuns,
      run: () => bench.tracking.refresh(),
    });
    const fiftyNewMatched: number[] = [];
    const fiftyNew = await measureCost(bench, {
      runs: options.refreshRuns,
      before: (round) =>
        deliverFiftyNew(graph, {
          threads: seeded,
          round,
          replies: repliesPerRound,
          replyWindow: followedCap,
        }),
      run: async () => {
        const total = countEvents(await bench.tracking.refresh());
        fiftyNewMatched.push(total - events);
        events = total;
      },
    });
    const polling = await measureCost(bench, {
      runs: options.pollingRuns(threads),
      run: () => pollEveryThread(bench.gateway, seeded),
    });
    return { threads, first, followed, unchanged, fiftyNew, fiftyNewMatched, polling };
  } finally {
    await graph.close();
  }
}

/** One row per size, each on a fresh fake Graph; sizes run one after another. */
export async function measureRefreshCost(options: RefreshCostOptions): Promise<RefreshCostRow[]> {
  const rows: RefreshCostRow[] = [];
  for (const threads of options.sizes) rows.push(await measureSize(threads, options));
  return rows;
}
