#!/usr/bin/env node
"use strict";
// Entry point: checks the Node version, loads the TypeScript sources through tsx, runs the CLI.
const major = Number(process.versions.node.split(".")[0]);
if (major < 22) {
  process.stderr.write(`clausier-guard: Node ${process.versions.node} is too old (>= 22 required; run scripts/bootstrap.sh and put its Node first on PATH)\n`);
  process.exit(2);
}
require("tsx/cjs");
require("../ci/cli/main.ts").main();
