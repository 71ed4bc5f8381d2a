// Reads which Mailbox requirement set a manifest declares for an element, and compares set versions.
import { findAncestor, findChildren, type XmlElement } from "./xml-tree";

/** Compares "1.12" and "1.5" numerically part by part: e.g. compareRequirementVersions("1.12", "1.5") > 0. */
export function compareRequirementVersions(a: string, b: string): number {
  const partsA = a.split(".").map(Number);
  const partsB = b.split(".").map(Number);
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i += 1) {
    const difference = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The Mailbox version one <Requirements> declares: Set/@MinVersion, else Sets/@DefaultMinVersion. */
function readMailboxVersion(requirements: XmlElement): string | undefined {
  for (const sets of findChildren(requirements, "Sets")) {
    const mailbox = findChildren(sets, "Set").find(
      (set) => set.attributes.Name?.toLowerCase() === "mailbox",
    );
    if (mailbox) return mailbox.attributes.MinVersion ?? sets.attributes.DefaultMinVersion ?? "1.1";
  }
  return undefined;
}

/**
 * The Mailbox version in force where element sits: the Requirements of the innermost enclosing
 * VersionOverrides that declares one, else the base manifest's (OfficeApp/Requirements).
 */
export function readDeclaredMailboxVersion(element: XmlElement): string | undefined {
  let root = element;
  for (
    let scope = findAncestor(element, "VersionOverrides");
    scope;
    scope = findAncestor(scope, "VersionOverrides")
  ) {
    for (const requirements of findChildren(scope, "Requirements")) {
      const version = readMailboxVersion(requirements);
      if (version !== undefined) return version;
    }
    root = scope;
  }
  while (root.parent) root = root.parent;
  return findChildren(root, "Requirements")
    .map(readMailboxVersion)
    .find((version) => version !== undefined);
}
