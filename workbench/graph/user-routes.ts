// The user itself (GET /me) and its mailboxSettings (GET/PATCH).
import { validateAgainstType } from "./graph-schema";
import { isJsonObject, jsonResponse } from "./graph-types";
import { readJsonBody } from "./message-write-routes";
import { parseListQuery } from "./odata-query";
import type { JsonObject } from "./graph-types";
import type { RouteContext, RouteDef } from "./graph-deps";

function select(object: JsonObject, names: string[] | undefined): JsonObject {
  if (!names) return object;
  return Object.fromEntries(names.map((name) => [name, object[name] ?? null]));
}

function patchMailboxSettings(context: RouteContext) {
  const body = readJsonBody(context);
  validateAgainstType(body, "mailboxSettings");
  const settings = context.deps.calendar.mailboxSettings;
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith("@odata.")) continue;
    const current = settings[key];
    // A nested complex value is merged one level deep, so PATCH {automaticRepliesSetting:{status}} keeps the messages.
    settings[key] = isJsonObject(current) && isJsonObject(value) ? { ...current, ...value } : value;
  }
  return jsonResponse(200, {
    "@odata.context": `${context.deps.graphUrl}/$metadata#Me/mailboxSettings`,
    ...settings,
  });
}

export const userRoutes: RouteDef[] = [
  {
    method: "GET",
    pattern: "",
    handler: (context) => {
      const query = parseListQuery(context.req.query, { typeName: "user", allowed: ["$select"] });
      return jsonResponse(200, {
        "@odata.context": `${context.deps.graphUrl}/$metadata#users/$entity`,
        ...select(context.deps.calendar.user, query.select),
      });
    },
  },
  {
    method: "GET",
    pattern: "/mailboxSettings",
    handler: (context) => {
      const query = parseListQuery(context.req.query, {
        typeName: "mailboxSettings",
        allowed: ["$select"],
      });
      return jsonResponse(200, {
        "@odata.context": `${context.deps.graphUrl}/$metadata#Me/mailboxSettings`,
        ...select(context.deps.calendar.mailboxSettings, query.select),
      });
    },
  },
  { method: "PATCH", pattern: "/mailboxSettings", handler: patchMailboxSettings },
];
