/** Jest: node for core/app/adapters/workbench/scripts, jsdom for the panes (STYLE.md B6). */
const tsJest = [
  "ts-jest",
  {
    tsconfig: {
      jsx: "react-jsx",
      module: "commonjs",
      moduleResolution: "node",
      isolatedModules: true,
    },
  },
];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/src/$1" },
};
module.exports = {
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/{src,workbench,scripts,bench}/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/src/ui/"],
    },
    {
      ...common,
      displayName: "ui",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/src/ui/**/*.test.{ts,tsx}"],
      setupFilesAfterEnv: ["<rootDir>/src/testing/setup-dom.ts"],
    },
  ],
  coverageThreshold: { "./src/core/": { lines: 90 } },
};
