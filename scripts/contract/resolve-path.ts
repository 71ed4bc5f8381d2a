// Resolves a Graph URL path (`/me/mailFolders/inbox/messages/delta()`) through the CSDL to the addressed type.
import {
  loadGraphDescription,
  type GraphDescription,
  type OperationDef,
  type TypeRef,
} from "./graph-description";
import {
  allPropertyNames,
  findPropertyIgnoringCase,
  isSameOrDerived,
  suggestName,
  typeChain,
} from "./graph-types";
import { toUriTemplateKey, type UriTemplateEntry } from "./uri-templates";
import type { CustomQueryOption } from "./csdl-query-options";

export type ResolvedKind =
  | "entity"
  | "collection"
  | "complex"
  | "primitive"
  | "operation"
  | "count"
  | "value";

export interface ResolvedPath {
  kind: ResolvedKind;
  /** The entity/complex type addressed, the collection's item type, or the operation's return type. */
  type: TypeRef | undefined;
  /** Normalised operation path, keys as `{id}`, names as the CSDL spells them: `/me/mailFolders/{id}/messages/delta`. */
  template: string;
  /** Set when the last segment is a bound action or function. */
  operation: OperationDef | undefined;
  /** Custom query options the CSDL annotates for this path (navigation restrictions and operation restrictions). */
  customQueryOptions: CustomQueryOption[];
  uriTemplate: UriTemplateEntry | undefined;
}

export type ResolveResult = { ok: true; resolved: ResolvedPath } | { ok: false; message: string };

interface Cursor {
  kind: ResolvedKind;
  type: TypeRef | undefined;
  template: string[];
  operation: OperationDef | undefined;
  /** Annotation anchors with the navigation path walked below each, keys skipped. */
  anchors: { anchor: string; path: string[] }[];
}

/**
 * Resolves a path without the `/v1.0` prefix, e.g. `/me/messages/{id}/send` → operation `send` on message.
 * Segment names match case-insensitively; a collection's next segment is a key unless it names a bound
 * operation, `$count` or a type cast.
 */
export function resolveGraphPath(
  path: string,
  description = loadGraphDescription(),
): ResolveResult {
  const segments = path
    .split("/")
    .filter((segment) => segment !== "")
    .map(safeDecode);
  const [first, ...rest] = segments;
  if (first === undefined) return { ok: false, message: "empty path" };
  const rootMatch = /^([^(]+)(?:\((.*)\))?$/.exec(first);
  const root = description.roots.get((rootMatch?.[1] ?? first).toLowerCase());
  if (!root)
    return {
      ok: false,
      message: `segment '${first}' is not a singleton or entity set of the Graph service`,
    };
  let cursor: Cursor = {
    kind: root.isCollection ? "collection" : "entity",
    type: { typeName: root.typeName, isCollection: false },
    template: [root.name],
    operation: undefined,
    anchors: [{ anchor: `root:${root.name.toLowerCase()}`, path: [] }],
  };
  if (rootMatch?.[2] !== undefined && root.isCollection)
    cursor = { ...cursor, kind: "entity", template: [root.name, "{id}"] };
  for (const segment of rest) {
    const next = stepSegment(description, cursor, segment);
    if (typeof next === "string") return { ok: false, message: next };
    cursor = next;
  }
  const fromAnnotations = cursor.anchors.flatMap(
    ({ anchor, path: navPath }) =>
      description.queryOptions.get(`${anchor}|${navPath.join("/").toLowerCase()}`) ?? [],
  );
  const template = `/${cursor.template.join("/")}`;
  const resolved: ResolvedPath = {
    kind: cursor.kind,
    type: cursor.type,
    template,
    operation: cursor.operation,
    customQueryOptions: [...fromAnnotations, ...(cursor.operation?.customQueryOptions ?? [])],
    uriTemplate: description.uriTemplates.get(toUriTemplateKey(template)),
  };
  return { ok: true, resolved };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function describeCursor(cursor: Cursor): string {
  const typeName = cursor.type?.typeName ?? "unknown";
  return cursor.kind === "collection" ? `Collection(${typeName})` : typeName;
}

function findOperation(
  description: GraphDescription,
  cursor: Cursor,
  name: string,
): OperationDef | undefined {
  const typeName = cursor.type?.typeName;
  if (!typeName) return undefined;
  const isCollection = cursor.kind === "collection";
  const candidates = (description.operations.get(name.toLowerCase()) ?? []).filter(
    (operation) =>
      operation.binding.isCollection === isCollection &&
      isSameOrDerived(description, typeName, operation.binding.typeName),
  );
  // The most specific binding wins: delta on Collection(message) over one bound to a base type.
  const depth = (operation: OperationDef): number =>
    typeChain(description, typeName).findIndex(
      (type) => type.fullName === operation.binding.typeName,
    );
  return candidates.sort((a, b) => depth(a) - depth(b))[0];
}

function stepSegment(
  description: GraphDescription,
  cursor: Cursor,
  segment: string,
): Cursor | string {
  const here = describeCursor(cursor);
  const isTerminal =
    cursor.kind === "operation" ||
    cursor.kind === "count" ||
    cursor.kind === "value" ||
    cursor.kind === "primitive";
  if (isTerminal)
    return `segment '${segment}' cannot follow ${cursor.template.at(-1) ?? ""} (${cursor.kind})`;
  const typeName = cursor.type?.typeName ?? "";
  const call = /^([^(]+)\((.*)\)$/.exec(segment);
  const name = call?.[1] ?? segment;
  const operation = findOperation(description, cursor, name);
  if (operation) {
    // Navigation annotations describe the navigation, not operations bound to it: those carry their own.
    return {
      kind: "operation",
      type: operation.returnType,
      template: [...cursor.template, operation.name],
      operation,
      anchors: [],
    };
  }
  if (call) {
    const property =
      cursor.kind === "collection"
        ? undefined
        : findPropertyIgnoringCase(description, typeName, name);
    if (!property?.isCollection)
      return `segment '${segment}' is not a bound function or action of ${here}`;
    const navigated = stepSegment(description, cursor, name);
    return typeof navigated === "string" ? navigated : stepSegment(description, navigated, "{key}");
  }
  if (segment === "$count" && cursor.kind === "collection")
    return { ...cursor, kind: "count", template: [...cursor.template, "$count"], anchors: [] };
  if (segment === "$value") {
    const hasStream = typeChain(description, typeName).some((type) => type.hasStream);
    if (cursor.kind === "entity" && hasStream)
      return { ...cursor, kind: "value", template: [...cursor.template, "$value"], anchors: [] };
    return `segment '$value' is not valid on ${here}: it is not a media entity`;
  }
  const isTypeCast = segment.includes(".") && description.types.has(segment);
  if (isTypeCast) {
    if (!isSameOrDerived(description, segment, typeName))
      return `type cast '${segment}' does not derive from ${typeName}`;
    return {
      ...cursor,
      type: { typeName: segment, isCollection: false },
      template: [...cursor.template, segment],
    };
  }
  if (cursor.kind === "collection")
    return { ...cursor, kind: "entity", template: [...cursor.template, "{id}"] };
  const property = findPropertyIgnoringCase(description, typeName, segment);
  if (!property) {
    const suggestion = suggestName(segment, allPropertyNames(description, typeName));
    return `segment '${segment}' is not a property of ${here}${suggestion}`;
  }
  const isStructured = description.types.has(property.typeName);
  const kind: ResolvedKind = property.isCollection
    ? "collection"
    : !isStructured
      ? "primitive"
      : property.isNavigation
        ? "entity"
        : "complex";
  const declaringTypes = typeChain(description, typeName).map((type) => ({
    anchor: `type:${type.fullName}`,
    path: [property.name],
  }));
  return {
    kind,
    type: { typeName: property.typeName, isCollection: false },
    template: [...cursor.template, property.name],
    operation: undefined,
    anchors: [
      ...cursor.anchors.map((anchor) => ({ ...anchor, path: [...anchor.path, property.name] })),
      ...declaringTypes,
    ],
  };
}
