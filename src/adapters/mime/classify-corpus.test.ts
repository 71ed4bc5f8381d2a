/**
 * @jest-environment node
 */
// Runs every file of the shared mail corpora (oracles/README.md §4) through parse-eml + classifyReply.
// To add a corpus: list its files and labels in src/testing/corpus/corpus-measurement.ts (listCorpusCases).
import { existsSync } from "node:fs";
import { computeCorpusFigures } from "../../testing/corpus/corpus-figures";
import { listCorpusCases, runCorpus } from "../../testing/corpus/corpus-measurement";
import { resolveCorpusDir } from "../../testing/corpus/resolve-corpus-dir";

const corpusDir = resolveCorpusDir(undefined);

describe("classifyReply on the mail corpora", () => {
  it("classifies every corpus file without crashing, with ≥ 95% correct kinds", async () => {
    expect(existsSync(corpusDir)).toBe(true);
    const cases = listCorpusCases(corpusDir);
    const started = performance.now();
    const figures = computeCorpusFigures(
      await runCorpus(corpusDir, cases),
      performance.now() - started,
    );
    // Printed so the figures land in the CI log next to the floors they are checked against.
    process.stdout.write(
      `${JSON.stringify({ ...figures, misclassified: figures.misclassified.length }, null, 2)}\n`,
    );

    expect(figures.totalFiles).toBe(634);
    expect(figures.crashed).toStrictEqual([]);
    expect(figures.correctKind.percent).toBeGreaterThanOrEqual(95);
    expect(figures.perCategory["talon/human-reply"]?.percent).toBe(100);
    expect(figures.perCategory["sisimai/not-bounce"]?.percent).toBe(100);
    expect(figures.perCategory["bounceparser/challenge-response"]?.percent).toBe(100);
    expect(figures.hardSoftVsStatusClass.percent).toBeGreaterThanOrEqual(95);
    expect(figures.recipientCount.percent).toBeGreaterThanOrEqual(94);
  }, 30_000);
});
