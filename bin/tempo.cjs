#!/usr/bin/env node
// Runs the TypeScript CLI (src/cli/tempo.ts) through tsx's loader, so `tempo` works from a checkout without a build step.
const { register } = require("tsx/esm/api");
const path = require("node:path");
const { pathToFileURL } = require("node:url");

register();
require("tsx/cjs");
import(pathToFileURL(path.join(__dirname, "../src/cli/tempo.ts")).href).catch((error) => {
  console.error("tempo: could not start:", error);
  process.exitCode = 1;
});
