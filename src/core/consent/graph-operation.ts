// A Graph call a feature makes, described by method and path template, and the path form permission rules use.

export const HttpMethod = {
  get: "GET",
  post: "POST",
  patch: "PATCH",
  delete: "DELETE",
} as const;
export type HttpMethod = (typeof HttpMethod)[keyof typeof HttpMethod];

/** One Graph request shape, e.g. `{ method: "GET", pathTemplate: "/me/mailFolders/{id}/messages/delta" }`. */
export interface GraphOperation {
  readonly method: HttpMethod;
  /** Relative to the version root, `{…}` for key segments, functions without `()`. */
  readonly pathTemplate: string;
  /**
   * Reads `body`, `uniqueBody`, attachments or extended properties of messages or events; the
   * *Basic scopes exclude those, so this raises Mail.ReadBasic to Mail.Read (oracle README §3).
   */
  readonly readsBodyOrExtendedProperties?: boolean;
}

/**
 * The form permission maps key paths by: no `/v1.0`, no query, lower case, every key segment `{id}`.
 * e.g. `/v1.0/me/mailFolders/{folderId}/messages/delta()?$select=id` gives `/me/mailfolders/{id}/messages/delta`.
 */
export function normalizeGraphPath(path: string): string {
  const [withoutQuery = ""] = path.split("?");
  return withoutQuery
    .replace(/^\/(v1\.0|beta)(?=\/)/i, "")
    .replace(/\(\)$/, "")
    .replace(/\{[^}]*\}/g, "{id}")
    .replace(/\/+$/, "")
    .toLowerCase();
}

/** `"GET /me/mailfolders/{id}/messages/delta"`: the key permission rules are looked up by. */
export function describeOperation(operation: GraphOperation): string {
  return `${operation.method} ${normalizeGraphPath(operation.pathTemplate)}`;
}
