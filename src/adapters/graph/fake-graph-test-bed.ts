// Test-only: a gateway wired to the fake Graph on port 0, recording every attempt and retry it makes.
import { mintUnsignedGraphToken } from "../../../scripts/contract/mint-test-token";
// eslint-disable-next-line import-x/no-restricted-paths -- test-only: the fake Graph is the adapter's test bed
import { startFakeGraph } from "../../../workbench/graph/fake-graph-server";
import { FakeTokenProvider } from "../../testing/fake-token-provider";
import { GraphGateway } from "./graph-client";
import type { AttemptRecord, RetryRecord } from "./gateway-observer";
import type { GraphGatewayOptions } from "./graph-client";
// eslint-disable-next-line import-x/no-restricted-paths -- test-only: the fake Graph is the adapter's test bed
import type { FakeGraph } from "../../../workbench/graph/fake-graph-server";

export const testBedNow = new Date("2025-03-12T17:00:00Z");

export interface TestBed {
  readonly graph: FakeGraph;
  readonly gateway: GraphGateway;
  readonly tokens: FakeTokenProvider;
  readonly attempts: AttemptRecord[];
  readonly retries: RetryRecord[];
  /** 429s the fake answered because more than 4 requests were in flight (must stay 0). */
  mailboxConcurrencyRejections(): number;
  close(): Promise<void>;
}

export async function startTestBed(
  options: { logPath?: string; gateway?: Partial<GraphGatewayOptions> } = {},
): Promise<TestBed> {
  const graph = await startFakeGraph({
    port: 0,
    now: testBedNow,
    seed: "demo",
    logPath: options.logPath ?? "",
  });
  graph.faults.setSwitches({ sentCopyDelayMs: { min: 20, max: 200 } });
  const tokens = new FakeTokenProvider(() =>
    mintUnsignedGraphToken({ nowSeconds: Math.floor(Date.now() / 1000) }),
  );
  const attempts: AttemptRecord[] = [];
  const retries: RetryRecord[] = [];
  let concurrencyRejections = 0;
  const countingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (response.status === 429) {
      const text = await response.clone().text();
      if (text.includes("MailboxConcurrency")) concurrencyRejections += 1;
    }
    return response;
  };
  const gateway = new GraphGateway({
    tokenProvider: tokens,
    baseUrl: graph.baseUrl,
    fetch: countingFetch,
    observer: {
      onAttempt: (record) => attempts.push(record),
      onRetry: (record) => retries.push(record),
    },
    ...options.gateway,
  });
  return {
    graph,
    gateway,
    tokens,
    attempts,
    retries,
    mailboxConcurrencyRejections: () => concurrencyRejections,
    close: () => graph.close(),
  };
}

/** The most attempts that overlapped in time, from their start and end records. */
export function measureMaxInFlight(attempts: readonly AttemptRecord[]): number {
  const edges = attempts.flatMap((a) => [
    { atMs: a.startedAtMs, delta: 1 },
    { atMs: a.endedAtMs, delta: -1 },
  ]);
  // An end and a start at the same millisecond do not overlap: ends first.
  edges.sort((a, b) => a.atMs - b.atMs || a.delta - b.delta);
  let current = 0;
  let max = 0;
  for (const edge of edges) {
    current += edge.delta;
    max = Math.max(max, current);
  }
  return max;
}
