// The layer rules of STYLE.md B1 are enforced by ESLint: each case lints a snippet as if it stood in a real file of a layer.
// To add a case: pick an existing file of the layer, the offending line, and the rule that must fire.
import { execFileSync } from "node:child_process";
import { join } from "node:path";

jest.setTimeout(180_000);

const repoRoot = join(__dirname, "..");
const boundaryRules = [
  "import-x/no-restricted-paths",
  "no-restricted-imports",
  "no-restricted-globals",
  "no-restricted-properties",
];

const cases: { scenario: string; file: string; code: string; rule: string | null }[] = [
  {
    scenario: "core importing a use case",
    file: "src/core/errors/app-error.ts",
    code: 'import { createPaneServices } from "../../app/composition-root";\nexport const s = createPaneServices;\n',
    rule: "import-x/no-restricted-paths",
  },
  {
    scenario: "core importing MSAL",
    file: "src/core/errors/app-error.ts",
    code: 'import { PublicClientApplication } from "@azure/msal-browser";\nexport const p = PublicClientApplication;\n',
    rule: "no-restricted-imports",
  },
  {
    scenario: "core reading the clock",
    file: "src/core/errors/app-error.ts",
    code: "export const nowMs = (): number => Date.now();\n",
    rule: "no-restricted-properties",
  },
  {
    scenario: "core calling fetch",
    file: "src/core/errors/app-error.ts",
    code: 'export const load = (): Promise<Response> => fetch("https://graph.microsoft.com");\n',
    rule: "no-restricted-globals",
  },
  {
    scenario: "an adapter importing a pane",
    file: "src/adapters/graph/graph-client.ts",
    code: 'import { PaneShell } from "../../ui/components/pane-shell";\nexport const p = PaneShell;\n',
    rule: "import-x/no-restricted-paths",
  },
  {
    scenario: "a pane importing an adapter",
    file: "src/ui/components/pane-shell.tsx",
    code: 'import { GraphGateway } from "../../adapters/graph/graph-client";\nexport const g = GraphGateway;\n',
    rule: "import-x/no-restricted-paths",
  },
  {
    scenario: "a use case importing an adapter",
    file: "src/app/auth-session.ts",
    code: 'import { GraphGateway } from "../adapters/graph/graph-client";\nexport const g = GraphGateway;\n',
    rule: "import-x/no-restricted-paths",
  },
  {
    scenario: "core importing core",
    file: "src/core/errors/app-error.ts",
    code: 'import { AppErrorCode } from "./app-error-codes";\nexport const c = AppErrorCode.invalidInput;\n',
    rule: null,
  },
];

/** Lints every case in one child process: ESLint loads its flat config with import(), which jest's VM cannot do. */
function lintCases(): (string | null)[][] {
  const script = `
    const { ESLint } = require("eslint");
    const cases = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    Promise.all(cases.map(({ file, code }) => eslint.lintText(code, { filePath: file }))).then(
      (results) => process.stdout.write(JSON.stringify(results.map(([r]) => r.messages.map((m) => m.ruleId)))),
    );`;
  const input = cases.map(({ file, code }) => ({ file: join(repoRoot, file), code }));
  const output = execFileSync(process.execPath, ["-e", script, JSON.stringify(input)], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  return JSON.parse(output) as (string | null)[][];
}

describe("architecture boundaries", () => {
  let firedRules: (string | null)[][] = [];
  beforeAll(() => {
    firedRules = lintCases();
  });

  it.each(cases.map((testCase, index) => ({ ...testCase, index })))(
    "$scenario → $rule",
    ({ index, rule }) => {
      const fired = (firedRules[index] ?? []).filter(
        (ruleId): ruleId is string => ruleId !== null && boundaryRules.includes(ruleId),
      );
      expect(fired).toStrictEqual(rule === null ? [] : [rule]);
    },
  );
});
