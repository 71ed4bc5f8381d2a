// Checks one <Runtime> of event-based activation: its resid, lifetime, and single javascript <Override>.
import { createError, createWarning, type Finding } from "./findings";
import { resolveReference, ResourceKind } from "./manifest-resources";
import { describePath, findChildren, type XmlElement } from "./xml-tree";

const runtimeAttributes = new Set(["resid", "lifetime"]);
const runtimeLifetimes = new Set(["short", "long"]);

/**
 * Checks that element's resid names a bt:Url whose path ends with one of the expected extensions.
 * (Its length is resource-check.ts's job, which sees every resid.)
 */
function checkUrlResid(
  element: XmlElement,
  what: string,
  extensions: readonly string[],
): Finding[] {
  const resid = element.attributes.resid;
  const where = describePath(element);
  if (resid === undefined || resid === "") {
    return [createError("runtime_resid_missing", `${where}: ${what} has no resid`)];
  }
  const definition = resolveReference({ resid, kind: ResourceKind.url, element });
  if (definition?.kind !== ResourceKind.url) {
    return [
      createError("runtime_resid_unresolved", `${where}: ${what} resid "${resid}" is not a bt:Url`),
    ];
  }
  const pathname = URL.canParse(definition.value) ? new URL(definition.value).pathname : "";
  const hasExpectedExtension = extensions.some((extension) => pathname.endsWith(extension));
  if (!hasExpectedExtension) {
    const expected = extensions.join(" or ");
    return [
      createWarning(
        "runtime_url_unexpected",
        `${where}: ${what} resid "${resid}" is ${definition.value}; expected a ${expected} file`,
      ),
    ];
  }
  return [];
}

export function checkUnknownAttributes(
  element: XmlElement,
  allowed: ReadonlySet<string>,
): Finding[] {
  const unknown = Object.keys(element.attributes).filter(
    (name) => !allowed.has(name) && !name.startsWith("xmlns"),
  );
  return unknown.map((name) =>
    createError("unknown_attribute", `${describePath(element)}: unknown attribute ${name}`),
  );
}

export function checkRuntime(runtime: XmlElement, hasLaunchEvents: boolean): Finding[] {
  const findings = [
    ...checkUrlResid(runtime, "Runtime", [".html", ".htm"]),
    ...checkUnknownAttributes(runtime, runtimeAttributes),
  ];
  const where = describePath(runtime);
  const lifetime = runtime.attributes.lifetime;
  if (lifetime !== undefined && !runtimeLifetimes.has(lifetime)) {
    findings.push(
      createError(
        "runtime_lifetime_invalid",
        `${where}: lifetime "${lifetime}" is not short or long`,
      ),
    );
  }
  if (hasLaunchEvents && lifetime === "long") {
    findings.push(
      createError(
        "runtime_lifetime_invalid",
        `${where}: event-based activation supports only lifetime="short"`,
      ),
    );
  }
  const overrides = findChildren(runtime, "Override");
  const strangers = runtime.children.filter((child) => child.localName !== "Override");
  for (const stranger of strangers)
    findings.push(
      createError(
        "runtime_unexpected_child",
        `${where}: <${stranger.name}> is not allowed in a Runtime`,
      ),
    );
  if (overrides.length > 1)
    findings.push(
      createError(
        "runtime_override_count",
        `${where}: only one <Override> is allowed, found ${overrides.length}`,
      ),
    );
  for (const override of overrides) {
    if (override.attributes.type !== "javascript") {
      findings.push(
        createError(
          "runtime_override_type",
          `${describePath(override)}: Override type must be "javascript", found "${override.attributes.type ?? ""}"`,
        ),
      );
    }
    findings.push(
      ...checkUrlResid(override, "Override", [".js"]),
      ...checkUnknownAttributes(override, new Set(["type", "resid"])),
    );
  }
  return findings;
}
