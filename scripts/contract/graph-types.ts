// Look-ups over the indexed CSDL: base-type chains, inherited properties, derived types, name suggestions.
import type { GraphDescription, PropertyDef, StructuredType } from "./graph-description";

/** The type and its base types, most derived first: message → outlookItem → entity. */
export function typeChain(description: GraphDescription, typeName: string): StructuredType[] {
  const chain: StructuredType[] = [];
  let current = description.types.get(typeName);
  while (current && chain.length < 32) {
    chain.push(current);
    current = current.baseType ? description.types.get(current.baseType) : undefined;
  }
  return chain;
}

/** Finds a property or navigation property by exact name, walking base types. */
export function findProperty(
  description: GraphDescription,
  typeName: string,
  name: string,
): PropertyDef | undefined {
  for (const type of typeChain(description, typeName)) {
    const property = type.properties.get(name);
    if (property) return property;
  }
  return undefined;
}

/** Case-insensitive look-up, as Graph accepts `mailfolders` for `mailFolders` in URL paths. */
export function findPropertyIgnoringCase(
  description: GraphDescription,
  typeName: string,
  name: string,
): PropertyDef | undefined {
  const lower = name.toLowerCase();
  for (const type of typeChain(description, typeName)) {
    for (const property of type.properties.values()) {
      if (property.name.toLowerCase() === lower) return property;
    }
  }
  return undefined;
}

export function allPropertyNames(description: GraphDescription, typeName: string): string[] {
  return typeChain(description, typeName).flatMap((type) => [...type.properties.keys()]);
}

export function isSameOrDerived(
  description: GraphDescription,
  typeName: string,
  baseName: string,
): boolean {
  return typeChain(description, typeName).some((type) => type.fullName === baseName);
}

/** Resolves an `@odata.type` value such as `#microsoft.graph.customTimeZone` to a qualified name. */
export function parseODataType(value: string): string {
  return value.replace(/^#/, "").replace(/^graph\./, "microsoft.graph.");
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      const substitution = diagonal + (a[i - 1] === b[j - 1] ? 0 : 1);
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, substitution);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** ` (did you mean 'subject'?)` when a declared name is within two edits, else an empty string. */
export function suggestName(name: string, candidates: Iterable<string>): string {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best ? ` (did you mean '${best.candidate}'?)` : "";
}
