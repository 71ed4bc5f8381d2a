// $batch over HTTP: the 20-request limit, unique ids, dependsOn with 424, per-item throttling and per-item scopes.
import { errorOf, makeToken, startTestGraph } from "./test-support";
import type { FakeGraph } from "./fake-graph-server";
import type { Caller } from "./test-support";

let graph: FakeGraph;
let call: Caller;

beforeEach(async () => {
  ({ graph, call } = await startTestGraph());
});
afterEach(async () => graph.close());

interface BatchResponse {
  responses: Array<{
    id: string;
    status: number;
    headers: Record<string, string>;
    body?: { error?: { code: string } } & Record<string, unknown>;
  }>;
}

const get = (id: string, url: string, extra: Record<string, unknown> = {}) => ({
  id,
  method: "GET",
  url,
  ...extra,
});

function byId(result: { body: unknown }): Record<string, number> {
  const { responses } = result.body as BatchResponse;
  return Object.fromEntries(responses.map((response) => [response.id, response.status]));
}

describe("$batch", () => {
  it("runs each request and answers 200 with per-item statuses", async () => {
    const result = await call("POST", "/$batch", {
      body: {
        requests: [
          get("1", "/me"),
          get("2", "/me/messages/not-an-id"),
          get("3", "me/mailboxSettings"),
        ],
      },
    });
    expect([result.status, byId(result)]).toStrictEqual([200, { "1": 200, "2": 400, "3": 200 }]);
  });

  it.each([
    ["21 requests", { requests: Array.from({ length: 21 }, (_, i) => get(String(i), "/me")) }],
    ["duplicate ids differing in case", { requests: [get("a", "/me"), get("A", "/me")] }],
    ["a versioned url", { requests: [get("1", "/v1.0/me")] }],
    [
      "a body without Content-Type",
      { requests: [{ id: "1", method: "POST", url: "/me/messages", body: { subject: "x" } }] },
    ],
    ["dependsOn an unknown id", { requests: [get("1", "/me", { dependsOn: ["9"] })] }],
  ])("rejects the whole batch with 400 for %s", async (_label, body) => {
    expect(errorOf(await call("POST", "/$batch", { body })).status).toBe(400);
  });

  it("answers 424 for items whose dependency failed, and runs the independent ones", async () => {
    const requests = [
      get("1", "/me/messages/not-an-id"),
      get("2", "/me", { dependsOn: ["1"] }),
      get("3", "/me/mailboxSettings", { dependsOn: ["2"] }),
      get("4", "/me"),
    ];
    expect(byId(await call("POST", "/$batch", { body: { requests } }))).toStrictEqual({
      "1": 400,
      "2": 424,
      "3": 424,
      "4": 200,
    });
  });

  it("throttles items individually: a 429 rule for one path fails only that item, with Retry-After", async () => {
    graph.faults.add({ kind: "429", pathPattern: "^/me/mailboxSettings", retryAfterSeconds: 7 });
    const result = await call("POST", "/$batch", {
      body: { requests: [get("1", "/me"), get("2", "/me/mailboxSettings")] },
    });
    const throttled = (result.body as BatchResponse).responses.find(
      (response) => response.id === "2",
    );
    expect([
      byId(result),
      throttled?.headers["Retry-After"],
      throttled?.body?.error?.code,
    ]).toStrictEqual([{ "1": 200, "2": 429 }, "7", "ApplicationThrottled"]);
  });

  it("checks scopes per item, and logs each item with its batch parent in the request records", async () => {
    const token = makeToken({ scopes: "User.Read" });
    const result = await call("POST", "/$batch", {
      token,
      body: { requests: [get("1", "/me"), get("2", "/me/messages")] },
    });
    expect(byId(result)).toStrictEqual({ "1": 200, "2": 403 });
    const parent = result.headers.get("request-id");
    expect(
      graph
        .requests()
        .filter((record) => record.batchParent === parent)
        .map((record) => record.path)
        .sort(),
    ).toStrictEqual(["/me", "/me/messages"]);
  });
});
