// Checks the add-in's identity fields the XSD leaves loose: GUID Id, four-part Version, WebApplicationInfo.
import {
  CheckName,
  createCheckResult,
  createError,
  createWarning,
  type CheckResult,
  type Finding,
} from "./findings";
import { findChildren, findDescendants, type XmlElement } from "./xml-tree";

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The add-in Id may also be written {GUID} or urn:uuid:GUID, as the XSD's pattern allows. */
const addInIdPattern =
  /^(?:urn:uuid:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/i;
/** The store and Office's update logic compare four numeric parts, e.g. 0.1.0.0 (the XSD allows one to four). */
const fourPartVersionPattern = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;

function readChildText(element: XmlElement, localName: string): string | undefined {
  return findChildren(element, localName)[0]?.text;
}

function checkWebApplicationInfo(info: XmlElement): Finding[] {
  const findings: Finding[] = [];
  const id = readChildText(info, "Id") ?? "";
  const isGuid = guidPattern.test(id);
  if (!isGuid)
    findings.push(
      createError(
        "web_app_id_not_guid",
        `WebApplicationInfo/Id "${id}" is not a GUID (the app registration's client id)`,
      ),
    );
  const resource = readChildText(info, "Resource");
  if (resource !== undefined) {
    const isApplicationIdUri = resource.startsWith("api://") || resource.startsWith("https://");
    if (!isApplicationIdUri)
      findings.push(
        createError(
          "web_app_resource_invalid",
          `WebApplicationInfo/Resource "${resource}" is not an api:// or https:// Application ID URI`,
        ),
      );
    const namesClientId = resource.toLowerCase().includes(id.toLowerCase());
    if (isGuid && resource.startsWith("api://") && !namesClientId) {
      findings.push(
        createWarning(
          "web_app_resource_mismatch",
          `WebApplicationInfo/Resource "${resource}" does not end with the client id ${id}`,
        ),
      );
    }
  }
  const scopes = findDescendants(info, "Scope").map((scope) => scope.text);
  if (scopes.some((scope) => scope === ""))
    findings.push(createError("web_app_scope_empty", "WebApplicationInfo has an empty <Scope>"));
  return findings;
}

export function checkIdentity(root: XmlElement): CheckResult {
  const findings: Finding[] = [];
  const id = readChildText(root, "Id") ?? "";
  if (!addInIdPattern.test(id))
    findings.push(createError("id_not_guid", `Id "${id}" is not a GUID`));
  const version = readChildText(root, "Version") ?? "";
  if (!fourPartVersionPattern.test(version)) {
    findings.push(
      createError(
        "version_not_four_part",
        `Version "${version}" is not four numeric parts (e.g. 1.0.0.0)`,
      ),
    );
  }
  const infos = findDescendants(root, "WebApplicationInfo");
  findings.push(...infos.flatMap(checkWebApplicationInfo));
  const appIds = infos.map((info) => readChildText(info, "Id") ?? "?").join(", ");
  const summary = `Id ${id}, Version ${version}${infos.length > 0 ? `, WebApplicationInfo ${appIds}` : ""}`;
  return createCheckResult(CheckName.identity, summary, findings);
}
