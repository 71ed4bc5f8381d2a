// Reads a claims challenge (CAE, Conditional Access) out of a 401's WWW-Authenticate header.

/**
 * The decoded `claims` of a Bearer challenge whose `error="insufficient_claims"`, else `undefined`.
 * e.g. `Bearer realm="", error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnt9fQ=="` gives
 * `{"access_token":{}}`. A plain expired-token challenge (`error="invalid_token"`) gives `undefined`.
 */
export function readClaimsChallenge(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const parameters = new Map<string, string>();
  for (const match of header.matchAll(/([a-z_]+)\s*=\s*"([^"]*)"/gi)) {
    const [, name = "", value = ""] = match;
    parameters.set(name.toLowerCase(), value);
  }
  const isClaimsChallenge = parameters.get("error") === "insufficient_claims";
  const encoded = parameters.get("claims");
  if (!isClaimsChallenge || encoded === undefined || encoded === "") return undefined;
  return decodeBase64Utf8(encoded);
}

function decodeBase64Utf8(encoded: string): string | undefined {
  const normalized = encoded.replace(/-/g, "+").replace(/_/g, "/");
  // Checked first, so atob never throws (its DOMException is not an Error in every realm).
  const isBase64 =
    /^[A-Za-z0-9+/]+={0,2}$/.test(normalized) && normalized.replace(/=+$/, "").length % 4 !== 1;
  if (!isBase64) return undefined;
  const bytes = Uint8Array.from(atob(normalized), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
