// Drives the provider over https the way MSAL.js does (code + PKCE S256, fragment responses) and checks the Entra ID-like rejections.
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { workbenchClientId, workbenchTenantId } from "../workbench-config";
import { requestOverHttps, parseJsonObject, type TestResponse } from "./https-test-client";
import { startIdentityProvider, type IdentityProvider } from "./identity-provider";
import { graphResource } from "./resource-scopes";
import { createAccessTokenVerifier } from "./verify-access-token";

const redirectUri = "http://localhost:3000/redirect.html";
/** Typed `unknown` so object literals holding it are not `any` (no-unsafe-assignment). */
const anyString: unknown = expect.any(String);
const containsUnknownClientCode: unknown = expect.stringContaining("AADSTS700016");
const graphScopes = "openid profile offline_access https://graph.microsoft.com/User.Read Mail.Send";

let idp: IdentityProvider;
let certDir: string;

beforeAll(async () => {
  certDir = await mkdtemp(path.join(os.tmpdir(), "tempo-idp-certs-"));
  idp = await startIdentityProvider({ port: 0, certDir });
});

afterAll(async () => {
  await idp.close();
  await rm(certDir, { recursive: true, force: true });
});

interface AuthorizeOverrides {
  [name: string]: string | null;
}

function createPkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

async function authorize(overrides: AuthorizeOverrides, challenge: string): Promise<TestResponse> {
  const params: Record<string, string | null> = {
    client_id: workbenchClientId,
    response_type: "code",
    redirect_uri: redirectUri,
    scope: graphScopes,
    response_mode: "fragment",
    state: "state-123",
    nonce: "nonce-456",
    code_challenge: challenge,
    code_challenge_method: "S256",
    client_info: "1",
    ...overrides,
  };
  const query = new URLSearchParams(
    Object.entries(params).filter((pair): pair is [string, string] => pair[1] !== null),
  );
  return requestOverHttps({
    url: `${idp.authorityUrl}/oauth2/v2.0/authorize?${query}`,
    ca: idp.certPem,
  });
}

/** The response parameters of a redirect: from the fragment for response_mode=fragment, else the query. */
function readRedirectParams(response: TestResponse, responseMode: string | null): URLSearchParams {
  expect(response.status).toBe(302);
  const location = new URL(response.location ?? "");
  return responseMode === "fragment"
    ? new URLSearchParams(location.hash.slice(1))
    : location.searchParams;
}

async function redeemCode(
  form: Record<string, string>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await requestOverHttps({
    url: `${idp.authorityUrl}/oauth2/v2.0/token`,
    ca: idp.certPem,
    form: {
      client_id: workbenchClientId,
      grant_type: "authorization_code",
      redirect_uri: redirectUri,
      scope: graphScopes,
      ...form,
    },
    headers: { Origin: "http://localhost:3000" },
  });
  return { status: response.status, body: parseJsonObject(response.text) };
}

async function signIn(responseMode: string | null): Promise<Record<string, unknown>> {
  const pkce = createPkcePair();
  const params = readRedirectParams(
    await authorize({ response_mode: responseMode }, pkce.challenge),
    responseMode,
  );
  const tokens = await redeemCode({ code: params.get("code") ?? "", code_verifier: pkce.verifier });
  expect(tokens.status).toBe(200);
  return tokens.body;
}

function decodeJwtPayload(jwt: unknown): Record<string, unknown> {
  const payload = typeof jwt === "string" ? jwt.split(".")[1] : undefined;
  return parseJsonObject(Buffer.from(payload ?? "", "base64url").toString("utf8"));
}

describe("discovery", () => {
  it.each(["/v2.0/.well-known/openid-configuration", "/.well-known/openid-configuration"])(
    "serves %s with endpoints under the authority and an issuer on the authority's scheme, host and port",
    async (documentPath) => {
      const response = await requestOverHttps({
        url: `${idp.authorityUrl}${documentPath}`,
        ca: idp.certPem,
      });
      const document = parseJsonObject(response.text);
      const authority = new URL(idp.authorityUrl);
      expect(idp.authorityUrl).toBe(`https://localhost:${idp.port}/${workbenchTenantId}`);
      expect(new URL(String(document.issuer)).origin).toBe(authority.origin);
      expect(document).toMatchObject({
        issuer: `${idp.issuerUrl}/v2.0`,
        authorization_endpoint: `${idp.issuerUrl}/oauth2/v2.0/authorize`,
        token_endpoint: `${idp.issuerUrl}/oauth2/v2.0/token`,
        jwks_uri: idp.jwksUrl,
        end_session_endpoint: `${idp.issuerUrl}/oauth2/v2.0/logout`,
      });
    },
  );

  it("serves /common metadata pointing at /common endpoints", async () => {
    const url = `https://localhost:${idp.port}/common/v2.0/.well-known/openid-configuration`;
    const document = parseJsonObject((await requestOverHttps({ url, ca: idp.certPem })).text);
    expect(document.token_endpoint).toBe(`https://localhost:${idp.port}/common/oauth2/v2.0/token`);
  });
});

describe("authorization code + PKCE", () => {
  it("returns the code in the fragment for response_mode=fragment with state and client_info", async () => {
    const params = readRedirectParams(await authorize({}, createPkcePair().challenge), "fragment");
    expect(params.get("code")).toEqual(anyString);
    expect(params.get("state")).toBe("state-123");
    const clientInfo = parseJsonObject(
      Buffer.from(params.get("client_info") ?? "", "base64url").toString("utf8"),
    );
    expect(clientInfo).toStrictEqual({ uid: anyString, utid: workbenchTenantId });
  });

  it("issues Entra ID-shaped id and access tokens that the verifier accepts (query response mode)", async () => {
    const body = await signIn(null);
    const idToken = decodeJwtPayload(body.id_token);
    const accessToken = decodeJwtPayload(body.access_token);
    const identity = { tid: workbenchTenantId, ver: "2.0", iss: `${idp.issuerUrl}/v2.0` };
    expect(idToken).toMatchObject({
      ...identity,
      aud: workbenchClientId,
      nonce: "nonce-456",
      name: "Alex Wilber",
      preferred_username: "alex.wilber@contoso.com",
    });
    expect(idToken.sub).toBe(idToken.oid);
    expect(accessToken).toMatchObject({
      ...identity,
      aud: graphResource,
      azp: workbenchClientId,
      scp: "User.Read Mail.Send",
      oid: idToken.oid,
    });
    expect(accessToken).not.toHaveProperty("scope");
    expect(body).toMatchObject({
      token_type: "Bearer",
      refresh_token: anyString,
      client_info: anyString,
    });
    const verify = createAccessTokenVerifier(idp.jwksUrl, {
      issuer: idp.tokenIssuer,
      audience: graphResource,
    });
    expect(await verify(String(body.access_token))).toStrictEqual({
      scp: ["User.Read", "Mail.Send"],
      oid: idToken.oid,
      tid: workbenchTenantId,
      exp: accessToken.exp,
    });
  });

  it("logs the PKCE method, redirect URI, grant type and Origin of the flow", async () => {
    await signIn("fragment");
    const logged = idp.requests().slice(-2);
    expect(logged).toMatchObject([
      {
        endpoint: "authorize",
        codeChallengeMethod: "S256",
        redirectUri,
        clientId: workbenchClientId,
        responseMode: "fragment",
        status: 302,
      },
      {
        endpoint: "token",
        grantType: "authorization_code",
        redirectUri,
        clientId: workbenchClientId,
        origin: "http://localhost:3000",
        status: 200,
      },
    ]);
  });

  it("rejects a code verifier that does not match the challenge", async () => {
    const params = readRedirectParams(await authorize({}, createPkcePair().challenge), "fragment");
    const tokens = await redeemCode({
      code: params.get("code") ?? "",
      code_verifier: createPkcePair().verifier,
    });
    expect(tokens).toMatchObject({
      status: 400,
      body: { error: "invalid_grant", error_codes: [501481] },
    });
  });

  it("rejects a redeemed code without a verifier", async () => {
    const params = readRedirectParams(await authorize({}, createPkcePair().challenge), "fragment");
    const tokens = await redeemCode({ code: params.get("code") ?? "" });
    expect(tokens).toMatchObject({
      status: 400,
      body: { error: "invalid_request", error_codes: [9002325] },
    });
  });

  it("rejects a token call whose redirect_uri differs from the authorize one", async () => {
    const pkce = createPkcePair();
    const params = readRedirectParams(await authorize({}, pkce.challenge), "fragment");
    const tokens = await redeemCode({
      code: params.get("code") ?? "",
      code_verifier: pkce.verifier,
      redirect_uri: "http://localhost:3000/other.html",
    });
    expect(tokens).toMatchObject({
      status: 400,
      body: { error: "invalid_grant", error_codes: [500112] },
    });
  });

  it("rejects a second redemption of the same code", async () => {
    const pkce = createPkcePair();
    const code =
      readRedirectParams(await authorize({}, pkce.challenge), "fragment").get("code") ?? "";
    expect((await redeemCode({ code, code_verifier: pkce.verifier })).status).toBe(200);
    const replay = await redeemCode({ code, code_verifier: pkce.verifier });
    expect(replay).toMatchObject({
      status: 400,
      body: { error: "invalid_grant", error_codes: [54005] },
    });
  });

  it("redirects back with invalid_request AADSTS9002325 when the authorize request has no code_challenge", async () => {
    const params = readRedirectParams(
      await authorize({ code_challenge: null, code_challenge_method: null }, ""),
      "fragment",
    );
    expect(params.get("error")).toBe("invalid_request");
    expect(params.get("error_description")).toContain("AADSTS9002325");
    expect(params.get("state")).toBe("state-123");
  });

  it("shows an error page with unauthorized_client AADSTS700016 for an unknown client", async () => {
    const response = await authorize(
      { client_id: "00000000-0000-0000-0000-000000000001" },
      createPkcePair().challenge,
    );
    expect(response.status).toBe(400);
    expect(parseJsonObject(response.text)).toMatchObject({
      error: "unauthorized_client",
      error_description: containsUnknownClientCode,
    });
    const tokens = await redeemCode({
      client_id: "00000000-0000-0000-0000-000000000001",
      code: "x",
      code_verifier: "y",
    });
    expect(tokens).toMatchObject({
      status: 400,
      body: { error: "unauthorized_client", error_codes: [700016] },
    });
  });

  it("shows an error page with AADSTS50011 for an unregistered redirect URI", async () => {
    const response = await authorize(
      { redirect_uri: "https://evil.example/callback" },
      createPkcePair().challenge,
    );
    expect(response.status).toBe(400);
    expect(parseJsonObject(response.text).error_description).toEqual(
      expect.stringContaining("AADSTS50011"),
    );
  });
});

describe("refresh tokens", () => {
  it("issues new tokens for a refresh token it issued", async () => {
    const first = await signIn("fragment");
    const refreshed = await redeemCode({
      grant_type: "refresh_token",
      refresh_token: String(first.refresh_token),
      scope: "openid offline_access Mail.Send",
    });
    expect(refreshed.status).toBe(200);
    expect(decodeJwtPayload(refreshed.body.access_token)).toMatchObject({
      scp: "Mail.Send",
      aud: graphResource,
    });
    expect(idp.requests().at(-1)).toMatchObject({ endpoint: "token", grantType: "refresh_token" });
  });

  it("rejects a refresh token it never issued", async () => {
    const refreshed = await redeemCode({
      grant_type: "refresh_token",
      refresh_token: "not-a-refresh-token",
    });
    expect(refreshed).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
  });
});

describe("forced errors and consent", () => {
  it("redirects the next authorize request back with consent_required and AADSTS65001, once", async () => {
    idp.setNextAuthorizeError("consent_required");
    const params = readRedirectParams(
      await authorize({ prompt: "none" }, createPkcePair().challenge),
      "fragment",
    );
    expect(params.get("error")).toBe("consent_required");
    expect(params.get("error_description")).toContain(
      "AADSTS65001: The user or administrator has not consented",
    );
    const next = readRedirectParams(
      await authorize({ prompt: "none" }, createPkcePair().challenge),
      "fragment",
    );
    expect(next.get("code")).toEqual(anyString);
  });

  it("uses a custom description for a forced login_required", async () => {
    idp.setNextAuthorizeError("login_required", "AADSTS50058: custom");
    const params = readRedirectParams(await authorize({}, createPkcePair().challenge), "fragment");
    expect([params.get("error"), params.get("error_description")]).toStrictEqual([
      "login_required",
      "AADSTS50058: custom",
    ]);
  });

  it("asks for consent silently but grants it interactively when consent is simulated", async () => {
    idp.setGrantedScopes(["User.Read"]);
    try {
      const silent = readRedirectParams(
        await authorize({ prompt: "none" }, createPkcePair().challenge),
        "fragment",
      );
      expect(silent.get("error")).toBe("consent_required");
      const interactive = readRedirectParams(
        await authorize({ prompt: "select_account" }, createPkcePair().challenge),
        "fragment",
      );
      expect(interactive.get("code")).toEqual(anyString);
      expect(idp.grantedScopes()).toStrictEqual(["User.Read", "Mail.Send"]);
    } finally {
      idp.setGrantedScopes(null);
    }
  });

  it("answers admin consent with admin_consent=True, the tenant and the scopes", async () => {
    idp.setGrantedScopes([]);
    try {
      const query = new URLSearchParams({
        client_id: workbenchClientId,
        redirect_uri: redirectUri,
        scope: "https://graph.microsoft.com/Mail.Send",
        state: "s",
      });
      const url = `https://localhost:${idp.port}/common/v2.0/adminconsent?${query}`;
      const params = readRedirectParams(await requestOverHttps({ url, ca: idp.certPem }), null);
      expect(Object.fromEntries(params)).toStrictEqual({
        admin_consent: "True",
        tenant: workbenchTenantId,
        scope: "https://graph.microsoft.com/Mail.Send",
        state: "s",
      });
      expect(idp.grantedScopes()).toStrictEqual(["Mail.Send"]);
    } finally {
      idp.setGrantedScopes(null);
    }
  });
});
