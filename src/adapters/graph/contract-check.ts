// Test-only: runs calls against a logging fake Graph and checks every logged request against Graph's description.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  checkGraphLog,
  readGraphLog,
  type GraphLogCheck,
} from "../../../scripts/contract/check-log";
import { startTestBed, type TestBed } from "./fake-graph-test-bed";

/**
 * Starts a test bed that logs to a temporary file, runs `exercise` on it, closes it, and checks the
 * log. e.g. `const check = await checkContractOf("calendar", (bed) => …)`; then assert
 * `check.violations` is empty and `check.operations` lists what was meant to be covered.
 */
export async function checkContractOf(
  name: string,
  exercise: (bed: TestBed) => Promise<void>,
): Promise<GraphLogCheck> {
  const directory = mkdtempSync(join(tmpdir(), `tempo-${name}-contract-`));
  const logPath = join(directory, "graph.jsonl");
  const bed = await startTestBed({ logPath });
  try {
    await exercise(bed);
  } finally {
    await bed.close();
  }
  const check = checkGraphLog(readGraphLog(logPath));
  rmSync(directory, { recursive: true, force: true });
  return check;
}
