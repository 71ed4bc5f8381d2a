// Checks that every resid resolves to a resource of the kind its element needs, within 32 characters, with no duplicates.
import {
  CheckName,
  createCheckResult,
  createError,
  createWarning,
  type CheckResult,
  type Finding,
} from "./findings";
import {
  collectResourceDefinitions,
  collectResourceReferences,
  maxResidLength,
  resolveReference,
  type ResourceDefinition,
  type ResourceReference,
} from "./manifest-resources";
import { describePath, type XmlElement } from "./xml-tree";

function checkReference(reference: ResourceReference): Finding[] {
  const where = describePath(reference.element);
  if (reference.resid === "") return [createError("resid_empty", `${where}: resid is empty`)];
  const findings: Finding[] = [];
  if (reference.resid.length > maxResidLength) {
    findings.push(
      createError(
        "resid_too_long",
        `${where}: resid "${reference.resid}" is ${reference.resid.length} characters; the limit is ${maxResidLength}`,
      ),
    );
  }
  const definition = resolveReference(reference);
  const isWrongKind =
    definition !== undefined && reference.kind !== undefined && definition.kind !== reference.kind;
  if (definition === undefined) {
    const wanted = reference.kind === undefined ? "resource" : `bt:${reference.kind}`;
    findings.push(
      createError(
        "resid_unresolved",
        `${where}: resid "${reference.resid}" names no ${wanted} in Resources`,
      ),
    );
  } else if (isWrongKind) {
    findings.push(
      createError(
        "resid_wrong_kind",
        `${where}: resid "${reference.resid}" is a bt:${definition.kind}, but ${reference.element.localName} needs a bt:${reference.kind}`,
      ),
    );
  }
  return findings;
}

function checkDefinitions(definitions: readonly ResourceDefinition[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<XmlElement | undefined, Set<string>>();
  for (const definition of definitions) {
    const where = describePath(definition.element);
    if (definition.id.length > maxResidLength) {
      findings.push(
        createError(
          "resid_too_long",
          `${where}: id "${definition.id}" is ${definition.id.length} characters; the limit is ${maxResidLength}`,
        ),
      );
    }
    // Duplicates are judged per Resources element: an inner VersionOverrides may legitimately redefine an id.
    const scope = definition.element.parent?.parent;
    const key = `${definition.kind}:${definition.id}`;
    const keys = seen.get(scope) ?? new Set<string>();
    if (keys.has(key))
      findings.push(
        createError(
          "resource_duplicate",
          `${where}: bt:${definition.kind} "${definition.id}" is defined twice`,
        ),
      );
    keys.add(key);
    seen.set(scope, keys);
  }
  return findings;
}

export function checkResources(root: XmlElement): CheckResult {
  const references = collectResourceReferences(root);
  const definitions = collectResourceDefinitions(root);
  // Definitions are rebuilt on each lookup, so compare the elements they came from.
  const usedElements = new Set(references.map((reference) => resolveReference(reference)?.element));
  const unused = definitions.filter((definition) => !usedElements.has(definition.element));
  const findings = [
    ...references.flatMap(checkReference),
    ...checkDefinitions(definitions),
    ...unused.map((definition) =>
      createWarning(
        "resource_unused",
        `bt:${definition.kind} "${definition.id}" is defined but no element refers to it`,
      ),
    ),
  ];
  const summary = `${references.length} resids checked against ${definitions.length} resources; ${unused.length} unused`;
  return createCheckResult(CheckName.resources, summary, findings);
}
