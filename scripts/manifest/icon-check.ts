// Checks that each icon URL maps to a PNG under assets/ whose pixel size matches the size the manifest declares for it.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { PNG } from "pngjs";
import {
  CheckName,
  createCheckResult,
  createError,
  createWarning,
  type CheckResult,
  type Finding,
} from "./findings";
import { collectResourceReferences, resolveReference, ResourceKind } from "./manifest-resources";
import { describePath, findChildren, type XmlElement } from "./xml-tree";

/** Sizes Office expects for the two top-level icons (learn.microsoft.com IconUrl / HighResolutionIconUrl). */
const topLevelIconSizesPx: Readonly<Record<string, number>> = {
  IconUrl: 64,
  HighResolutionIconUrl: 128,
};

export interface IconUse {
  readonly url: string;
  readonly expectedSizePx: number;
  readonly element: XmlElement;
}

/** Every icon the manifest shows, with the pixel size its position implies (mobile `scale` multiplies `size`). */
export function collectIconUses(root: XmlElement): IconUse[] {
  const uses: IconUse[] = [];
  for (const [localName, sizePx] of Object.entries(topLevelIconSizesPx)) {
    for (const element of findChildren(root, localName))
      uses.push({ url: element.attributes.DefaultValue ?? "", expectedSizePx: sizePx, element });
  }
  for (const reference of collectResourceReferences(root)) {
    const isCommandIcon =
      reference.kind === ResourceKind.image && reference.element.parent?.localName === "Icon";
    const definition = isCommandIcon ? resolveReference(reference) : undefined;
    if (definition?.kind !== ResourceKind.image) continue;
    const size = Number(reference.element.attributes.size);
    const scale = Number(reference.element.attributes.scale ?? "1");
    uses.push({ url: definition.value, expectedSizePx: size * scale, element: reference.element });
  }
  return uses;
}

/** Maps any origin's /assets/<file> to <assetsDir>/<file>; undefined for URLs outside /assets/. */
export function mapUrlToAssetPath(url: string, assetsDir: string): string | undefined {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return undefined; // url-check.ts already reports unparseable URLs.
  }
  const prefix = "/assets/";
  return pathname.startsWith(prefix)
    ? path.join(assetsDir, ...decodeURIComponent(pathname.slice(prefix.length)).split("/"))
    : undefined;
}

function readPngSize(filePath: string): { width: number; height: number } | string {
  try {
    const png = PNG.sync.read(readFileSync(filePath));
    return { width: png.width, height: png.height };
  } catch (error: unknown) {
    return error instanceof Error ? error.message : "unreadable";
  }
}

function checkIconUse(use: IconUse, assetsDir: string): Finding[] {
  const where = describePath(use.element);
  const filePath = mapUrlToAssetPath(use.url, assetsDir);
  if (filePath === undefined)
    return [
      createWarning(
        "icon_not_local",
        `${where}: ${use.url} is not under /assets/, so its file was not checked`,
      ),
    ];
  if (!Number.isFinite(use.expectedSizePx) || use.expectedSizePx <= 0)
    return [createError("icon_size_invalid", `${where}: no usable size attribute`)];
  if (!existsSync(filePath))
    return [createError("icon_missing", `${where}: ${use.url} → ${filePath} does not exist`)];
  const size = readPngSize(filePath);
  if (typeof size === "string")
    return [createError("icon_not_png", `${where}: ${filePath} is not a readable PNG (${size})`)];
  const isExpectedSize = size.width === use.expectedSizePx && size.height === use.expectedSizePx;
  if (!isExpectedSize) {
    return [
      createError(
        "icon_wrong_size",
        `${where}: ${path.basename(filePath)} is ${size.width}×${size.height} px, declared as ${use.expectedSizePx}×${use.expectedSizePx}`,
      ),
    ];
  }
  return [];
}

export function checkIcons(root: XmlElement, assetsDir: string): CheckResult {
  const uses = collectIconUses(root);
  const seen = new Set<string>();
  const distinct = uses.filter((use) => {
    const key = `${use.url} ${use.expectedSizePx}`;
    const isNew = !seen.has(key);
    seen.add(key);
    return isNew;
  });
  const findings = distinct.flatMap((use) => checkIconUse(use, assetsDir));
  const sizes = [...new Set(distinct.map((use) => use.expectedSizePx))]
    .sort((a, b) => a - b)
    .join("/");
  return createCheckResult(
    CheckName.icons,
    `${distinct.length} icon uses checked against ${path.basename(assetsDir)}/ for existence and size (${sizes} px)`,
    findings,
  );
}
