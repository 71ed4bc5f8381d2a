// Parses and validates $select/$filter/$orderby/$top/$skip/$expand/$count as Graph does, and pages a list with @odata.nextLink.
import { GraphError, badRequest } from "./graph-errors";
import { elementTypeName, findProperty } from "./graph-schema";
import { asText, isJsonObject } from "./graph-types";
import { listFilterPaths, parseFilter } from "./odata-filter-parser";
import type { Json, JsonObject } from "./graph-types";
import type { FilterNode } from "./odata-filter-parser";

export interface OrderBy {
  path: string;
  isDescending: boolean;
}

export interface ListQuery {
  select?: string[];
  filter?: FilterNode;
  orderBy: OrderBy[];
  top?: number;
  skip: number;
  isCountRequested: boolean;
  /** `$expand=singleValueExtendedProperties($filter=…)`: the inner filter. */
  expandExtended?: FilterNode;
}

export const maxTop = 1000;

/** The query options Graph accepts when listing messages or events. */
export const collectionQueryOptions = [
  "$select",
  "$filter",
  "$orderby",
  "$top",
  "$skip",
  "$count",
  "$expand",
] as const;

/** Reads one query option, rejecting duplicates as Graph does. Names compare case-insensitively. */
export function readOption(query: URLSearchParams, name: string): string | undefined {
  const values = [...query.entries()].filter(([key]) => key.toLowerCase() === name.toLowerCase());
  if (values.length > 1)
    throw badRequest(
      `Query option '${name}' was specified more than once, but it must be specified at most once.`,
    );
  return values[0]?.[1];
}

/** Rejects `$…` options the route does not support: a silent 200 would hide a client bug. */
export function rejectUnsupportedOptions(query: URLSearchParams, allowed: readonly string[]): void {
  for (const key of query.keys()) {
    const isSystemOption = key.startsWith("$");
    if (isSystemOption && !allowed.includes(key.toLowerCase())) {
      throw badRequest(
        `Query option '${key}' is not allowed. Make sure the query option is spelled correctly and supported on this resource.`,
      );
    }
  }
}

function parseSelect(text: string, typeName: string): string[] {
  return text.split(",").map((raw) => {
    const name = raw.trim();
    const prop = findProperty(typeName, name);
    if (!prop) {
      throw badRequest(
        `Could not find a property named '${name}' on type 'microsoft.graph.${typeName}'.`,
        "RequestBroker--ParseUri",
      );
    }
    return prop.name;
  });
}

/** Checks every non-variable path of a filter against the CSDL, walking complex types. */
export function validateFilterPaths(node: FilterNode, typeName: string): void {
  for (const path of listFilterPaths(node)) {
    let currentType = typeName;
    for (const segment of path.split("/")) {
      const prop = findProperty(currentType, segment);
      if (!prop) {
        throw badRequest(
          `Could not find a property named '${segment}' on type 'microsoft.graph.${currentType}'.`,
          "RequestBroker--ParseUri",
        );
      }
      currentType = elementTypeName(prop.type);
    }
  }
}

function parseExpand(text: string): FilterNode {
  const match = /^singleValueExtendedProperties\s*\(\s*\$filter\s*=\s*(.+)\)$/is.exec(text.trim());
  if (match?.[1] !== undefined) return parseFilter(match[1]);
  if (/^singleValueExtendedProperties$/i.test(text.trim())) {
    throw badRequest(
      "An extended property must be requested with $filter=id eq '...'; listing all extended properties is not supported.",
      "ErrorInvalidRequest",
    );
  }
  throw new GraphError(501, "NotImplemented", `The fake Graph does not implement $expand=${text}.`);
}

function parseInteger(name: string, text: string): number {
  if (!/^\d+$/.test(text)) throw badRequest(`Invalid value '${text}' for query option '${name}'.`);
  return Number(text);
}

/** e.g. "receivedDateTime desc, subject" → [{receivedDateTime, desc}, {subject, asc}]. */
function parseOrderBy(text: string, typeName: string): OrderBy[] {
  return text.split(",").map((part) => {
    const [path = "", direction = "asc", ...extra] = part.trim().split(/\s+/);
    if (extra.length > 0 || !/^(asc|desc)$/i.test(direction))
      throw badRequest(`Invalid $orderby clause '${part.trim()}'.`);
    validateFilterPaths({ kind: "path", segments: path.split("/") }, typeName);
    return { path, isDescending: direction.toLowerCase() === "desc" };
  });
}

/**
 * List messages rule (GRAPH-FACTS B6): $orderby properties must appear in $filter, in the same order, before any others.
 * e.g. filter "receivedDateTime ge X and conversationId eq 'c'" + orderby "receivedDateTime desc" passes; "conversationId eq 'c'" alone fails.
 */
export function assertEfficientFilter(filter: FilterNode | undefined, orderBy: OrderBy[]): void {
  if (!filter || orderBy.length === 0) return;
  const filterPaths = [...new Set(listFilterPaths(filter).map((p) => p.toLowerCase()))];
  const isEfficient = orderBy.every(
    (order, index) => filterPaths[index] === order.path.toLowerCase(),
  );
  if (!isEfficient)
    throw badRequest(
      "The restriction or sort order is too complex for this operation.",
      "InefficientFilter",
    );
}

export function parseListQuery(
  query: URLSearchParams,
  options: { typeName: string; allowed: readonly string[] },
): ListQuery {
  rejectUnsupportedOptions(query, options.allowed);
  const selectText = readOption(query, "$select");
  const filterText = readOption(query, "$filter");
  const orderText = readOption(query, "$orderby");
  const topText = readOption(query, "$top");
  const skipText = readOption(query, "$skip");
  const countText = readOption(query, "$count");
  const expandText = readOption(query, "$expand");
  const filter = filterText === undefined ? undefined : parseFilter(filterText);
  if (filter) validateFilterPaths(filter, options.typeName);
  const orderBy = orderText === undefined ? [] : parseOrderBy(orderText, options.typeName);
  const top = topText === undefined ? undefined : parseInteger("$top", topText);
  if (top !== undefined && top > maxTop)
    throw badRequest(
      `The limit of '${maxTop}' for Top query has been exceeded. The value from the incoming request is '${top}'.`,
    );
  if (countText !== undefined && !/^(true|false)$/i.test(countText))
    throw badRequest(`Invalid value '${countText}' for $count.`);
  return {
    ...(selectText === undefined ? {} : { select: parseSelect(selectText, options.typeName) }),
    ...(filter ? { filter } : {}),
    orderBy,
    ...(top === undefined ? {} : { top }),
    skip: skipText === undefined ? 0 : parseInteger("$skip", skipText),
    isCountRequested: countText?.toLowerCase() === "true",
    ...(expandText === undefined ? {} : { expandExtended: parseExpand(expandText) }),
  };
}

function readPath(item: JsonObject, path: string): Json | undefined {
  let current: Json | undefined = item;
  for (const segment of path.split("/"))
    current = isJsonObject(current) ? current[segment] : undefined;
  return current;
}

function compareForSort(a: Json | undefined, b: Json | undefined): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return -1;
  if (b === undefined || b === null) return 1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return asText(a).toLowerCase() < asText(b).toLowerCase() ? -1 : 1;
}

export function sortItems(items: JsonObject[], orderBy: OrderBy[]): JsonObject[] {
  return [...items].sort((left, right) => {
    for (const order of orderBy) {
      const result = compareForSort(readPath(left, order.path), readPath(right, order.path));
      if (result !== 0) return order.isDescending ? -result : result;
    }
    return 0;
  });
}

/** One page of a sorted, filtered list; `nextLink` keeps every option and advances $skip, as Graph's Outlook lists do. */
export function pageItems<T>(options: {
  items: T[];
  skip: number;
  pageSize: number;
  requestUrl: URL;
}): { page: T[]; nextLink?: string } {
  const page = options.items.slice(options.skip, options.skip + options.pageSize);
  const nextSkip = options.skip + options.pageSize;
  if (nextSkip >= options.items.length) return { page };
  const next = new URL(options.requestUrl.href);
  for (const key of [...next.searchParams.keys()])
    if (key.toLowerCase() === "$skip") next.searchParams.delete(key);
  next.searchParams.set("$skip", String(nextSkip));
  return { page, nextLink: next.href };
}
