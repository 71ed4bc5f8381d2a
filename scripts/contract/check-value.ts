// Checks a JSON value (request or response body) against a CSDL type, recursing into complex and entity types.
import { isJsonObject, type ContractRule, type Finding, type JsonValue } from "./contract-types";
import {
  allPropertyNames,
  findProperty,
  isSameOrDerived,
  parseODataType,
  suggestName,
} from "./graph-types";
import type { GraphDescription, TypeRef } from "./graph-description";

export interface ValueCheckContext {
  description: GraphDescription;
  rule: ContractRule;
  /** Delta responses mark deleted items with `@removed`. */
  allowRemoved?: boolean;
}

const stringTypes = new Set([
  "Edm.String",
  "Edm.Guid",
  "Edm.DateTimeOffset",
  "Edm.Date",
  "Edm.TimeOfDay",
  "Edm.Duration",
  "Edm.Binary",
]);
const integerTypes = new Set(["Edm.Int16", "Edm.Int32", "Edm.Byte", "Edm.SByte"]);
// IEEE754Compatible=true serialises these as strings.
const numericTypes = new Set(["Edm.Int64", "Edm.Decimal", "Edm.Double", "Edm.Single"]);

/** True for instance and property annotations: `@odata.type`, `@odata.etag`, `manager@odata.bind`, `@microsoft.graph.conflictBehavior`. */
function isAnnotation(key: string, allowRemoved: boolean): boolean {
  if (key === "@removed") return allowRemoved;
  return (
    key.startsWith("@odata.") ||
    key.startsWith("@microsoft.graph.") ||
    (key.includes("@") && !key.startsWith("@"))
  );
}

/**
 * Returns findings for every member of `value` that `type` does not declare, or whose JSON kind
 * does not match, e.g. `{ toRecipient: [] }` on message → "body.toRecipient is not a property of microsoft.graph.message".
 */
export function checkValue(
  context: ValueCheckContext,
  type: TypeRef,
  value: JsonValue,
  at: string,
): Finding[] {
  if (value === null) return [];
  const { description, rule } = context;
  if (type.isCollection) {
    if (!Array.isArray(value))
      return [{ rule, message: `${at} must be an array of ${type.typeName}` }];
    return value.flatMap((item, index) =>
      checkValue(context, { ...type, isCollection: false }, item, `${at}[${index}]`),
    );
  }
  if (description.types.has(type.typeName))
    return checkStructured(context, type.typeName, value, at);
  const enumType = description.enums.get(type.typeName);
  if (enumType) {
    if (typeof value !== "string")
      return [{ rule, message: `${at} must be a ${type.typeName} member name` }];
    const members = enumType.isFlags ? value.split(",").map((member) => member.trim()) : [value];
    // Graph reads enum members case-insensitively: the docs send "HTML" for bodyType `html`.
    const declared = new Set([...enumType.members].map((member) => member.toLowerCase()));
    const unknown = members.filter((member) => !declared.has(member.toLowerCase()));
    return unknown.map((member) => ({
      rule,
      message: `${at}: '${member}' is not a member of ${type.typeName}`,
    }));
  }
  const isKindMismatch =
    (stringTypes.has(type.typeName) && typeof value !== "string") ||
    (type.typeName === "Edm.Boolean" && typeof value !== "boolean") ||
    (integerTypes.has(type.typeName) && !Number.isInteger(value)) ||
    (numericTypes.has(type.typeName) && typeof value !== "number" && typeof value !== "string");
  return isKindMismatch
    ? [{ rule, message: `${at} must be ${type.typeName}, got ${JSON.stringify(value)}` }]
    : [];
}

function checkStructured(
  context: ValueCheckContext,
  declared: string,
  value: JsonValue,
  at: string,
): Finding[] {
  const { description, rule } = context;
  if (!isJsonObject(value)) return [{ rule, message: `${at} must be an object of ${declared}` }];
  const findings: Finding[] = [];
  let typeName = declared;
  const odataType = value["@odata.type"];
  if (typeof odataType === "string") {
    const actual = parseODataType(odataType);
    const isKnownSubtype =
      description.types.has(actual) && isSameOrDerived(description, actual, declared);
    if (isKnownSubtype) typeName = actual;
    else
      findings.push({
        rule,
        message: `${at}: @odata.type '${odataType}' is not ${declared} or a type derived from it`,
      });
  }
  for (const [key, member] of Object.entries(value)) {
    if (isAnnotation(key, context.allowRemoved === true)) continue;
    const property = findProperty(description, typeName, key);
    if (!property) {
      const suggestion = suggestName(key, allPropertyNames(description, typeName));
      findings.push({
        rule,
        message: `${at}.${key} is not a property of ${typeName}${suggestion}`,
      });
      continue;
    }
    findings.push(...checkValue(context, property, member, `${at}.${key}`));
  }
  return findings;
}
