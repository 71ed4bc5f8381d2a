// Request counts (never times) of a tracking refresh over the fake Graph: issue #5's bound and issue #9's ratio.
import { describeRequest, measureRefreshCost, repliesPerRound } from "./refresh-cost";
import type { RefreshCost, RefreshCostRow } from "./refresh-cost";

/** A figure without its wall time, which no test asserts. */
function countsOf(cost: RefreshCost): Omit<RefreshCost, "wallMs"> {
  return {
    httpRequests: cost.httpRequests,
    graphRequests: cost.graphRequests,
    graphRequestsByKind: cost.graphRequestsByKind,
    throttled: cost.throttled,
    runs: cost.runs,
  };
}

describe("refresh cost of 1,000 tracked threads on the fake Graph (no added latency)", () => {
  let row: RefreshCostRow;

  beforeAll(async () => {
    const rows = await measureRefreshCost({
      sizes: [1000],
      latencyMs: 0,
      refreshRuns: 1,
      pollingRuns: () => 1,
    });
    if (rows[0] === undefined) throw new Error("no row measured");
    row = rows[0];
  }, 180_000);

  it("refreshes with an unchanged inbox in 1 HTTP request holding 2 Graph requests (Inbox and Junk delta)", () => {
    expect(countsOf(row.unchanged)).toStrictEqual({
      httpRequests: 1,
      graphRequests: 2,
      graphRequestsByKind: { delta: 2 },
      throttled: 0,
      runs: 1,
    });
  });

  it("polls every thread with one request each, 500× the Graph requests of the unchanged refresh", () => {
    expect(countsOf(row.polling)).toStrictEqual({
      httpRequests: 1000,
      graphRequests: 1000,
      graphRequestsByKind: { "thread poll": 1000 },
      throttled: 0,
      runs: 1,
    });
    expect(row.polling.graphRequests / row.unchanged.graphRequests).toBeGreaterThanOrEqual(500);
  });

  it("counts what a refresh does: 50 new messages cost more than the unchanged bound, deltas included", () => {
    expect(row.fiftyNew.httpRequests).toBeGreaterThan(row.unchanged.httpRequests);
    expect(row.fiftyNew.graphRequests).toBeGreaterThan(row.unchanged.graphRequests);
    expect(row.fiftyNew.graphRequestsByKind.delta).toBe(2);
    expect(row.fiftyNew.throttled).toBe(0);
  });

  it("lists Sent Items once, incrementally, on a 50-new refresh: the 60 tracked emails of the last hour in 2 pages, not all 1,000", () => {
    // 1 $batch of deltas + 2 list pages + 25 reads + 2 $batches of PATCHes (20 and 5).
    expect(countsOf(row.fiftyNew)).toStrictEqual({
      httpRequests: 30,
      graphRequests: 54,
      graphRequestsByKind: {
        delta: 2,
        "list tracked (Sent Items)": 2,
        "read message": 25,
        "state write (PATCH)": 25,
      },
      throttled: 0,
      runs: 1,
    });
  });

  it("follows all 1,000 tracked threads and finds the 25 replies among 50 new messages", () => {
    expect({ followed: row.followed, matched: row.fiftyNewMatched }).toStrictEqual({
      followed: 1000,
      matched: [repliesPerRound],
    });
  });
});

describe("describeRequest", () => {
  it.each([
    ["GET", "/me/mailFolders('AAMk=')/messages/delta", "delta"],
    ["PATCH", "/me/messages/AAMk=", "state write (PATCH)"],
    ["GET", "/me/mailFolders/sentitems/messages", "list tracked (Sent Items)"],
    ["GET", "/me/mailFolders/inbox/messages", "thread poll"],
    ["GET", "/me/messages/AAMk=", "read message"],
    ["POST", "/me/sendMail", "POST /me/sendMail"],
  ])("names %s %s as %s", (method, path, kind) => {
    expect(describeRequest({ method, path })).toBe(kind);
  });
});
