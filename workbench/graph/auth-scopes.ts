// Bearer token checks (401 as Graph answers them) and delegated scope checks against the official permissions map.
import { readFileSync } from "node:fs";
import { GraphError } from "./graph-errors";
import { resolveSharedPath } from "./shared-paths";

export interface TokenClaims {
  scp?: string;
  exp?: number;
  nbf?: number;
  aud?: string;
  tid?: string;
  oid?: string;
  upn?: string;
  preferred_username?: string;
  [claim: string]: unknown;
}

/** Graph's challenge on every 401. */
export const graphWwwAuthenticate =
  'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';

const unauthorized = (message: string): GraphError =>
  new GraphError(401, "InvalidAuthenticationToken", message, {
    "WWW-Authenticate": graphWwwAuthenticate,
  });

export const expiredTokenError = (): GraphError =>
  unauthorized("Lifetime validation failed, the token is expired.");

export function decodeJwtPayload(jwt: string): TokenClaims | null {
  const parts = jwt.split(".");
  if (parts.length !== 3 || parts[1] === undefined) return null;
  try {
    const payload: unknown = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
    return typeof payload === "object" && payload !== null && !Array.isArray(payload)
      ? (payload as TokenClaims)
      : null;
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
}

/** Returns the claims of a valid bearer token or throws the 401 Graph would send. `nowMs` is real time. */
export async function authenticate(options: {
  authorization: string | undefined;
  verifyToken?: (jwt: string) => Promise<TokenClaims | null>;
  nowMs: number;
}): Promise<TokenClaims> {
  const match = /^Bearer\s+(\S+)$/i.exec(options.authorization?.trim() ?? "");
  if (options.authorization === undefined || options.authorization.trim() === "") {
    throw unauthorized("Access token is empty.");
  }
  const jwt = match?.[1];
  const claims =
    jwt === undefined
      ? null
      : options.verifyToken
        ? await options.verifyToken(jwt)
        : decodeJwtPayload(jwt);
  if (claims === null)
    throw unauthorized("IDX14100: JWT is not well formed, there are no dots (.).");
  const isExpired = typeof claims.exp === "number" && claims.exp * 1000 <= options.nowMs;
  if (isExpired) throw expiredTokenError();
  return claims;
}

/**
 * Higher scopes of the same family satisfy lower ones (Mail.ReadWrite ⊇ Mail.Read ⊇ Mail.ReadBasic) although
 * permissions.json, a least-privilege table, does not always list the higher ones (e.g. GET /me/events/{id}).
 */
const impliedScopes: Record<string, string[]> = {
  "mail.readwrite": ["mail.read", "mail.readbasic"],
  "mail.read": ["mail.readbasic"],
  "calendars.readwrite": ["calendars.read", "calendars.readbasic"],
  "calendars.read": ["calendars.readbasic"],
  "mailboxsettings.readwrite": ["mailboxsettings.read"],
  "user.readwrite": ["user.read"],
};

export function grantedScopes(claims: TokenClaims): Set<string> {
  const scopes = new Set<string>();
  for (const scope of (claims.scp ?? "").split(" ").filter(Boolean)) {
    const lower = scope.toLowerCase();
    scopes.add(lower);
    for (const implied of impliedScopes[lower] ?? []) scopes.add(implied);
  }
  return scopes;
}

interface PermissionsFile {
  permissions: Record<
    string,
    { pathSets?: Array<{ schemeKeys: string[]; methods: string[]; paths: Record<string, string> }> }
  >;
}

let permissionIndex: Map<string, Set<string>> | undefined;

function loadPermissionIndex(): Map<string, Set<string>> {
  if (permissionIndex) return permissionIndex;
  const file = JSON.parse(
    readFileSync(resolveSharedPath("oracles/graph/permissions/permissions.json"), "utf8"),
  ) as PermissionsFile;
  const index = new Map<string, Set<string>>();
  for (const [scope, permission] of Object.entries(file.permissions)) {
    for (const pathSet of permission.pathSets ?? []) {
      if (!pathSet.schemeKeys.includes("DelegatedWork")) continue;
      for (const path of Object.keys(pathSet.paths)) {
        for (const method of pathSet.methods) {
          const key = `${method.toUpperCase()} ${path.toLowerCase()}`;
          const scopes = index.get(key) ?? new Set<string>();
          scopes.add(scope.toLowerCase());
          index.set(key, scopes);
        }
      }
    }
  }
  permissionIndex = index;
  return index;
}

export type ScopeVerdict = "allowed" | "denied" | "unmapped";

/** `permissionPath` is already normalised: lower-case, `{id}` for key segments, no `()`, e.g. "/me/mailfolders/{id}/messages/delta". */
export function checkScopes(
  method: string,
  permissionPath: string,
  scopes: Set<string>,
): ScopeVerdict {
  const listed = loadPermissionIndex().get(`${method} ${permissionPath}`);
  if (!listed) return "unmapped";
  return [...listed].some((scope) => scopes.has(scope)) ? "allowed" : "denied";
}

/** Mail.ReadBasic excludes body, previewBody, attachments and extended properties (permissions-descriptions). */
export function isMailReadBasicOnly(scopes: Set<string>): boolean {
  const hasFullRead = [
    "mail.read",
    "mail.readwrite",
    "mail.read.shared",
    "mail.readwrite.shared",
  ].some((s) => scopes.has(s));
  return scopes.has("mail.readbasic") && !hasFullRead;
}

export const accessDenied = (): GraphError =>
  new GraphError(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
