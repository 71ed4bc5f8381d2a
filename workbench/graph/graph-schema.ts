// Reads entity, complex and enum types from the official Graph v1.0 CSDL so bodies, $select and $filter are checked against it.
import { readFileSync } from "node:fs";
import { badRequest } from "./graph-errors";
import { isJsonObject } from "./graph-types";
import { resolveSharedPath } from "./shared-paths";
import type { Json } from "./graph-types";

export interface SchemaProperty {
  name: string;
  /** e.g. "Edm.String", "Collection(graph.recipient)", "graph.itemBody". */
  type: string;
  isNavigation: boolean;
}

interface SchemaType {
  baseType?: string;
  properties: SchemaProperty[];
}

interface Schema {
  types: Map<string, SchemaType>;
  enums: Set<string>;
}

let cached: Schema | undefined;

function loadSchema(): Schema {
  if (cached) return cached;
  const xml = readFileSync(
    resolveSharedPath("oracles/graph/msgraph-metadata__clean_v10_metadata__cleanMetadata.xml"),
    "utf8",
  );
  const types = new Map<string, SchemaType>();
  // Self-closing types (`<ComplexType Name="x" />`) must not swallow the next type's body.
  const blockPattern = /<(EntityType|ComplexType)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/g;
  for (const match of xml.matchAll(blockPattern)) {
    const attributes = match[2] ?? "";
    const name = /\bName="([^"]+)"/.exec(attributes)?.[1];
    if (name === undefined) continue;
    const baseType = /\bBaseType="graph\.([^"]+)"/.exec(attributes)?.[1];
    const properties: SchemaProperty[] = [];
    for (const prop of (match[3] ?? "").matchAll(
      /<(Property|NavigationProperty) Name="([^"]+)" Type="([^"]+)"/g,
    )) {
      properties.push({
        name: prop[2] ?? "",
        type: prop[3] ?? "",
        isNavigation: prop[1] === "NavigationProperty",
      });
    }
    // Later schemas (other namespaces) reuse names such as "user"; the microsoft.graph one comes first.
    if (!types.has(name))
      types.set(name, { ...(baseType === undefined ? {} : { baseType }), properties });
  }
  const enums = new Set([...xml.matchAll(/<EnumType Name="([^"]+)"/g)].map((m) => m[1] ?? ""));
  cached = { types, enums };
  return cached;
}

/** All properties of a type including inherited ones, e.g. message → outlookItem → entity. */
export function getTypeProperties(typeName: string): Map<string, SchemaProperty> {
  const schema = loadSchema();
  const result = new Map<string, SchemaProperty>();
  let current: string | undefined = typeName;
  while (current !== undefined) {
    const type = schema.types.get(current);
    if (!type) break;
    for (const prop of type.properties) if (!result.has(prop.name)) result.set(prop.name, prop);
    current = type.baseType;
  }
  return result;
}

/** Finds a property case-insensitively as Graph does for $select/$filter. */
export function findProperty(typeName: string, name: string): SchemaProperty | undefined {
  const lower = name.toLowerCase();
  for (const prop of getTypeProperties(typeName).values())
    if (prop.name.toLowerCase() === lower) return prop;
  return undefined;
}

/** "Collection(graph.recipient)" → "recipient"; "graph.itemBody" → "itemBody"; Edm types unchanged. */
export function elementTypeName(type: string): string {
  const inner = /^Collection\((.*)\)$/.exec(type)?.[1] ?? type;
  return inner.startsWith("graph.") ? inner.slice("graph.".length) : inner;
}

function describeMismatch(value: Json, type: string): string {
  return `Cannot convert the literal '${JSON.stringify(value)}' to the expected type '${type}'.`;
}

/** Throws a Graph-shaped 400 when a request body does not fit the CSDL type (unknown property or wrong JSON type). */
export function validateAgainstType(
  value: Json,
  typeName: string,
  odataTypeLabel = typeName,
): void {
  if (!isJsonObject(value))
    throw badRequest(describeMismatch(value, `microsoft.graph.${typeName}`), "RequestBodyRead");
  const props = getTypeProperties(typeName);
  for (const [key, fieldValue] of Object.entries(value)) {
    if (key.startsWith("@odata.")) continue;
    const prop = props.get(key);
    if (!prop) {
      throw badRequest(
        `The property '${key}' does not exist on type 'microsoft.graph.${odataTypeLabel}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
        "RequestBodyRead",
      );
    }
    validateValue(fieldValue, prop.type);
  }
}

function validateValue(value: Json, type: string): void {
  if (value === null) return;
  const collection = /^Collection\((.*)\)$/.exec(type)?.[1];
  if (collection !== undefined) {
    if (!Array.isArray(value)) throw badRequest(describeMismatch(value, type), "RequestBodyRead");
    for (const element of value) validateValue(element, collection);
    return;
  }
  const isValid = checkScalar(value, type);
  if (isValid === false) throw badRequest(describeMismatch(value, type), "RequestBodyRead");
  if (isValid === undefined) validateAgainstType(value, elementTypeName(type));
}

/** true/false for scalars and enums; undefined when the type is structured and must be walked. */
function checkScalar(value: Json, type: string): boolean | undefined {
  switch (type) {
    case "Edm.String":
    case "Edm.DateTimeOffset":
    case "Edm.Guid":
    case "Edm.Binary":
    case "Edm.Date":
    case "Edm.TimeOfDay":
    case "Edm.Duration":
      return typeof value === "string";
    case "Edm.Boolean":
      return typeof value === "boolean";
    case "Edm.Int32":
    case "Edm.Int64":
    case "Edm.Double":
    case "Edm.Single":
      return typeof value === "number";
    default:
      break;
  }
  if (loadSchema().enums.has(elementTypeName(type))) return typeof value === "string";
  return isJsonObject(value) ? undefined : false;
}
