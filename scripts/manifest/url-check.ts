// Checks that every URL the manifest gives Office (icons, pages, scripts, support, app domains) is absolute https.
import {
  CheckName,
  createCheckResult,
  createError,
  type CheckResult,
  type Finding,
} from "./findings";
import { describePath, findDescendants, type XmlElement } from "./xml-tree";

/** Elements whose DefaultValue (and locale Override Value) is a URL. `Image` and `Url` are the bt: resources. */
const urlValuedElements = new Set([
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "SourceLocation",
  "Image",
  "Url",
]);

export interface ManifestUrl {
  readonly url: string;
  readonly element: XmlElement;
}

function isUrlResourceOrSetting(element: XmlElement): boolean {
  const isBtImageReference =
    element.localName === "Image" && element.attributes.resid !== undefined;
  return (
    urlValuedElements.has(element.localName) &&
    !isBtImageReference &&
    element.attributes.DefaultValue !== undefined
  );
}

/** Every URL value in the manifest, including `<Override Locale=… Value=…>` variants and AppDomains. */
export function collectManifestUrls(root: XmlElement): ManifestUrl[] {
  const urls: ManifestUrl[] = [];
  const visit = (element: XmlElement): void => {
    if (isUrlResourceOrSetting(element)) {
      urls.push({ url: element.attributes.DefaultValue ?? "", element });
      for (const override of element.children.filter((child) => child.localName === "Override")) {
        if (override.attributes.Value !== undefined)
          urls.push({ url: override.attributes.Value, element: override });
      }
    }
    element.children.forEach(visit);
  };
  visit(root);
  for (const appDomain of findDescendants(root, "AppDomain"))
    urls.push({ url: appDomain.text, element: appDomain });
  return urls;
}

function checkUrl({ url, element }: ManifestUrl): Finding[] {
  const where = describePath(element);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : "unparseable";
    return [createError("url_invalid", `${where}: "${url}" is not an absolute URL (${reason})`)];
  }
  if (parsed.protocol !== "https:") {
    return [
      createError(
        "url_not_https",
        `${where}: "${url}" must use https (Office loads nothing over ${parsed.protocol})`,
      ),
    ];
  }
  return [];
}

export function checkUrls(root: XmlElement): CheckResult {
  const urls = collectManifestUrls(root);
  const findings = urls.flatMap(checkUrl);
  return createCheckResult(
    CheckName.urls,
    `${urls.length} URLs checked for absolute https`,
    findings,
  );
}
