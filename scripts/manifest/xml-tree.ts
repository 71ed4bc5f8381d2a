// Parses manifest XML into a small element tree (names, attributes, text, parent links) for the custom checks.
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface XmlElement {
  /** Qualified name as written, e.g. `bt:Image`. */
  readonly name: string;
  /** Name without its prefix, e.g. `Image`; the manifest's namespaces never reuse a local name ambiguously. */
  readonly localName: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Concatenated, trimmed text content of this element (not of its descendants). */
  readonly text: string;
  readonly parent: XmlElement | undefined;
}

export type ParseOutcome = { ok: true; root: XmlElement } | { ok: false; message: string };

type OrderedNode = Record<string, unknown>;

const attributesKey = ":@";
const textKey = "#text";

function toLocalName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

function readAttributes(node: OrderedNode): Record<string, string> {
  const raw = node[attributesKey];
  if (typeof raw !== "object" || raw === null) return {};
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, String(value)]));
}

function buildElement(node: OrderedNode, parent: XmlElement | undefined): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== attributesKey);
  const isElement = name !== undefined && name !== textKey && !name.startsWith("?");
  if (!isElement) return undefined;
  const rawChildren = node[name];
  const childNodes = Array.isArray(rawChildren) ? (rawChildren as OrderedNode[]) : [];
  const children: XmlElement[] = [];
  const element: XmlElement = {
    name,
    localName: toLocalName(name),
    attributes: readAttributes(node),
    children,
    text: childNodes
      .map((child) => child[textKey])
      .filter((value) => value !== undefined)
      .map(String)
      .join("")
      .trim(),
    parent,
  };
  for (const childNode of childNodes) {
    const child = buildElement(childNode, element);
    if (child) children.push(child);
  }
  return element;
}

/** Parses XML text; reports not-well-formed input with fast-xml-parser's line and column. */
export function parseXmlTree(xml: string): ParseOutcome {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    return { ok: false, message: `line ${line}, column ${col}: ${msg}` };
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const nodes = parser.parse(xml) as OrderedNode[];
  const root = nodes
    .map((node) => buildElement(node, undefined))
    .find((element) => element !== undefined);
  return root ? { ok: true, root } : { ok: false, message: "no root element" };
}

/** Every descendant of element (depth first, document order) whose local name matches. */
export function findDescendants(element: XmlElement, localName: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of element.children) {
    if (child.localName === localName) found.push(child);
    found.push(...findDescendants(child, localName));
  }
  return found;
}

export function findChildren(element: XmlElement, localName: string): XmlElement[] {
  return element.children.filter((child) => child.localName === localName);
}

/** The nearest ancestor with the given local name, or undefined. */
export function findAncestor(element: XmlElement, localName: string): XmlElement | undefined {
  let current = element.parent;
  while (current && current.localName !== localName) current = current.parent;
  return current;
}

/** The element's `xsi:type`, whatever prefix the document bound to the XSI namespace (always `xsi` in practice). */
export function readXsiType(element: XmlElement): string | undefined {
  const key = Object.keys(element.attributes).find(
    (name) => toLocalName(name) === "type" && name.includes(":"),
  );
  return key === undefined ? undefined : element.attributes[key];
}

/** A readable location such as `OfficeApp/VersionOverrides/…/Runtime[resid=X]` for messages. */
export function describePath(element: XmlElement): string {
  const parts: string[] = [];
  for (let current: XmlElement | undefined = element; current; current = current.parent) {
    const { resid, id } = current.attributes;
    const type = readXsiType(current);
    const qualifier =
      resid !== undefined
        ? `[resid=${resid}]`
        : id !== undefined
          ? `[id=${id}]`
          : type !== undefined
            ? `[${type}]`
            : "";
    parts.unshift(`${current.localName}${qualifier}`);
  }
  return parts.length > 4 ? `…/${parts.slice(-4).join("/")}` : parts.join("/");
}
