// The host's NAA broker answers MSAL's bridge requests as the AUTH-LOCAL contract describes, and never stays silent.
import { createNaaBroker, readClaimsChallenge, type HostAuthClient } from "./naa-broker";
import type { AccountInfo, AuthenticationResult } from "@azure/msal-browser";

const nowMs = Date.parse("2025-03-12T09:00:00.000Z");
const account: AccountInfo = {
  homeAccountId: "oid.tid",
  environment: "localhost:8443",
  tenantId: "tid",
  username: "alex.wilber@contoso.com",
  localAccountId: "oid",
  name: "Alex Wilber",
};

function result(scopes: string[]): AuthenticationResult {
  return {
    authority: "https://localhost:8443/tid/",
    uniqueId: "oid",
    tenantId: "tid",
    scopes,
    account,
    idToken: "id.token.sig",
    idTokenClaims: {},
    accessToken: "access.token.sig",
    fromCache: false,
    expiresOn: new Date(nowMs + 3599_400),
    tokenType: "Bearer",
    correlationId: "c",
  };
}

function createClient(accounts: AccountInfo[]) {
  let active: AccountInfo | null = null;
  const client = {
    acquireTokenSilent: jest.fn((request: { scopes: string[] }) =>
      Promise.resolve(result(request.scopes)),
    ),
    acquireTokenPopup: jest.fn((request: { scopes: string[] }) =>
      Promise.resolve(result(request.scopes)),
    ),
    getActiveAccount: jest.fn(() => active),
    setActiveAccount: jest.fn((next: AccountInfo | null) => {
      active = next;
    }),
    getAllAccounts: jest.fn(() => accounts),
  };
  return client as typeof client & HostAuthClient;
}

function request(method: string, tokenParams?: object): string {
  return JSON.stringify({
    messageType: "NestedAppAuthRequest",
    method,
    requestId: "req-1",
    sendTime: nowMs,
    clientLibrary: "msal.js.browser",
    clientLibraryVersion: "5.30.0",
    ...(tokenParams ? { tokenParams } : {}),
  });
}

const defaultClaims =
  '{"id_token":{"signin_state":{"essential":false},"login_hint":{"essential":false}}}';

async function answer(client: HostAuthClient, message: string): Promise<Record<string, unknown>> {
  const broker = createNaaBroker({
    getClient: () => Promise.resolve(client),
    defaultClientId: "app",
    loginHint: account.username,
    nowMs: () => nowMs,
  });
  return JSON.parse((await broker.handle(message)) ?? "null") as Record<string, unknown>;
}

describe("NAA broker", () => {
  it("reports the host's account in GetInitContext so the pane gets SSO", async () => {
    const response = await answer(createClient([account]), request("GetInitContext"));

    expect(response).toStrictEqual({
      messageType: "NestedAppAuthResponse",
      requestId: "req-1",
      success: true,
      initContext: {
        sdkName: "tempo-workbench-host",
        sdkVersion: "1.0.0",
        capabilities: { queryAccount: false },
        accountContext: {
          homeAccountId: "oid.tid",
          environment: "localhost:8443",
          tenantId: "tid",
        },
      },
    });
  });

  it("answers GetToken silently, ignoring MSAL's default id_token claims and computing expires_in", async () => {
    const client = createClient([account]);
    const response = await answer(
      client,
      request("GetToken", {
        clientId: "app",
        scope: "User.Read openid",
        claims: defaultClaims,
        platformBrokerId: "oid.tid",
      }),
    );

    expect(client.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: ["User.Read", "openid"],
      account,
      forceRefresh: false,
    });
    expect(response.token).toStrictEqual({
      access_token: "access.token.sig",
      id_token: "id.token.sig",
      expires_in: 3599,
      scope: "User.Read openid",
      authority: "https://localhost:8443/tid/",
      properties: null,
    });
    expect(response.account).toMatchObject({
      environment: "localhost:8443",
      homeAccountId: "oid.tid",
    });
  });

  it("passes a real access-token claims challenge on", async () => {
    const client = createClient([account]);
    const challenge = '{"access_token":{"nbf":{"essential":true,"value":"1"}}}';
    await answer(
      client,
      request("GetToken", {
        clientId: "app",
        scope: "Mail.Read",
        claims: challenge,
        forceRefresh: true,
      }),
    );

    expect(client.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: ["Mail.Read"],
      account,
      forceRefresh: true,
      claims: challenge,
    });
  });

  it("answers USER_INTERACTION_REQUIRED when the host is not signed in", async () => {
    const response = await answer(
      createClient([]),
      request("GetToken", { clientId: "app", scope: "User.Read" }),
    );

    expect(response).toMatchObject({
      success: false,
      error: { status: "USER_INTERACTION_REQUIRED", code: "no_account" },
    });
  });

  it("signs the host in with a popup on GetTokenPopup and remembers the account", async () => {
    const client = createClient([]);
    const response = await answer(
      client,
      request("GetTokenPopup", { clientId: "app", scope: "User.Read", claims: defaultClaims }),
    );

    expect(client.acquireTokenPopup).toHaveBeenCalledWith({
      scopes: ["User.Read"],
      loginHint: account.username,
    });
    expect(client.setActiveAccount).toHaveBeenCalledWith(account);
    expect(response.success).toBe(true);
  });

  it.each([
    [{ errorCode: "user_cancelled", errorMessage: "closed" }, "USER_CANCEL"],
    [
      {
        name: "InteractionRequiredAuthError",
        errorCode: "consent_required",
        errorMessage: "AADSTS65001",
      },
      "USER_INTERACTION_REQUIRED",
    ],
    [{ errorCode: "no_network_connectivity", errorMessage: "offline" }, "NO_NETWORK"],
    [{ errorCode: "access_denied", errorMessage: "AADSTS50105: not assigned" }, "PERSISTENT_ERROR"],
  ])(
    "turns a host failure %o into status %s, keeping code and description",
    async (failure, status) => {
      const client = createClient([]);
      client.acquireTokenPopup.mockRejectedValueOnce(Object.assign(new Error("x"), failure));

      const response = await answer(
        client,
        request("GetTokenPopup", { clientId: "app", scope: "User.Read" }),
      );

      expect(response).toMatchObject({
        requestId: "req-1",
        success: false,
        error: { status, code: failure.errorCode, description: failure.errorMessage },
      });
    },
  );

  it("answers an unknown method with an error rather than silence", async () => {
    const response = await answer(createClient([]), request("GetActiveAccount"));

    expect(response).toMatchObject({
      success: false,
      error: { status: "PERSISTENT_ERROR", code: "unsupported_method" },
    });
  });

  it("reads only access_token members as a claims challenge", () => {
    expect(readClaimsChallenge(defaultClaims)).toBeUndefined();
    expect(readClaimsChallenge("not json")).toBeUndefined();
    expect(readClaimsChallenge('{"access_token":{}}')).toBe('{"access_token":{}}');
  });
});
