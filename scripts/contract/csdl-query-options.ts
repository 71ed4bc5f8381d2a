// Extracts custom query options (e.g. calendarView startDateTime) from CSDL capability annotations.
import { attr, childNodes, childText, type XmlNode } from "./csdl-xml";

export interface CustomQueryOption {
  name: string;
  required: boolean;
}

/** A set of options that applies to `path` (navigation names, keys skipped) below an anchor; no path means the anchor itself. */
export interface ScopedQueryOptions {
  path: string | undefined;
  options: CustomQueryOption[];
}

function propertyValue(record: XmlNode, property: string): XmlNode | undefined {
  return childNodes(record, "PropertyValue").find((pv) => attr(pv, "Property") === property);
}

function readOptionRecords(collection: XmlNode): CustomQueryOption[] {
  return childNodes(collection, "Record").flatMap((record) => {
    const name = propertyValue(record, "Name");
    const required = propertyValue(record, "Required");
    const optionName = name ? attr(name, "String") : undefined;
    return optionName
      ? [{ name: optionName, required: required ? attr(required, "Bool") === "true" : false }]
      : [];
  });
}

/**
 * Walks any annotation subtree and returns every CustomQueryOptions collection found, tagged with the
 * `NavigationProperty` path of the enclosing RestrictedProperties record when there is one.
 */
export function collectCustomQueryOptions(node: XmlNode, path?: string): ScopedQueryOptions[] {
  const found: ScopedQueryOptions[] = [];
  let scopedPath = path;
  const navigation = propertyValue(node, "NavigationProperty");
  if (navigation) scopedPath = childText(navigation, "PropertyPath") ?? scopedPath;
  for (const [key, value] of Object.entries(node)) {
    if (!Array.isArray(value)) continue;
    for (const child of value) {
      if (typeof child !== "object") continue;
      const isOptionList =
        key === "PropertyValue" && attr(child, "Property") === "CustomQueryOptions";
      if (isOptionList) {
        const options = childNodes(child, "Collection").flatMap(readOptionRecords);
        found.push({ path: scopedPath, options });
      } else {
        found.push(...collectCustomQueryOptions(child, scopedPath));
      }
    }
  }
  return found;
}
