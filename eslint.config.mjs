// ESLint flat config: type-checked TypeScript, the architecture boundaries of STYLE.md B1/B7,
// React hooks and a11y for panes, and the Office add-in rules.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import officeAddins from "eslint-plugin-office-addins";
import checkFile from "eslint-plugin-check-file";
import globals from "globals";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

const officeRules = Object.fromEntries(
  [
    "call-sync-after-load",
    "call-sync-before-read",
    "load-object-before-read",
    "no-context-sync-in-loop",
    "no-empty-load",
    "no-navigational-load",
    "no-office-initialize",
    "test-for-null-using-isNullObject",
  ].map((rule) => [`office-addins/${rule}`, "error"]),
);

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "coverage/**",
      "node_modules/**",
      "**/*.cjs",
      "eslint.config.mjs",
      ".tmp/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { "import-x": importX, "office-addins": officeAddins, "check-file": checkFile },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: {
      ...officeRules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always"],
      "no-console": "error",
      "no-empty": ["error", { allowEmptyCatch: false }],
      "import-x/no-cycle": "error",
      "import-x/order": [
        "error",
        {
          "newlines-between": "never",
          groups: ["builtin", "external", "internal", "parent", "sibling", "index", "type"],
        },
      ],
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./src/core",
              from: "./src",
              except: ["./core"],
              message: "core imports nothing outside core (STYLE.md B1)",
            },
            {
              target: "./src/shared",
              from: "./src",
              except: ["./core", "./shared"],
              message: "shared Office glue (used by panes and adapters alike) imports only core",
            },
            {
              target: "./src/ports",
              from: ["./src/adapters", "./src/app", "./src/ui", "./src/commands"],
              message: "ports are interfaces over core types only",
            },
            {
              target: "./src/adapters",
              from: ["./src/ui", "./src/app", "./src/commands"],
              message: "an adapter never imports a pane or a use case",
            },
            {
              target: "./src/app",
              from: ["./src/ui", "./src/adapters"],
              except: [],
              message:
                "use cases see ports, not adapters (only composition-root.ts wires adapters)",
            },
            {
              target: "./src/ui",
              from: "./src/adapters",
              message: "panes reach adapters only through app/composition-root.ts",
            },
            {
              target: "./src",
              from: ["./workbench", "./e2e", "./bench"],
              message: "the product never depends on the workbench",
            },
          ],
        },
      ],
      "check-file/filename-naming-convention": [
        "error",
        { "**/*.{ts,tsx}": "KEBAB_CASE" },
        { ignoreMiddleExtensions: true },
      ],
      "check-file/folder-naming-convention": [
        "error",
        { "src/**/": "KEBAB_CASE" },
        { ignoreWords: ["__fixtures__"] },
      ],
    },
  },
  {
    files: ["src/app/composition-root.ts"],
    rules: { "import-x/no-restricted-paths": "off" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@azure/*", "@microsoft/*", "react", "react-dom", "office-*", "@fluentui/*"],
              message: "core is pure (STYLE.md B1)",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "core is pure: pass data in" },
        { name: "fetch", message: "core is pure: no IO" },
        { name: "window", message: "core is pure: no DOM" },
        { name: "document", message: "core is pure: no DOM" },
        { name: "localStorage", message: "core is pure: no storage" },
      ],
      "no-restricted-properties": [
        "error",
        {
          object: "Date",
          property: "now",
          message: "core never reads the clock: take now as a parameter",
        },
      ],
    },
  },
  {
    files: ["src/ui/**/*.tsx", "src/ui/**/*.ts", "workbench/host/**/*.tsx"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  {
    files: [
      "workbench/**/*.ts",
      "scripts/**/*.ts",
      "bench/**/*.ts",
      "e2e/**/*.ts",
      "src/adapters/logging/**/*.ts",
      "src/cli/**/*.ts",
      "bin/**",
    ],
    rules: { "no-console": "off" },
  },
  {
    // Core tests may use the shared builders and references in src/testing; core code may not.
    files: ["src/core/**/*.test.ts"],
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./src/core",
              from: "./src",
              except: ["./core", "./testing"],
              message: "core tests import only core and src/testing",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.test.ts", "**/*.test.tsx"],
    rules: { "@typescript-eslint/unbound-method": "off" },
  },
);
