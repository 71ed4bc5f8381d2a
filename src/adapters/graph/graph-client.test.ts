// The middleware chain with a scripted fetch: auth challenges, headers on every request, retries by class.
import { createAppError, isAppError } from "../../core/errors/app-error";
import { FakeTokenProvider } from "../../testing/fake-token-provider";
import { GraphGateway } from "./graph-client";
import { readClaimsChallenge } from "./www-authenticate";

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
}

const claimsJson = '{"access_token":{"nbf":{"essential":true,"value":"1741798800"}}}';
const claimsHeader = `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="${btoa(claimsJson)}"`;

function scriptedGateway(
  script: Array<() => Response>,
  tokens = new FakeTokenProvider((_r, i) => `token-${i}`),
) {
  const sent: Sent[] = [];
  let fakeNowMs = Date.parse("2025-03-12T17:00:00Z");
  const gateway = new GraphGateway({
    tokenProvider: tokens,
    baseUrl: "https://graph.example",
    nowMs: () => fakeNowMs,
    sleep: (ms) => {
      fakeNowMs += ms;
      return Promise.resolve();
    },
    random: () => 0,
    newRequestId: () => "crid-1",
    fetch: (input, init) => {
      const headers = Object.fromEntries(
        Object.entries((init?.headers ?? {}) as Record<string, string>),
      );
      sent.push({
        url: typeof input === "string" ? input : "not-a-string",
        method: init?.method ?? "GET",
        headers,
      });
      const next = script[sent.length - 1];
      return next ? Promise.resolve(next()) : Promise.reject(new TypeError("fetch failed"));
    },
  });
  return { gateway, sent, tokens };
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { "Content-Type": "application/json", ...headers },
    });
const graphError = (status: number, code: string, headers: Record<string, string> = {}) =>
  json(status, { error: { code, message: code, innerError: { "request-id": "rid-1" } } }, headers);

describe("GraphGateway middleware chain", () => {
  it("sends immutable ids, the client-request-id and the bearer token on every request", async () => {
    const { gateway, sent } = scriptedGateway([json(200, { id: "me" })]);
    await gateway.call({
      method: "GET",
      path: "/me",
      query: { $select: "id,mail" },
      scopes: ["User.Read"],
      timeZone: "UTC",
      maxPageSize: 5,
    });
    expect(sent).toStrictEqual([
      {
        url: "https://graph.example/v1.0/me?$select=id%2Cmail",
        method: "GET",
        headers: {
          Prefer: 'IdType="ImmutableId", outlook.timezone="UTC", odata.maxpagesize=5',
          "client-request-id": "crid-1",
          Authorization: "Bearer token-0",
        },
      },
    ]);
  });

  it("answers a claims challenge with one refresh carrying the decoded claims, then one retry", async () => {
    const { gateway, sent, tokens } = scriptedGateway([
      graphError(401, "InvalidAuthenticationToken", { "WWW-Authenticate": claimsHeader }),
      json(200, { id: "me" }),
    ]);
    const result = await gateway.call({ method: "GET", path: "/me", scopes: ["User.Read"] });
    expect(result.body).toStrictEqual({ id: "me" });
    expect(tokens.requests).toStrictEqual([
      { scopes: ["User.Read"] },
      { scopes: ["User.Read"], claims: claimsJson, forceRefresh: true },
    ]);
    expect(sent.map((s) => s.headers.Authorization)).toStrictEqual([
      "Bearer token-0",
      "Bearer token-1",
    ]);
  });

  it("gives up with graph_unauthorized after one refresh when the challenge repeats, never looping", async () => {
    const challenge = graphError(401, "InvalidAuthenticationToken", {
      "WWW-Authenticate": claimsHeader,
    });
    const { gateway, sent, tokens } = scriptedGateway([challenge, challenge, challenge]);
    const error: unknown = await gateway
      .call({ method: "GET", path: "/me", scopes: ["User.Read"] })
      .catch((e: unknown) => e);
    expect(
      isAppError(error) && [error.code, error.details?.graphCode, error.details?.requestId],
    ).toStrictEqual(["graph_unauthorized", "InvalidAuthenticationToken", "rid-1"]);
    expect({ fetches: sent.length, tokenCalls: tokens.requests.length }).toStrictEqual({
      fetches: 2,
      tokenCalls: 2,
    });
  });

  it("answers a plain expired-token 401 with one forced refresh", async () => {
    const { gateway, tokens } = scriptedGateway([
      graphError(401, "InvalidAuthenticationToken", {
        "WWW-Authenticate": 'Bearer error="invalid_token"',
      }),
      json(200, { id: "me" }),
    ]);
    await gateway.call({ method: "GET", path: "/me", scopes: ["User.Read"] });
    expect(tokens.requests).toStrictEqual([
      { scopes: ["User.Read"] },
      { scopes: ["User.Read"], forceRefresh: true },
    ]);
  });

  it("lets the token provider's own AppError through without calling Graph", async () => {
    const tokens = new FakeTokenProvider(() => {
      throw createAppError("auth_interaction_required");
    });
    const { gateway, sent } = scriptedGateway([], tokens);
    const error: unknown = await gateway
      .call({ method: "GET", path: "/me", scopes: ["User.Read"] })
      .catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("auth_interaction_required");
    expect(sent).toStrictEqual([]);
  });

  it("does not repeat a send after a 504 and reports graph_outcome_unknown", async () => {
    const { gateway, sent } = scriptedGateway([graphError(504, "UnknownError"), json(202, {})]);
    const error: unknown = await gateway
      .call({ method: "POST", path: "/me/messages/AAk=/send", scopes: ["Mail.Send"] })
      .catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("graph_outcome_unknown");
    expect(sent.length).toBe(1);
  });

  it("repeats a send after a 429 and a GET after a 503 and a dropped connection", async () => {
    const { gateway, sent } = scriptedGateway([
      graphError(429, "ApplicationThrottled", { "Retry-After": "1" }),
      () => new Response(null, { status: 202 }),
      graphError(503, "ServiceUnavailable"),
      () => {
        throw new TypeError("socket hang up");
      },
      json(200, { value: [] }),
    ]);
    const sendResult = await gateway.call({
      method: "POST",
      path: "/me/messages/AAk=/send",
      scopes: ["Mail.Send"],
    });
    const listResult = await gateway.call({
      method: "GET",
      path: "/me/messages",
      scopes: ["Mail.Read"],
    });
    expect([sendResult.status, listResult.status, sent.length]).toStrictEqual([202, 200, 5]);
  });

  it("maps a GET that never answers to graph_unreachable after its attempts", async () => {
    const { gateway, sent } = scriptedGateway([]);
    const error: unknown = await gateway
      .call({ method: "GET", path: "/me", scopes: ["User.Read"] })
      .catch((e: unknown) => e);
    expect(isAppError(error) && [error.code, error.details?.reason]).toStrictEqual([
      "graph_unreachable",
      "network",
    ]);
    expect(sent.length).toBe(4);
  });

  it("refuses to follow a link to another origin", () => {
    const { gateway } = scriptedGateway([]);
    expect(gateway.toGraphPath("https://graph.example/v1.0/me/messages?$skip=10")).toBe(
      "/me/messages?$skip=10",
    );
    const error: unknown = (() => {
      try {
        return gateway.toGraphPath("https://evil.example/v1.0/me");
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(isAppError(error) && [error.code, error.details?.reason]).toStrictEqual([
      "graph_failed",
      "foreign_link",
    ]);
  });
});

describe("readClaimsChallenge", () => {
  it.each([
    [claimsHeader, claimsJson],
    ['Bearer error="invalid_token", error_description="expired"', undefined],
    ['Bearer error="insufficient_claims", claims="%%%"', undefined],
    [null, undefined],
  ])("reads %p as %p", (header, expected) => {
    expect(readClaimsChallenge(header)).toBe(expected);
  });
});
