// Limits and injected faults over HTTP: the 4-request mailbox concurrency, 429/503 with Retry-After, 504 after commit, dropped sockets, 401.
import { errorOf, startTestGraph } from "./test-support";
import type { FakeGraph } from "./fake-graph-server";
import type { Caller } from "./test-support";

let graph: FakeGraph;
let call: Caller;

beforeEach(async () => {
  ({ graph, call } = await startTestGraph());
});
afterEach(async () => graph.close());

describe("mailbox concurrency", () => {
  it("answers exactly one of 5 parallel slow requests with 429 ApplicationThrottled and Retry-After", async () => {
    graph.faults.add({ kind: "latency", pathPattern: "^/me$", latencyMs: 300 });
    const results = await Promise.all(Array.from({ length: 5 }, () => call("GET", "/me")));
    const statuses = results.map((result) => result.status).sort();
    const throttled = results.find((result) => result.status === 429);
    expect(statuses).toStrictEqual([200, 200, 200, 200, 429]);
    expect([
      throttled && errorOf(throttled).code,
      throttled?.headers.get("retry-after"),
    ]).toStrictEqual(["ApplicationThrottled", "1"]);
  });
});

describe("fault rules", () => {
  it("answers 429 with the configured Retry-After for count requests, then recovers", async () => {
    await call("POST", "/_fake/faults", {
      body: {
        add: { kind: "429", method: "GET", pathPattern: "^/me$", count: 1, retryAfterSeconds: 3 },
      },
    });
    const first = await call("GET", "/me");
    const second = await call("GET", "/me");
    expect([first.status, first.headers.get("retry-after"), second.status]).toStrictEqual([
      429,
      "3",
      200,
    ]);
  });

  it("answers 503 ServiceUnavailable", async () => {
    graph.faults.add({ kind: "503", pathPattern: "^/me$", count: 1 });
    expect(errorOf(await call("GET", "/me"))).toStrictEqual({
      status: 503,
      code: "ServiceUnavailable",
    });
  });

  it("commits the work of a request that then fails with 504 (a draft exists though the client saw an error)", async () => {
    graph.faults.add({
      kind: "504-after",
      method: "POST",
      pathPattern: "^/me/messages$",
      count: 1,
    });
    const result = await call("POST", "/me/messages", { body: { subject: "Written despite 504" } });
    const drafts = graph.store
      .listMessages(graph.store.requireFolder("drafts").id)
      .map((message) => message.props.subject);
    expect([result.status, drafts.includes("Written despite 504")]).toStrictEqual([504, true]);
  });

  it("destroys the socket for a drop fault", async () => {
    graph.faults.add({ kind: "drop", pathPattern: "^/me$", count: 1 });
    await expect(call("GET", "/me")).rejects.toThrow();
    expect((await call("GET", "/me")).status).toBe(200);
  });

  it("answers 401 with an expired-token error for a 401-expired fault", async () => {
    graph.faults.add({ kind: "401-expired", count: 1 });
    const result = await call("GET", "/me");
    expect([
      errorOf(result),
      result.headers.get("www-authenticate")?.startsWith("Bearer "),
    ]).toStrictEqual([{ status: 401, code: "InvalidAuthenticationToken" }, true]);
  });

  it("records the real start time of each request so a client's Retry-After can be checked", async () => {
    graph.faults.add({ kind: "429", pathPattern: "^/me$", count: 1, retryAfterSeconds: 1 });
    await call("GET", "/me");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await call("GET", "/me");
    const [throttled, retried] = graph.requests().filter((record) => record.path === "/me");
    expect([throttled?.status, retried?.status]).toStrictEqual([429, 200]);
    expect((retried?.startedAtMs ?? 0) - (throttled?.startedAtMs ?? 0)).toBeGreaterThanOrEqual(
      1000,
    );
  });
});
