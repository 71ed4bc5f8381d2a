// Checks what an admin types for a production deployment (origin, client id, tenant, version) and returns it normalized.
import { invalidInput, succeed, type Outcome } from "../time/invalid-input";

/** The HTTPS origin Tempo's files are served from, e.g. `{ origin: "https://addin.contoso.com", host: "addin.contoso.com" }`. */
export interface DeploymentOrigin {
  /** Scheme, host and port, no trailing slash. */
  readonly origin: string;
  /** Host and port, as `brk-multihub://` and `api://` URIs name it. */
  readonly host: string;
}

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const domainPattern = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const fourPartVersionPattern = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/;

/**
 * Accepts an https origin only: Office loads nothing over http, and every manifest URL is built by
 * appending a file name, so a path, query or fragment would silently break them.
 * e.g. "https://addin.contoso.com/" gives origin "https://addin.contoso.com"; "http://…" is refused.
 */
export function parseBaseUrl(input: string): Outcome<DeploymentOrigin> {
  const field = "--base-url";
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return invalidInput(
      field,
      `"${input}" is not an absolute URL (e.g. https://addin.contoso.com)`,
    );
  }
  if (url.protocol !== "https:")
    return invalidInput(
      field,
      `${field} "${input}" must use https (Outlook loads add-ins only over https)`,
    );
  const hasCredentials = url.username !== "" || url.password !== "";
  if (hasCredentials)
    return invalidInput(field, `${field} "${input}" must not contain a user name or password`);
  const hasPath = url.pathname !== "/" || /^https:\/\/[^/]+\/\/+/i.test(input);
  const hasQueryOrFragment = url.search !== "" || url.hash !== "" || /[?#]/.test(input);
  if (hasPath || hasQueryOrFragment)
    return invalidInput(
      field,
      `${field} "${input}" must be an origin only (https://host[:port]) with no path, query or fragment; serve Tempo at the root of its own host`,
    );
  return succeed({ origin: url.origin, host: url.host });
}

/** The Application (client) ID of the Entra ID app registration, lower-cased; e.g. "1111…5555". */
export function parseClientId(input: string, field = "--client-id"): Outcome<string> {
  return guidPattern.test(input)
    ? succeed(input.toLowerCase())
    : invalidInput(
        field,
        `${field} "${input}" is not a GUID; use the app registration's Application (client) ID, e.g. 11111111-2222-3333-4444-555555555555`,
      );
}

/**
 * A directory (tenant) ID, a verified domain, or "organizations" (any work or school tenant).
 * "common" and "consumers" are refused: personal Microsoft accounts have no admin to consent.
 */
export function parseTenant(input: string): Outcome<string> {
  const value = input.trim().toLowerCase();
  const isTenantName = guidPattern.test(value) || domainPattern.test(value);
  if (isTenantName || value === "organizations") return succeed(value);
  return invalidInput(
    "--tenant",
    `--tenant "${input}" is not a tenant ID (GUID) or domain (e.g. contoso.onmicrosoft.com)`,
  );
}

/** A four-part manifest version, each part 0–65535; e.g. "1.2.3.4". */
export function parseManifestVersion(input: string): Outcome<string> {
  const parts = fourPartVersionPattern.exec(input)?.slice(1).map(Number);
  const isInRange = parts !== undefined && parts.every((part) => part <= 65535);
  return isInRange
    ? succeed(parts.join("."))
    : invalidInput("--version", `--version "${input}" is not a four-part version such as 1.2.3.4`);
}

/**
 * The next patch version: the third part plus one, the fourth reset.
 * e.g. "0.1.0.0" gives "0.1.1.0"; "1.2.3.4" gives "1.2.4.0".
 */
export function bumpPatchVersion(version: string): Outcome<string> {
  const parsed = parseManifestVersion(version);
  if (!parsed.ok)
    return invalidInput("Version", `the manifest's Version "${version}" is not four numeric parts`);
  const [major = 0, minor = 0, patch = 0] = parsed.value.split(".").map(Number);
  return parseManifestVersion(`${major}.${minor}.${patch + 1}.0`);
}
