// Matches a /v1.0 path to a route (for /me and /users/{id-or-upn}), with Graph's 400/404/405 answers for unknown segments, users and methods.
import { GraphError, badRequest } from "./graph-errors";
import type { RouteDef } from "./graph-deps";

export interface RouteMatch {
  route: RouteDef;
  params: Record<string, string>;
  /** Normalised for permissions.json: lower-case, `{id}` for keys, no `()`, e.g. "/me/messages/{id}/send". */
  permissionPath: string;
}

/** Also accepts OData key syntax, as in Graph's own links: "mailFolders('inbox')" → "mailFolders", "inbox". */
function splitPath(path: string): string[] {
  return path
    .split("/")
    .filter((segment) => segment !== "")
    .flatMap((segment) => {
      const decoded = decodeURIComponent(segment).replace(/\(\)$/, "");
      const keyed = /^([A-Za-z]+)\('([^']*)'\)$/.exec(decoded);
      return keyed ? [keyed[1] ?? "", keyed[2] ?? ""] : [decoded];
    });
}

function matchSegments(
  pattern: string[],
  segments: string[],
): { matched: number; params: Record<string, string> } {
  const params: Record<string, string> = {};
  let matched = 0;
  for (const [index, part] of pattern.entries()) {
    const segment = segments[index];
    if (segment === undefined) break;
    const isParam = part.startsWith("{");
    if (!isParam && part.toLowerCase() !== segment.toLowerCase()) break;
    if (isParam) params[part.slice(1, -1)] = segment;
    matched += 1;
  }
  return { matched, params };
}

/** Routes under the user; the caller checks `userKey` (a UPN or object id) against the mailbox owner. */
export function matchRoute(options: {
  routes: RouteDef[];
  method: string;
  path: string;
  isKnownUser: (userKey: string) => boolean;
}): RouteMatch {
  const segments = splitPath(options.path);
  const [root = "", userKey] = segments;
  const isUsersPath = root.toLowerCase() === "users";
  if (root.toLowerCase() !== "me" && !isUsersPath)
    throw badRequest(`Resource not found for the segment '${root}'.`);
  if (isUsersPath && (userKey === undefined || !options.isKnownUser(userKey))) {
    throw new GraphError(
      404,
      "ErrorInvalidUser",
      `The requested user '${userKey ?? ""}' is invalid.`,
    );
  }
  const rest = segments.slice(isUsersPath ? 2 : 1);
  let deepest = 0;
  const full: Array<{ route: RouteDef; params: Record<string, string>; literalCount: number }> = [];
  for (const route of options.routes) {
    const pattern = splitPath(route.pattern);
    const { matched, params } = matchSegments(pattern, rest);
    deepest = Math.max(deepest, matched);
    if (matched === rest.length && pattern.length === rest.length) {
      full.push({
        route,
        params,
        literalCount: pattern.filter((part) => !part.startsWith("{")).length,
      });
    }
  }
  if (full.length === 0)
    throw badRequest(`Resource not found for the segment '${rest[deepest] ?? root}'.`);
  const candidates = full.filter((candidate) => candidate.route.method === options.method);
  const best = candidates.sort((a, b) => b.literalCount - a.literalCount)[0];
  if (!best)
    throw new GraphError(
      405,
      "Request_BadRequest",
      "Specified HTTP method is not allowed for the request target.",
    );
  const template = splitPath(best.route.pattern).map((part) =>
    part.startsWith("{") ? "{id}" : part.toLowerCase(),
  );
  const prefix = isUsersPath ? ["users", "{id}"] : ["me"];
  return {
    route: best.route,
    params: best.params,
    permissionPath: `/${[...prefix, ...template].join("/")}`,
  };
}
