// Finds the manifest's resources (bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings) and the resids that point at them.
import { findAncestor, findChildren, findDescendants, type XmlElement } from "./xml-tree";

export const ResourceKind = {
  image: "Image",
  url: "Url",
  shortString: "ShortString",
  longString: "LongString",
} as const;
export type ResourceKind = (typeof ResourceKind)[keyof typeof ResourceKind];

/** The longest resid Office accepts (`bt:String/@id` maxLength in the XSD; the same rule for every resid). */
export const maxResidLength = 32;

export interface ResourceDefinition {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly value: string;
  readonly element: XmlElement;
}

export interface ResourceReference {
  readonly resid: string;
  /** undefined for a resid on an element this validator does not know; it may resolve to any kind. */
  readonly kind: ResourceKind | undefined;
  readonly element: XmlElement;
}

const kindByContainer: Readonly<Record<string, ResourceKind>> = {
  Images: ResourceKind.image,
  Urls: ResourceKind.url,
  ShortStrings: ResourceKind.shortString,
  LongStrings: ResourceKind.longString,
};

const kindByReferringElement: Readonly<Record<string, ResourceKind>> = {
  Image: ResourceKind.image,
  SourceLocation: ResourceKind.url,
  FunctionFile: ResourceKind.url,
  Runtime: ResourceKind.url,
  Override: ResourceKind.url,
  Label: ResourceKind.shortString,
  Title: ResourceKind.shortString,
  Description: ResourceKind.longString,
};

function readDefinitions(resources: XmlElement): ResourceDefinition[] {
  return resources.children.flatMap((container) => {
    const kind = kindByContainer[container.localName];
    if (kind === undefined) return [];
    return container.children.map((element) => ({
      id: element.attributes.id ?? "",
      kind,
      value: element.attributes.DefaultValue ?? "",
      element,
    }));
  });
}

export function collectResourceDefinitions(root: XmlElement): ResourceDefinition[] {
  return findDescendants(root, "Resources").flatMap(readDefinitions);
}

/** Every element carrying a resid, with the kind of resource its position requires. */
export function collectResourceReferences(root: XmlElement): ResourceReference[] {
  return collectWithResid(root).map((element) => ({
    resid: element.attributes.resid ?? "",
    kind: kindByReferringElement[element.localName],
    element,
  }));
}

function collectWithResid(element: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of element.children) {
    if (child.attributes.resid !== undefined) found.push(child);
    found.push(...collectWithResid(child));
  }
  return found;
}

/**
 * The definitions a resid on element can see: the Resources of each enclosing VersionOverrides, innermost
 * first (an inner VersionOverrides' Resources override and merge with the outer ones).
 */
export function listVisibleDefinitions(element: XmlElement): ResourceDefinition[] {
  const visible: ResourceDefinition[] = [];
  for (
    let scope = findAncestor(element, "VersionOverrides");
    scope;
    scope = findAncestor(scope, "VersionOverrides")
  ) {
    for (const resources of findChildren(scope, "Resources"))
      visible.push(...readDefinitions(resources));
  }
  return visible;
}

/** Resolves a reference to the definition it names, preferring one of the required kind. */
export function resolveReference(reference: ResourceReference): ResourceDefinition | undefined {
  const candidates = listVisibleDefinitions(reference.element).filter(
    (definition) => definition.id === reference.resid,
  );
  return (
    candidates.find(
      (definition) => reference.kind === undefined || definition.kind === reference.kind,
    ) ?? candidates[0]
  );
}
