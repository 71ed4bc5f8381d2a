// GET routes for mail: folders, message lists (OData, paging, InefficientFilter) and single messages.
import { accessDenied } from "./auth-scopes";
import { itemNotFound } from "./graph-errors";
import { jsonResponse } from "./graph-types";
import { buildFullView, renderMessage } from "./message-view";
import { listFilterPaths } from "./odata-filter-parser";
import { evaluate } from "./odata-filter-eval";
import {
  assertEfficientFilter,
  collectionQueryOptions,
  pageItems,
  parseListQuery,
  sortItems,
} from "./odata-query";
import type { ListQuery } from "./odata-query";
import type { FilterNode } from "./odata-filter-parser";
import type { MailFolder, StoredMessage } from "./mailbox-store";
import type { GraphResponse, JsonObject } from "./graph-types";
import type { RouteContext, RouteDef } from "./graph-deps";

export const defaultMessagePageSize = 10;
const basicForbidden = new Set([
  "body",
  "uniquebody",
  "bodypreview",
  "singlevalueextendedproperties",
]);

/** Mail.ReadBasic cannot read body, previewBody or extended properties, even where permissions.json allows the path. */
export function assertBasicReadable(
  context: RouteContext,
  query: { select?: string[]; filter?: FilterNode; expandExtended?: FilterNode },
): void {
  if (!context.isMailBasicOnly) return;
  const selected = (query.select ?? []).map((name) => name.toLowerCase());
  const filtered = query.filter
    ? listFilterPaths(query.filter).map((path) => path.toLowerCase())
    : [];
  const isWithheldRequested = [...selected, ...filtered].some((name) =>
    basicForbidden.has(name.split("/")[0] ?? ""),
  );
  if (isWithheldRequested || query.expandExtended !== undefined) throw accessDenied();
}

export function contextUrl(context: RouteContext, suffix: string): string {
  const userId =
    typeof context.deps.calendar.user.id === "string" ? context.deps.calendar.user.id : "";
  return `${context.deps.graphUrl}/$metadata#users('${userId}')/${suffix}`;
}

export function resolveFolderParam(context: RouteContext): MailFolder | undefined {
  const folderId = context.params.folderId;
  return folderId === undefined ? undefined : context.deps.store.requireFolder(folderId);
}

/** Message from `{messageId}`, also checking it is in `{folderId}` when the path names one. */
export function resolveMessageParam(context: RouteContext): StoredMessage {
  const message = context.deps.store.requireMessage(context.params.messageId ?? "");
  const folder = resolveFolderParam(context);
  if (folder && folder.id !== message.folderId) throw itemNotFound();
  return message;
}

export function renderFor(
  context: RouteContext,
  message: StoredMessage,
  query: Pick<ListQuery, "select" | "expandExtended">,
): JsonObject {
  return renderMessage(context.deps.store, message, {
    ...(query.select ? { select: query.select } : {}),
    ...(query.expandExtended ? { expandExtended: query.expandExtended } : {}),
    idType: context.prefer.idType,
    isBasicOnly: context.isMailBasicOnly,
  });
}

function listMessages(context: RouteContext): GraphResponse {
  const query = parseListQuery(context.req.query, {
    typeName: "message",
    allowed: collectionQueryOptions,
  });
  assertEfficientFilter(query.filter, query.orderBy);
  assertBasicReadable(context, query);
  const folder = resolveFolderParam(context);
  const { store } = context.deps;
  const byView = new Map<JsonObject, StoredMessage>();
  for (const message of store.listMessages(folder?.id))
    byView.set(buildFullView(store, message, context.prefer.idType), message);
  const { filter } = query;
  const matching = [...byView.keys()].filter((view) => (filter ? evaluate(filter, view) : true));
  const orderBy =
    query.orderBy.length > 0 ? query.orderBy : [{ path: "receivedDateTime", isDescending: true }];
  const sorted = sortItems(matching, orderBy);
  const pageSize = Math.min(
    query.top ?? defaultMessagePageSize,
    context.prefer.maxPageSize ?? Number.MAX_SAFE_INTEGER,
  );
  const { page, nextLink } = pageItems({
    items: sorted,
    skip: query.skip,
    pageSize,
    requestUrl: context.requestUrl,
  });
  const selectSuffix = query.select ? `(${query.select.join(",")})` : "";
  const path = folder
    ? `mailFolders('${folder.id}')/messages${selectSuffix}`
    : `messages${selectSuffix}`;
  const body: JsonObject = {
    "@odata.context": contextUrl(context, path),
    ...(query.isCountRequested ? { "@odata.count": matching.length } : {}),
    value: page.map((view) => {
      const message = byView.get(view);
      return message ? renderFor(context, message, query) : {};
    }),
    ...(nextLink ? { "@odata.nextLink": nextLink } : {}),
  };
  const applied: Record<string, string> =
    context.prefer.maxPageSize === undefined
      ? {}
      : { "Preference-Applied": `odata.maxpagesize=${context.prefer.maxPageSize}` };
  return jsonResponse(200, body, applied);
}

function getMessage(context: RouteContext): GraphResponse {
  const query = parseListQuery(context.req.query, {
    typeName: "message",
    allowed: ["$select", "$expand"],
  });
  assertBasicReadable(context, query);
  const message = resolveMessageParam(context);
  return jsonResponse(200, {
    "@odata.context": contextUrl(context, "messages/$entity"),
    ...renderFor(context, message, query),
  });
}

function renderFolder(context: RouteContext, folder: MailFolder): JsonObject {
  const messages = context.deps.store.listMessages(folder.id);
  return {
    id: folder.id,
    displayName: folder.displayName,
    parentFolderId: context.deps.store.folders[0]?.id ?? null,
    childFolderCount: 0,
    unreadItemCount: messages.filter((message) => message.props.isRead === false).length,
    totalItemCount: messages.length,
    sizeInBytes: messages.length * 4096,
    isHidden: false,
  };
}

export const messageReadRoutes: RouteDef[] = [
  {
    method: "GET",
    pattern: "/mailFolders",
    handler: (context) => {
      parseListQuery(context.req.query, {
        typeName: "mailFolder",
        allowed: ["$select", "$top", "$skip"],
      });
      const value = context.deps.store.folders.map((folder) => renderFolder(context, folder));
      return jsonResponse(200, { "@odata.context": contextUrl(context, "mailFolders"), value });
    },
  },
  {
    method: "GET",
    pattern: "/mailFolders/{folderId}",
    handler: (context) => {
      const folder = resolveFolderParam(context);
      return jsonResponse(200, {
        "@odata.context": contextUrl(context, "mailFolders/$entity"),
        ...(folder ? renderFolder(context, folder) : {}),
      });
    },
  },
  { method: "GET", pattern: "/messages", handler: listMessages },
  { method: "GET", pattern: "/mailFolders/{folderId}/messages", handler: listMessages },
  { method: "GET", pattern: "/messages/{messageId}", handler: getMessage },
  { method: "GET", pattern: "/mailFolders/{folderId}/messages/{messageId}", handler: getMessage },
];
