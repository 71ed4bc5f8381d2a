// Checks that the fake Graph's verifier accepts the provider's access tokens and nothing else.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createHash, randomBytes } from "node:crypto";
import { workbenchClientId } from "../workbench-config";
import { parseJsonObject, requestOverHttps } from "./https-test-client";
import { startIdentityProvider, type IdentityProvider } from "./identity-provider";
import { graphResource } from "./resource-scopes";
import { createAccessTokenVerifier } from "./verify-access-token";

const redirectUri = "http://localhost:3000/redirect.html";
let idp: IdentityProvider;
let certDir: string;
let accessToken: string;

beforeAll(async () => {
  certDir = await mkdtemp(path.join(os.tmpdir(), "tempo-idp-certs-"));
  idp = await startIdentityProvider({ port: 0, certDir });
  accessToken = await signInForAccessToken();
});

afterAll(async () => {
  await idp.close();
  await rm(certDir, { recursive: true, force: true });
});

async function signInForAccessToken(): Promise<string> {
  const verifier = randomBytes(32).toString("base64url");
  const query = new URLSearchParams({
    client_id: workbenchClientId,
    response_type: "code",
    redirect_uri: redirectUri,
    scope: "openid User.Read",
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
  });
  const redirect = await requestOverHttps({
    url: `${idp.authorityUrl}/oauth2/v2.0/authorize?${query}`,
    ca: idp.certPem,
  });
  const code = new URL(redirect.location ?? "").searchParams.get("code") ?? "";
  const form = {
    client_id: workbenchClientId,
    grant_type: "authorization_code",
    redirect_uri: redirectUri,
    code,
    code_verifier: verifier,
    scope: "openid User.Read",
  };
  const tokens = parseJsonObject(
    (
      await requestOverHttps({
        url: `${idp.authorityUrl}/oauth2/v2.0/token`,
        ca: idp.certPem,
        form,
      })
    ).text,
  );
  return String(tokens.access_token);
}

function tamperWithSignature(jwt: string): string {
  const [header, payload, signature = ""] = jwt.split(".");
  const flipped = `${signature.charAt(0) === "A" ? "B" : "A"}${signature.slice(1)}`;
  return [header, payload, flipped].join(".");
}

describe("createAccessTokenVerifier", () => {
  it("accepts a provider access token fetched through the JWKS URL", async () => {
    const verify = createAccessTokenVerifier(idp.jwksUrl, {
      issuer: idp.tokenIssuer,
      audience: graphResource,
    });
    await expect(verify(accessToken)).resolves.toMatchObject({
      scp: ["User.Read"],
      tid: idp.issuerUrl.split("/").at(-1),
    });
  });

  it("rejects a token for another audience", async () => {
    const verify = createAccessTokenVerifier(idp.jwksUrl, {
      issuer: idp.tokenIssuer,
      audience: "api://someone-else",
    });
    await expect(verify(accessToken)).resolves.toBeNull();
  });

  it("rejects a token from another issuer", async () => {
    const verify = createAccessTokenVerifier(idp.jwksUrl, {
      issuer: `${idp.issuerUrl}/v1.0`,
      audience: graphResource,
    });
    await expect(verify(accessToken)).resolves.toBeNull();
  });

  it("rejects a token with a tampered signature", async () => {
    const verify = createAccessTokenVerifier(idp.jwksUrl, {
      issuer: idp.tokenIssuer,
      audience: graphResource,
    });
    await expect(verify(tamperWithSignature(accessToken))).resolves.toBeNull();
  });

  it("rejects a token whose payload was edited", async () => {
    const [header, , signature] = accessToken.split(".");
    const forged = Buffer.from(JSON.stringify({ scp: "Mail.Send", aud: graphResource })).toString(
      "base64url",
    );
    const verify = createAccessTokenVerifier(idp.jwksUrl, {
      issuer: idp.tokenIssuer,
      audience: graphResource,
    });
    await expect(verify([header, forged, signature].join("."))).resolves.toBeNull();
  });

  it("rejects something that is not a JWT", async () => {
    const verify = createAccessTokenVerifier(idp.jwksUrl, {
      issuer: idp.tokenIssuer,
      audience: graphResource,
    });
    await expect(verify("not-a-jwt")).resolves.toBeNull();
  });
});
