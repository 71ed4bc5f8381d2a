// Locates the shared mail corpora: an explicit path, else $TEMPO_SHARED_DIR, else ../shared beside the repo.
import { join, resolve } from "node:path";

/** The mail-corpus directory, e.g. `/work/shared/oracles/mail-corpus`. */
export function resolveCorpusDir(argument: string | undefined): string {
  if (argument !== undefined) return resolve(argument);
  const sharedDir = process.env.TEMPO_SHARED_DIR ?? join(__dirname, "../../../../shared");
  return join(sharedDir, "oracles/mail-corpus");
}
