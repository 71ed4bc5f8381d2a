// Splits a requested OAuth scope string into OpenID scopes and the resource (audience) plus `scp` an access token gets.

export const graphResource = "https://graph.microsoft.com";

/** Scopes that shape the id token or refresh token and never appear in `scp` (as in Entra ID). */
const openIdScopes = new Set(["openid", "profile", "offline_access", "email"]);

export interface ResourceScopes {
  /** The access token's `aud`: Graph unless every resource scope names another resource. */
  audience: string;
  /** Short scope names for `scp`, e.g. ["User.Read", "Mail.Send"]; `.default` expands to the granted set. */
  scopes: string[];
}

/** Space-separated scope string → list, dropping empties. */
export function parseScopeString(scope: string | undefined): string[] {
  return (scope ?? "").split(" ").filter((item) => item.length > 0);
}

/**
 * Resolves the resource and `scp` of a token request.
 * e.g. "openid profile https://graph.microsoft.com/User.Read Mail.Send offline_access"
 * gives { audience: "https://graph.microsoft.com", scopes: ["User.Read", "Mail.Send"] }
 */
export function resolveResourceScopes(
  scope: string | undefined,
  grantedGraphScopes: readonly string[],
): ResourceScopes {
  const resourceScopes = parseScopeString(scope).filter((item) => !openIdScopes.has(item));
  const split = resourceScopes.map(splitResourceScope);
  const otherResources = new Set(
    split.map((item) => item.resource).filter((r) => r !== graphResource),
  );
  const isForOneOtherResource =
    otherResources.size === 1 && split.every((i) => i.resource !== graphResource);
  const audience = isForOneOtherResource
    ? ([...otherResources][0] ?? graphResource)
    : graphResource;
  const names = split.filter((item) => item.resource === audience).map((item) => item.name);
  const expanded = names.flatMap((name) =>
    name === ".default" ? [...grantedGraphScopes] : [name],
  );
  return { audience, scopes: [...new Set(expanded)] };
}

/** The Graph scopes (short names) of a request, without `.default` and OpenID scopes, for consent checks. */
export function listRequestedGraphScopes(scope: string | undefined): string[] {
  return parseScopeString(scope)
    .filter((item) => !openIdScopes.has(item))
    .map(splitResourceScope)
    .filter((item) => item.resource === graphResource && item.name !== ".default")
    .map((item) => item.name);
}

function splitResourceScope(item: string): { resource: string; name: string } {
  const hasResource = item.includes("://");
  const slashIndex = item.lastIndexOf("/");
  if (!hasResource || slashIndex < 0) return { resource: graphResource, name: item };
  const resource = item.slice(0, slashIndex);
  // Entra ID accepts the legacy Graph host name too.
  const isGraph = resource === graphResource || resource === "https://graph.microsoft.com/v1.0";
  return { resource: isGraph ? graphResource : resource, name: item.slice(slashIndex + 1) };
}
