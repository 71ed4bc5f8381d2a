#!/usr/bin/env node
// Runs the TypeScript CLI (src/cli/tempo.ts) through tsx, so `tempo` works from a checkout without a build step.
require("tsx/cjs");
require("../src/cli/tempo.ts");
