// A Graph 401 carrying a claims challenge gets exactly one token refresh with those claims, through the real gateway and provider.
import { GraphGateway } from "../graph/graph-client";
import { MsalTokenProvider } from "./msal-token-provider";
import {
  alex,
  createFakeFactory,
  createFakeHost,
  createFakeMsalClient,
  fixedNowMs,
} from "./__fixtures__/fake-msal-client";

const claims = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';
const challenge =
  `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", ` +
  `error="insufficient_claims", claims="${Buffer.from(claims).toString("base64")}"`;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}

function buildGateway(fetchResponses: Response[]) {
  const nested = createFakeMsalClient([alex]);
  const provider = new MsalTokenProvider({
    settings: {
      clientId: "d638ed90-0eaf-4524-a4db-0e8df53e8116",
      authority: "https://localhost:8443/378087a5-27cb-47cf-87b5-62a739856475",
      redirectUri: "http://localhost:3000/auth-dialog.html",
    },
    host: createFakeHost({ naa: true }),
    clients: createFakeFactory(nested, createFakeMsalClient()),
    nowMs: () => fixedNowMs,
  });
  const fetchMock = jest.fn((_input: RequestInfo | URL, _init?: RequestInit) => {
    const next = fetchResponses.shift();
    return next === undefined
      ? Promise.reject(new TypeError("no more responses"))
      : Promise.resolve(next);
  });
  const gateway = new GraphGateway({
    tokenProvider: provider,
    baseUrl: "https://graph.microsoft.com",
    fetch: fetchMock as unknown as typeof fetch,
    sleep: () => Promise.resolve(),
    nowMs: () => fixedNowMs,
  });
  return { nested, gateway, fetchMock };
}

describe("claims challenge from Graph", () => {
  it("refreshes the token once with the decoded claims and retries the call", async () => {
    const { nested, gateway, fetchMock } = buildGateway([
      json(
        401,
        { error: { code: "InvalidAuthenticationToken", message: "claims" } },
        { "WWW-Authenticate": challenge },
      ),
      json(200, { id: "me", displayName: "Alex Wilber" }),
    ]);

    const result = await gateway.call<{ displayName: string }>({
      method: "GET",
      path: "/me",
      scopes: ["User.Read"],
    });

    expect(result.body.displayName).toBe("Alex Wilber");
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(
      nested.acquireTokenSilent.mock.calls.map(([request]) => request as unknown),
    ).toStrictEqual([
      { scopes: ["User.Read"], account: alex, claims: undefined, forceRefresh: false },
      { scopes: ["User.Read"], account: alex, claims, forceRefresh: true },
    ]);
  });

  it("does not loop: a second 401 is the answer", async () => {
    const unauthorized = () =>
      json(
        401,
        { error: { code: "InvalidAuthenticationToken", message: "claims" } },
        { "WWW-Authenticate": challenge },
      );
    const { nested, gateway, fetchMock } = buildGateway([
      unauthorized(),
      unauthorized(),
      unauthorized(),
    ]);

    await expect(
      gateway.call({ method: "GET", path: "/me", scopes: ["User.Read"] }),
    ).rejects.toMatchObject({
      code: "graph_unauthorized",
    });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(nested.acquireTokenSilent).toHaveBeenCalledTimes(2);
  });
});
