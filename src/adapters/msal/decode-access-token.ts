// Reads an access token's payload for display only (granted scopes, tenant); it never verifies anything.

export interface AccessTokenClaims {
  readonly scp?: string;
  readonly tid?: string;
}

/** e.g. a JWT whose payload is `{"scp":"User.Read Mail.Send"}` gives `{ scp: "User.Read Mail.Send" }`; junk gives `{}`. */
export function decodeAccessTokenClaims(accessToken: string): AccessTokenClaims {
  const payload = accessToken.split(".")[1];
  if (payload === undefined) return {};
  try {
    const base64 = payload.replace(/-/g, "+").replace(/_/g, "/");
    const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
    const bytes = Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof claims !== "object" || claims === null) return {};
    const { scp, tid } = claims as Record<string, unknown>;
    return {
      ...(typeof scp === "string" ? { scp } : {}),
      ...(typeof tid === "string" ? { tid } : {}),
    };
  } catch (error) {
    // An opaque (non-JWT) token is valid for Graph; it just shows no scopes.
    if (error instanceof Error) return {};
    throw error;
  }
}
