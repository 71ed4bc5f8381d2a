// Finds the shared oracles folder: $TEMPO_SHARED_DIR, else ../shared next to the repository.
import { existsSync } from "node:fs";
import path from "node:path";

/** The repository root (this file lives in scripts/manifest/). */
export const repoRoot = path.resolve(__dirname, "..", "..");

export function locateSharedDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.TEMPO_SHARED_DIR;
  return fromEnv !== undefined && fromEnv !== ""
    ? path.resolve(fromEnv)
    : path.resolve(repoRoot, "..", "shared");
}

/** The folder holding OfficeAppManifestV1_1.xsd and its four imports; throws with a hint when absent. */
export function locateXsdDir(env: NodeJS.ProcessEnv = process.env): string {
  const xsdDir = path.join(locateSharedDir(env), "oracles", "office-manifest", "xsd");
  if (!existsSync(path.join(xsdDir, "OfficeAppManifestV1_1.xsd"))) {
    throw new Error(
      `manifest XSDs not found in ${xsdDir}; set TEMPO_SHARED_DIR to the shared folder`,
    );
  }
  return xsdDir;
}
