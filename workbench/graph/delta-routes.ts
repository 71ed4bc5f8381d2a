// GET /mailFolders/{id}/messages/delta: the documented option subset, pages with nextLink then deltaLink, 410/syncStateNotFound on demand.
import { GraphError, badRequest } from "./graph-errors";
import { asText, jsonResponse } from "./graph-types";
import { diffBaselines } from "./delta-state";
import { assertBasicReadable, contextUrl, defaultMessagePageSize } from "./message-read-routes";
import { buildFullView, messageId, renderMessage } from "./message-view";
import { parseFilter } from "./odata-filter-parser";
import { parseListQuery, readOption } from "./odata-query";
import type {
  Baseline,
  BaselineEntry,
  ChangeType,
  DeltaOptions,
  DeltaSession,
} from "./delta-state";
import type { GraphResponse, JsonObject } from "./graph-types";
import type { RouteContext, RouteDef } from "./graph-deps";

const tokenNames = ["$deltatoken", "$skiptoken"];

/** delta-query-messages.md: $filter supports only receivedDateTime ge|gt, $orderby only receivedDateTime desc. */
function parseInitialOptions(context: RouteContext, folderId: string): DeltaOptions {
  const { query } = context.req;
  for (const key of query.keys()) {
    const isAllowed = ["$select", "$top", "$expand", "$filter", "$orderby", "changetype"].includes(
      key.toLowerCase(),
    );
    if (!isAllowed)
      throw badRequest(
        `The query parameter '${key}' is not supported with change tracking over the 'Messages' resource.`,
      );
  }
  const filterText = readOption(query, "$filter");
  const orderText = readOption(query, "$orderby");
  const changeTypeText = readOption(query, "changeType");
  const filter = filterText === undefined ? undefined : parseFilter(filterText);
  const isSupportedFilter =
    filter === undefined ||
    (filter.kind === "compare" &&
      (filter.op === "ge" || filter.op === "gt") &&
      filter.left.kind === "path" &&
      filter.left.segments.join("/").toLowerCase() === "receiveddatetime" &&
      filter.right.kind === "literal" &&
      filter.right.literalType === "datetime");
  if (!isSupportedFilter)
    throw badRequest(
      "Delta query on messages supports $filter only on receivedDateTime with ge or gt.",
      "ErrorInvalidUrlQueryFilter",
    );
  if (orderText !== undefined && !/^\s*receivedDateTime\s+desc\s*$/i.test(orderText))
    throw badRequest("Delta query on messages supports $orderby=receivedDateTime desc only.");
  if (changeTypeText !== undefined && !/^(created|updated|deleted)$/.test(changeTypeText))
    throw badRequest(`Invalid changeType '${changeTypeText}'.`);
  const withoutCustom = new URLSearchParams(
    [...query.entries()].filter(
      ([key]) =>
        key.toLowerCase() !== "changetype" &&
        key.toLowerCase() !== "$filter" &&
        key.toLowerCase() !== "$orderby",
    ),
  );
  const parsed = parseListQuery(withoutCustom, {
    typeName: "message",
    allowed: ["$select", "$top", "$expand"],
  });
  assertBasicReadable(context, parsed);
  if (
    parsed.expandExtended &&
    context.deps.faults.switches.deltaExpandExtendedProperties === "500"
  ) {
    throw new GraphError(
      500,
      "InternalServerError",
      "An internal server error occurred. The operation failed.",
    );
  }
  const topPageSize = context.deps.faults.switches.isDeltaTopHonoured ? parsed.top : undefined;
  const minReceived =
    filter?.kind === "compare" &&
    filter.right.kind === "literal" &&
    typeof filter.right.value === "string"
      ? {
          op: filter.op === "gt" ? ("gt" as const) : ("ge" as const),
          ms: Date.parse(filter.right.value),
        }
      : undefined;
  return {
    folderId,
    initialUrl: `${context.requestUrl.pathname}${context.requestUrl.search}`,
    ...(parsed.select ? { select: parsed.select } : {}),
    ...(parsed.expandExtended ? { expandExtended: parsed.expandExtended } : {}),
    ...(minReceived ? { minReceived } : {}),
    ...(changeTypeText === undefined ? {} : { changeType: changeTypeText as ChangeType }),
    idType: context.prefer.idType,
    pageSize: context.prefer.maxPageSize ?? topPageSize ?? defaultMessagePageSize,
  };
}

function snapshot(context: RouteContext, options: DeltaOptions): Baseline {
  const { store } = context.deps;
  const baseline: Baseline = new Map();
  const messages = store
    .listMessages(options.folderId)
    .sort((a, b) =>
      asText(b.props.receivedDateTime).localeCompare(asText(a.props.receivedDateTime)),
    );
  for (const message of messages) {
    const receivedMs = Date.parse(asText(message.props.receivedDateTime));
    const min = options.minReceived;
    const isInWindow =
      min === undefined || (min.op === "ge" ? receivedMs >= min.ms : receivedMs > min.ms);
    if (isInWindow)
      baseline.set(message.key, {
        id: messageId(message, options.idType),
        view: buildFullView(store, message, options.idType),
      });
  }
  return baseline;
}

function respondWithPage(
  context: RouteContext,
  session: DeltaSession,
  items: JsonObject[],
): GraphResponse {
  const pageSize = context.prefer.maxPageSize ?? session.options.pageSize;
  const page = items.slice(0, pageSize);
  const remaining = items.slice(pageSize);
  const base = `${context.deps.graphUrl}/me/mailFolders('${session.options.folderId}')/messages/delta`;
  const link: JsonObject =
    remaining.length > 0
      ? {
          "@odata.nextLink": `${base}?$skiptoken=${context.deps.delta.save({ ...session, remaining })}`,
        }
      : {
          "@odata.deltaLink": `${base}?$deltatoken=${context.deps.delta.save({ epoch: session.epoch, options: session.options, baseline: session.baseline })}`,
        };
  return jsonResponse(200, {
    "@odata.context": contextUrl(
      context,
      "mailFolders('" + session.options.folderId + "')/messages/$delta",
    ),
    value: page,
    ...link,
  });
}

function resolveToken(context: RouteContext, folderId: string): DeltaSession | undefined {
  const { query } = context.req;
  const tokenKey = [...query.keys()].find((key) => tokenNames.includes(key.toLowerCase()));
  if (tokenKey === undefined) return undefined;
  if ([...query.keys()].length > 1)
    throw badRequest(
      "A delta or skip token must be used as returned, without other query options.",
    );
  const session = context.deps.delta.find(query.get(tokenKey) ?? "");
  const isOtherFolder = session !== undefined && session.options.folderId !== folderId;
  if (!session || isOtherFolder)
    throw badRequest("The sync state could not be found.", "syncStateNotFound");
  if (session.epoch < context.deps.faults.deltaEpoch) {
    if (context.deps.faults.deltaInvalidationMode === "syncStateNotFound")
      throw badRequest("The sync state could not be found.", "syncStateNotFound");
    throw new GraphError(
      410,
      "resyncRequired",
      "Resync required. Replace any local cached data with a full delta sync.",
      {
        Location: `${new URL(context.deps.graphUrl).origin}${session.options.initialUrl}`,
      },
    );
  }
  return session;
}

function getDelta(context: RouteContext): GraphResponse {
  const folder = context.deps.store.requireFolder(context.params.folderId ?? "");
  const session = resolveToken(context, folder.id);
  const { store } = context.deps;
  const options = session?.options ?? parseInitialOptions(context, folder.id);
  if (session?.remaining) return respondWithPage(context, session, session.remaining);
  const after = snapshot(context, options);
  const changes = diffBaselines({
    before: session?.baseline ?? new Map<string, BaselineEntry>(),
    after,
    ...(options.changeType ? { changeType: options.changeType } : {}),
    renderFull: (key) => {
      const message = store.listMessages().find((candidate) => candidate.key === key);
      if (!message) return {};
      const view = renderMessage(store, message, {
        ...options,
        isBasicOnly: context.isMailBasicOnly,
      });
      return { "@odata.type": "#microsoft.graph.message", ...view };
    },
  });
  return respondWithPage(
    context,
    { epoch: context.deps.faults.deltaEpoch, options, baseline: after },
    changes,
  );
}

export const deltaRoutes: RouteDef[] = [
  { method: "GET", pattern: "/mailFolders/{folderId}/messages/delta", handler: getDelta },
];
