// Resolves OData property paths (`from/emailAddress/address`, `ep/id`) against a CSDL type.
import { allPropertyNames, findProperty, isSameOrDerived, suggestName } from "./graph-types";
import type { GraphDescription, TypeRef } from "./graph-description";

export type PathResult =
  | { ok: true; type: TypeRef; isNavigation: boolean }
  | { ok: false; message: string };

/**
 * Walks `segments` from `typeName`: structural and navigation properties by exact name, type casts
 * (`microsoft.graph.eventMessage`) and a trailing `$count` on a collection.
 * e.g. ["from", "emailAddress", "address"] on message → Edm.String.
 */
export function resolvePropertyPath(
  description: GraphDescription,
  typeName: string,
  segments: string[],
): PathResult {
  let current: TypeRef = { typeName, isCollection: false };
  let isNavigation = false;
  for (const segment of segments) {
    if (segment === "$count" && current.isCollection)
      return {
        ok: true,
        type: { typeName: "Edm.Int32", isCollection: false },
        isNavigation: false,
      };
    const isTypeCast = segment.includes(".") && description.types.has(segment);
    if (isTypeCast) {
      if (!isSameOrDerived(description, segment, current.typeName))
        return {
          ok: false,
          message: `type cast '${segment}' does not derive from ${current.typeName}`,
        };
      current = { typeName: segment, isCollection: current.isCollection };
      continue;
    }
    if (current.isCollection)
      return {
        ok: false,
        message: `'${segment}' follows a collection (${current.typeName}); use any()/all()`,
      };
    if (!description.types.has(current.typeName))
      return {
        ok: false,
        message: `'${segment}' follows ${current.typeName}, which has no properties`,
      };
    const property = findProperty(description, current.typeName, segment);
    if (!property) {
      const suggestion = suggestName(segment, allPropertyNames(description, current.typeName));
      return {
        ok: false,
        message: `'${segment}' is not a property of ${current.typeName}${suggestion}`,
      };
    }
    current = { typeName: property.typeName, isCollection: property.isCollection };
    isNavigation = property.isNavigation;
  }
  return { ok: true, type: current, isNavigation };
}
