// Graph requests behind one "Insert availability" (issue #7: one call per insert), on the demo mailbox of the fake Graph.
import { performance } from "node:perf_hooks";
import { mintUnsignedGraphToken } from "../scripts/contract/mint-test-token";
import { GraphCalendarApi } from "../src/adapters/graph/graph-calendar-api";
import { GraphGateway } from "../src/adapters/graph/graph-client";
import { findAvailability } from "../src/app/availability/find-availability";
import { FakeTokenProvider } from "../src/testing/fake-token-provider";
import { startFakeGraph } from "../workbench/graph/fake-graph-server";
import { demoUser } from "../workbench/workbench-config";

export interface InsertCost {
  readonly httpRequests: number;
  readonly paths: readonly string[];
  readonly slots: number;
  readonly wallMs: number;
}

/** Finds two weeks of 30-minute slots for the demo rep the way the compose pane does, counting requests. */
export async function measureInsertCost(): Promise<InsertCost> {
  const now = new Date("2026-03-02T17:00:00Z");
  const graph = await startFakeGraph({ port: 0, now, seed: "demo", logPath: "" });
  try {
    const paths: string[] = [];
    const countingFetch: typeof fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      paths.push(`${init?.method ?? "GET"} ${url.pathname}`);
      return fetch(input, init);
    };
    const gateway = new GraphGateway({
      tokenProvider: new FakeTokenProvider(() =>
        mintUnsignedGraphToken({ nowSeconds: Math.floor(Date.now() / 1000) }),
      ),
      baseUrl: graph.baseUrl,
      fetch: countingFetch,
    });
    const started = performance.now();
    const found = await findAvailability(new GraphCalendarApi({ gateway }), {
      repAddress: demoUser.emailAddress,
      durationMinutes: 30,
      horizonDays: 14,
      perDay: 4,
      now,
    });
    return {
      httpRequests: paths.length,
      paths,
      slots: found.slots.length,
      wallMs: performance.now() - started,
    };
  } finally {
    await graph.close();
  }
}

export function insertCostLines(cost: InsertCost): string[] {
  return [
    "## Availability insert: Graph requests (bench/insert-cost.ts)",
    "",
    'The compose pane\'s "Find free times" path (`findAvailability` over `GraphCalendarApi`) for the demo rep, 14 days',
    "of 30-minute slots, against the fake Graph's demo calendar; every HTTP request the client made is listed.",
    "",
    "| HTTP requests | requests | free slots found | wall time |",
    "| --- | --- | --- | --- |",
    `| ${cost.httpRequests} | ${cost.paths.join(", ")} | ${cost.slots} | ${cost.wallMs.toFixed(0)} ms |`,
    "",
    "Target (issue #7): one Graph call per insert: " +
      (cost.httpRequests === 1 ? "**met**." : `**not met** (${cost.httpRequests} requests).`),
  ];
}
