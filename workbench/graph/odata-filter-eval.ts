// Evaluates a parsed $filter against one Graph item, with Exchange's comparison rules (strings case-insensitive, extended-property Name case-sensitive).
import { isJsonObject } from "./graph-types";
import type { CompareOp, FilterNode } from "./odata-filter-parser";
import type { Json, JsonObject } from "./graph-types";

type Value = Json | undefined;
type Scope = Map<string, { value: Json; collection: string }>;

/** True when `id` values name the same extended property: type, GUID and proptag case-insensitive, the Name part case-sensitive (GRAPH-FACTS B7). */
export function isSameExtendedPropertyId(left: string, right: string): boolean {
  const split = (id: string): [string, string | undefined] => {
    const match = /^(.*?\sName\s)(.*)$/is.exec(id.trim());
    return match
      ? [match[1]?.toLowerCase().replace(/\s+/g, " ") ?? "", match[2]]
      : [id.trim().toLowerCase(), undefined];
  };
  const [leftHead, leftName] = split(left);
  const [rightHead, rightName] = split(right);
  return leftHead === rightHead && leftName === rightName;
}

function resolvePath(
  segments: string[],
  item: JsonObject,
  scope: Scope,
): { value: Value; isExtendedId: boolean } {
  const [first = "", ...rest] = segments;
  const bound = scope.get(first);
  let current: Value = bound ? bound.value : lookup(item, first);
  for (const segment of rest)
    current = isJsonObject(current) ? lookup(current, segment) : undefined;
  const isExtendedId =
    bound !== undefined &&
    /singlevalueextendedproperties$/i.test(bound.collection) &&
    rest.join("/").toLowerCase() === "id";
  return { value: current, isExtendedId };
}

function lookup(object: JsonObject, name: string): Value {
  if (name in object) return object[name];
  const lower = name.toLowerCase();
  const key = Object.keys(object).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : object[key];
}

function evaluateValue(
  node: FilterNode,
  item: JsonObject,
  scope: Scope,
): { value: Value; isExtendedId: boolean } {
  if (node.kind === "literal") return { value: node.value, isExtendedId: false };
  if (node.kind === "path") return resolvePath(node.segments, item, scope);
  if (node.kind === "cast") {
    const inner = evaluateValue(node.operand, item, scope).value;
    const isNumeric = /Int|Double|Single|Decimal/i.test(node.typeName);
    const value = isNumeric && typeof inner === "string" ? Number(inner) : inner;
    return { value, isExtendedId: false };
  }
  return { value: evaluate(node, item, scope), isExtendedId: false };
}

const dateLike = /^\d{4}-\d{2}-\d{2}T/;

function compareValues(op: CompareOp, left: Value, right: Value, isExtendedId: boolean): boolean {
  const leftValue = left ?? null;
  const rightValue = right ?? null;
  if (leftValue === null || rightValue === null) {
    const isEqual = leftValue === rightValue;
    return op === "eq" ? isEqual : op === "ne" ? !isEqual : false;
  }
  let order: number;
  if (typeof leftValue === "string" && typeof rightValue === "string") {
    if (isExtendedId && (op === "eq" || op === "ne")) {
      const isEqual = isSameExtendedPropertyId(leftValue, rightValue);
      return op === "eq" ? isEqual : !isEqual;
    }
    const isDateComparison = dateLike.test(leftValue) && dateLike.test(rightValue);
    order = isDateComparison
      ? Date.parse(leftValue) - Date.parse(rightValue)
      : leftValue.toLowerCase().localeCompare(rightValue.toLowerCase());
  } else if (typeof leftValue === "number" && typeof rightValue === "number") {
    order = leftValue - rightValue;
  } else if (typeof leftValue === "boolean" && typeof rightValue === "boolean") {
    order = Number(leftValue) - Number(rightValue);
  } else {
    return op === "ne";
  }
  const outcomes: Record<CompareOp, boolean> = {
    eq: order === 0,
    ne: order !== 0,
    gt: order > 0,
    ge: order >= 0,
    lt: order < 0,
    le: order <= 0,
  };
  return outcomes[op];
}

/** Evaluates `node` on `item`, e.g. "flag/flagStatus eq 'flagged'" on a message. */
export function evaluate(node: FilterNode, item: JsonObject, scope: Scope = new Map()): boolean {
  switch (node.kind) {
    case "logical":
      return node.op === "and"
        ? evaluate(node.left, item, scope) && evaluate(node.right, item, scope)
        : evaluate(node.left, item, scope) || evaluate(node.right, item, scope);
    case "not":
      return !evaluate(node.operand, item, scope);
    case "compare": {
      const left = evaluateValue(node.left, item, scope);
      const right = evaluateValue(node.right, item, scope);
      return compareValues(
        node.op,
        left.value,
        right.value,
        left.isExtendedId || right.isExtendedId,
      );
    }
    case "call": {
      const [haystack, needle] = node.args.map((arg) => evaluateValue(arg, item, scope).value);
      if (typeof haystack !== "string" || typeof needle !== "string") return false;
      const [h, n] = [haystack.toLowerCase(), needle.toLowerCase()];
      return node.name === "contains"
        ? h.includes(n)
        : node.name === "startswith"
          ? h.startsWith(n)
          : h.endsWith(n);
    }
    case "any": {
      const collection = resolvePath(node.collection, item, scope).value;
      if (!Array.isArray(collection)) return false;
      const { predicate } = node;
      if (!predicate) return collection.length > 0;
      const collectionName = node.collection.join("/");
      return collection.some((element) =>
        evaluate(
          predicate,
          item,
          new Map([...scope, [node.variable, { value: element, collection: collectionName }]]),
        ),
      );
    }
    case "literal":
      return node.value === true;
    case "path":
    case "cast":
      return evaluateValue(node, item, scope).value === true;
  }
}

function prefixPaths(node: FilterNode, variable: string): FilterNode {
  switch (node.kind) {
    case "path":
      return { kind: "path", segments: [variable, ...node.segments] };
    case "compare":
    case "logical":
      return {
        ...node,
        left: prefixPaths(node.left, variable),
        right: prefixPaths(node.right, variable),
      };
    case "not":
      return { kind: "not", operand: prefixPaths(node.operand, variable) };
    case "call":
      return { ...node, args: node.args.map((arg) => prefixPaths(arg, variable)) };
    case "cast":
      return { ...node, operand: prefixPaths(node.operand, variable) };
    default:
      return node;
  }
}

/** Evaluates an `$expand=singleValueExtendedProperties($filter=…)` filter on one {id, value} with the B7 case rules. */
export function evaluateOnExtendedProperty(node: FilterNode, property: JsonObject): boolean {
  const variable = "$extendedProperty";
  const scope: Scope = new Map([
    [variable, { value: property, collection: "singleValueExtendedProperties" }],
  ]);
  return evaluate(prefixPaths(node, variable), {}, scope);
}
