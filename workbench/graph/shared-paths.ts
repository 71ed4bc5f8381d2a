// Locates the shared oracle files (../shared from the repo root, or TEMPO_SHARED_DIR).
import path from "node:path";

export function resolveSharedPath(...segments: string[]): string {
  const sharedDir = process.env.TEMPO_SHARED_DIR ?? path.resolve(__dirname, "../../../shared");
  return path.join(sharedDir, ...segments);
}
