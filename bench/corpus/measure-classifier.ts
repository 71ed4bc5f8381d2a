// Prints the classifier's corpus figures as one JSON document: `tsx bench/corpus/measure-classifier.ts [corpusDir]`.
import { performance } from "node:perf_hooks";
import { computeCorpusFigures } from "../../src/testing/corpus/corpus-figures";
import { listCorpusCases, runCorpus } from "../../src/testing/corpus/corpus-measurement";
import { resolveCorpusDir } from "../../src/testing/corpus/resolve-corpus-dir";

async function main(): Promise<void> {
  const corpusDir = resolveCorpusDir(process.argv[2]);
  const cases = listCorpusCases(corpusDir);
  const started = performance.now();
  const results = await runCorpus(corpusDir, cases);
  const figures = computeCorpusFigures(results, performance.now() - started);
  process.stdout.write(`${JSON.stringify({ corpusDir, ...figures }, null, 2)}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error("measure-classifier failed:", error);
    process.exitCode = 1;
  });
}
