// `npm test`: runs every gate in order (types, lint, format, unit, budget, manifest, contract, e2e) and prints one summary.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

interface Stage {
  name: string;
  command: string;
  /** Reads passed/failed test counts from the stage's report; stages without one count as a single check. */
  readCounts?: () => { passed: number; failed: number } | undefined;
}

interface JestReport {
  numPassedTests: number;
  numFailedTests: number;
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number };
}

const jestReport = ".tmp/jest-report.json";
const e2eReport = ".tmp/e2e-report.json";

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T) : undefined;
}

const stages: Stage[] = [
  { name: "typecheck", command: "npx tsc --noEmit" },
  { name: "lint", command: "npx eslint . --max-warnings=0" },
  { name: "format", command: "node node_modules/prettier/bin/prettier.cjs --check ." },
  {
    name: "unit",
    command: `npx jest --ci --json --outputFile=${jestReport}`,
    readCounts: () => {
      const report = readJson<JestReport>(jestReport);
      return report && { passed: report.numPassedTests, failed: report.numFailedTests };
    },
  },
  // Builds production aside and fails when a page's initial JS is over 140 KiB gzip (issue #9).
  { name: "budget", command: "npx tsx scripts/bundle-budget/check-bundle-budget.ts" },
  { name: "manifest", command: "npx tsx scripts/validate-manifest.ts manifest.xml" },
  { name: "contract", command: "npx tsx scripts/contract/run-contract.ts" },
  {
    name: "e2e",
    command: "npx playwright test --reporter=list,json",
    readCounts: () => {
      const report = readJson<PlaywrightReport>(e2eReport);
      return (
        report && {
          passed: report.stats.expected + report.stats.flaky,
          failed: report.stats.unexpected,
        }
      );
    },
  },
];

function main(): number {
  mkdirSync(".tmp", { recursive: true });
  rmSync(jestReport, { force: true });
  rmSync(e2eReport, { force: true });
  const only = process.argv.slice(2);
  const rows: { name: string; ok: boolean; passed: number; failed: number; seconds: number }[] = [];
  for (const stage of stages.filter((s) => only.length === 0 || only.includes(s.name))) {
    console.log(`\n=== ${stage.name}: ${stage.command}`);
    const started = Date.now();
    const result = spawnSync(stage.command, {
      shell: true,
      stdio: "inherit",
      env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport },
    });
    const ok = result.status === 0;
    const counts = stage.readCounts?.() ?? { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
    // A stage whose runner crashed before reporting still counts as failed.
    const failed = ok ? counts.failed : Math.max(counts.failed, 1);
    rows.push({
      name: stage.name,
      ok,
      passed: counts.passed,
      failed,
      seconds: (Date.now() - started) / 1000,
    });
  }
  console.log("\n=== summary");
  for (const row of rows) {
    const verdict = row.ok ? "PASS" : "FAIL";
    console.log(
      `${verdict}  ${row.name.padEnd(10)} ${String(row.passed).padStart(5)} passed ${String(row.failed).padStart(3)} failed  ${row.seconds.toFixed(1)} s`,
    );
  }
  const passed = rows.reduce((sum, row) => sum + row.passed, 0);
  const failed = rows.reduce((sum, row) => sum + row.failed, 0);
  console.log(`tests: ${passed} passed, ${failed} failed`);
  return rows.every((row) => row.ok) ? 0 : 1;
}

process.exit(main());
