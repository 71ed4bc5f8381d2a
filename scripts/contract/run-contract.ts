// `npm run test:contract`: drives the fake Graph through Tempo's scenarios, then checks its log against the Graph description.
import { mkdirSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { startFakeGraph } from "../../workbench/graph/fake-graph-server";
import { checkGraphLog, readGraphLog, type GraphLogCheck } from "./check-log";
import { mintUnsignedGraphToken } from "./mint-test-token";
import { runScenarios, type ScenarioResult } from "./scenario-runner";
import { scenarios, type Scenario } from "./scenarios";

export interface ContractRun {
  results: ScenarioResult[];
  check: GraphLogCheck;
}

/** Starts a seeded fake Graph that logs to `logPath`, runs `selected` against it and checks the log. */
export async function runContract(options: {
  logPath: string;
  selected?: readonly Scenario[];
}): Promise<ContractRun> {
  mkdirSync(dirname(options.logPath), { recursive: true });
  rmSync(options.logPath, { force: true });
  const graph = await startFakeGraph({ port: 0, logPath: options.logPath, seed: "demo" });
  let results: ScenarioResult[];
  try {
    const token = mintUnsignedGraphToken({ nowSeconds: Math.floor(Date.now() / 1000) });
    results = await runScenarios({
      graphUrl: graph.graphUrl,
      token,
      scenarios: options.selected ?? scenarios,
    });
  } finally {
    await graph.close();
  }
  return { results, check: checkGraphLog(readGraphLog(options.logPath)) };
}

function printRun({ results, check }: ContractRun): boolean {
  const failed = results.filter((result) => result.problem !== undefined);
  console.log(
    `contract: ${check.checked} requests checked, ${check.operations.size} operations, ${check.violations.length} violations`,
  );
  for (const violation of check.violations) {
    console.log(
      `  line ${violation.line} ${violation.method} ${violation.path} [${violation.rule}] ${violation.message}`,
    );
  }
  for (const result of failed)
    console.log(
      `  scenario failed: ${result.name} (${result.method} ${result.url}): ${result.problem ?? ""}`,
    );
  console.log(
    `operations covered:\n${[...check.operations]
      .sort()
      .map((operation) => `  ${operation}`)
      .join("\n")}`,
  );
  return failed.length === 0 && check.violations.length === 0;
}

async function main(): Promise<void> {
  const logPath = resolve(process.cwd(), ".tmp", "graph-contract.jsonl");
  const isClean = printRun(await runContract({ logPath }));
  process.exitCode = isClean ? 0 : 1;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
