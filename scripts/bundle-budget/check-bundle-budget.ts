// CLI: builds production into .tmp/bundle-budget (or reads --stats <file> --dir <dist>) and fails when a page's initial JS is over budget.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  defaultBudgetBytes,
  evaluateBudget,
  formatBudgetReport,
  measureEntrypoints,
  measureGzipBytes,
  type EntrypointStats,
} from "./bundle-budget";

const outputDir = ".tmp/bundle-budget";

function readOption(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index === -1 ? undefined : argv[index + 1];
}

/** The same build as `npm run build`, written aside so dist/ and a running workbench are untouched. */
function buildProduction(): { statsPath: string; distDir: string } {
  const distDir = path.join(outputDir, "dist");
  const statsPath = path.join(outputDir, "stats.json");
  mkdirSync(outputDir, { recursive: true });
  const build = spawnSync(
    `npx webpack --mode production --output-path ${distDir} --json=${statsPath}`,
    { shell: true, stdio: ["ignore", "ignore", "inherit"] },
  );
  if (build.status !== 0) throw new Error(`webpack exited with ${String(build.status)}`);
  return { statsPath, distDir };
}

function main(): number {
  const argv = process.argv.slice(2);
  const statsOption = readOption(argv, "--stats");
  const { statsPath, distDir } =
    statsOption === undefined
      ? buildProduction()
      : { statsPath: statsOption, distDir: readOption(argv, "--dir") ?? "dist" };
  const stats = JSON.parse(readFileSync(statsPath, "utf8")) as EntrypointStats;
  const sizes = measureEntrypoints({
    stats,
    readGzipBytes: (name) => measureGzipBytes(readFileSync(path.join(distDir, name))),
  });
  const report = evaluateBudget({ sizes, budgetBytes: defaultBudgetBytes });
  console.log(formatBudgetReport(report));
  return report.isWithinBudget ? 0 : 1;
}

process.exit(main());
