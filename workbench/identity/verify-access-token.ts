// Verifies access tokens minted by the workbench identity provider (signature, issuer, audience, lifetime) for the fake Graph.
import http from "node:http";
import https from "node:https";
import { loadEsmPackage } from "./load-esm-package";
import { findTrustedCertificate } from "./trusted-certificates";
import type * as Jose from "jose";

export interface VerifiedAccessToken {
  /** The `scp` claim split, e.g. ["User.Read", "Mail.Send"]. */
  scp: string[];
  oid: string;
  tid: string;
  /** Expiry, seconds since the epoch (the JWT `exp`). */
  exp: number;
}

export interface AccessTokenVerifierOptions {
  /** Expected `iss`, e.g. `${identity.issuerUrl}/v2.0`. */
  issuer: string;
  /** Expected `aud`, e.g. "https://graph.microsoft.com". */
  audience: string;
  /** CA (PEM) for an https JWKS URL; default: the certificate of a provider started in this process, else Node's trust store. */
  ca?: string;
}

type VerifyAccessToken = (jwt: string) => Promise<VerifiedAccessToken | null>;

/** Refetch the JWKS on an unknown `kid` (a restarted provider has new keys), at most this often. */
const refetchIntervalMs = 1000;

/**
 * Returns a verifier; it resolves null for any invalid token and rejects only if the JWKS cannot be fetched.
 * e.g. `await createAccessTokenVerifier(idp.jwksUrl, { issuer: idp.tokenIssuer, audience: graphResource })(jwt)`
 * → { scp: ["User.Read"], oid: "8f3c…", tid: "3780…", exp: 1767225600 }
 */
export function createAccessTokenVerifier(
  jwksUrlOrKeys: string | URL | Jose.JSONWebKeySet,
  options: AccessTokenVerifierOptions,
): VerifyAccessToken {
  const jose = loadEsmPackage<typeof Jose>("jose");
  const isRemote = typeof jwksUrlOrKeys === "string" || jwksUrlOrKeys instanceof URL;
  let keySet = isRemote ? null : jose.createLocalJWKSet(jwksUrlOrKeys);
  let fetchedAtMs = 0;
  const loadKeySet = async (
    isRefresh: boolean,
  ): Promise<ReturnType<typeof jose.createLocalJWKSet>> => {
    const shouldFetch =
      isRemote && (keySet === null || (isRefresh && Date.now() - fetchedAtMs > refetchIntervalMs));
    if (shouldFetch) {
      keySet = jose.createLocalJWKSet(await fetchJwks(new URL(jwksUrlOrKeys), options.ca));
      fetchedAtMs = Date.now();
    }
    if (keySet === null) throw new Error("JWKS not loaded");
    return keySet;
  };
  const verifyWith = async (
    keys: ReturnType<typeof jose.createLocalJWKSet>,
    jwt: string,
  ): Promise<VerifiedAccessToken | null> => {
    const { payload } = await jose.jwtVerify(jwt, keys, {
      issuer: options.issuer,
      audience: options.audience,
      algorithms: ["RS256"],
    });
    return toVerifiedAccessToken(payload);
  };
  return async (jwt) => {
    try {
      return await verifyWith(await loadKeySet(false), jwt);
    } catch (error) {
      if (!isJoseError(error)) throw error;
      const isUnknownKey = error.code === "ERR_JWKS_NO_MATCHING_KEY";
      if (!isUnknownKey || !isRemote) return null;
    }
    return verifyWith(await loadKeySet(true), jwt).catch((error: unknown) => {
      if (isJoseError(error)) return null;
      throw error;
    });
  };
}

function toVerifiedAccessToken(payload: Jose.JWTPayload): VerifiedAccessToken | null {
  const { scp, oid, tid, exp } = payload;
  const hasClaims = typeof oid === "string" && typeof tid === "string" && typeof exp === "number";
  if (!hasClaims) return null;
  const scopes = typeof scp === "string" ? scp.split(" ").filter((item) => item.length > 0) : [];
  return { scp: scopes, oid, tid, exp };
}

/** jose errors carry a `code` starting with ERR_J (ERR_JWT_*, ERR_JWS_*, ERR_JWKS_*, ERR_JOSE_*). Checked by shape: they come from another realm under jest. */
function isJoseError(error: unknown): error is { code: string } {
  const code =
    typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  return typeof code === "string" && /^ERR_J(WT|WS|WKS|OSE|WE|WK)_/.test(code);
}

function fetchJwks(url: URL, ca: string | undefined): Promise<Jose.JSONWebKeySet> {
  const client = url.protocol === "https:" ? https : http;
  const trustedCa = ca ?? findTrustedCertificate(url.origin);
  return new Promise((resolve, reject) => {
    const request = client.get(
      url,
      trustedCa === undefined ? {} : { ca: trustedCa },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const parsed: unknown = response.statusCode === 200 ? JSON.parse(text) : null;
          const isKeySet =
            typeof parsed === "object" &&
            parsed !== null &&
            "keys" in parsed &&
            Array.isArray(parsed.keys);
          if (isKeySet) resolve(parsed as Jose.JSONWebKeySet);
          else
            reject(
              new Error(
                `JWKS at ${url.href} answered ${response.statusCode ?? "?"} without a key set`,
              ),
            );
        });
        response.on("error", reject);
      },
    );
    request.on("error", reject);
  });
}
