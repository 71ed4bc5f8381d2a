// Test helpers: our manifest as text, string edits that must hit, and temporary copies to validate.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "./shared-dir";

export const manifestPath = path.join(repoRoot, "manifest.xml");
export const assetsDir = path.join(repoRoot, "assets");

export function readOurManifest(): string {
  return readFileSync(manifestPath, "utf8");
}

/** Replaces every occurrence of from; throws when there is none, so a stale edit cannot pass silently. */
export function replaceOrThrow(xml: string, from: string, to: string): string {
  if (!xml.includes(from))
    throw new Error(`test edit did not apply: ${JSON.stringify(from)} not found`);
  return xml.split(from).join(to);
}

/** Writes xml to a fresh temporary folder and returns the file's path. */
export function writeTemporaryManifest(xml: string): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), "tempo-manifest-"));
  const filePath = path.join(folder, "manifest.xml");
  writeFileSync(filePath, xml);
  return filePath;
}
