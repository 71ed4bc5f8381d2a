// Typed access to the fast-xml-parser tree of the Graph CSDL (attributes as strings, elements as arrays).
import { XMLParser } from "fast-xml-parser";

export type XmlChild = XmlNode | string;
export interface XmlNode {
  [key: string]: string | XmlChild[];
}

/** Parses XML so that every element is an array and every attribute a plain string. */
export function parseXml(xml: string): XmlNode {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    // Entities only occur in descriptions, which the checker never reads; skipping them halves the parse time.
    processEntities: false,
    isArray: (_name, _jpath, _isLeaf, isAttribute) => !isAttribute,
  });
  return parser.parse(xml) as XmlNode;
}

export function childNodes(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  if (!Array.isArray(value)) return [];
  return value.filter((child): child is XmlNode => typeof child === "object");
}

/** Text content of the first `name` child, e.g. `<PropertyPath>calendarView</PropertyPath>`. */
export function childText(node: XmlNode, name: string): string | undefined {
  const value = node[name];
  if (!Array.isArray(value)) return undefined;
  const first = value[0];
  if (typeof first === "string") return first;
  const text = first?.["#text"];
  return Array.isArray(text) && typeof text[0] === "string" ? text[0] : undefined;
}

export function attr(node: XmlNode, name: string): string | undefined {
  const value = node[name];
  return typeof value === "string" ? value : undefined;
}
