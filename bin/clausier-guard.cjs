#!/usr/bin/env node
"use strict";
// Entry point: checks the Node version, then runs the CLI.
const major = Number(process.versions.node.split(".")[0]);
if (major < 22) {
  process.stderr.write(`clausier-guard: Node ${process.versions.node} is too old (>= 22 required; run scripts/bootstrap.sh and put its Node first on PATH)\n`);
  process.exit(2);
}
// A closed pipe (`clausier-guard catalog | head`) ends the output, not with a stack trace.
process.stdout.on("error", (e) => { if (e.code === "EPIPE") process.exit(process.exitCode ?? 0); else throw e; });
// The installed package ships compiled JavaScript; a checkout runs the TypeScript sources.
const path = require("node:path");
const compiled = path.join(__dirname, "..", "ci", "cli", "main.js");
let cli;
try {
  if (require("node:fs").existsSync(compiled)) {
    cli = require(compiled);
  } else {
    require("tsx/cjs");
    cli = require("../ci/cli/main.ts");
  }
} catch (e) {
  // A module that cannot load is a broken installation, said in one line (CLAUSIER_DEBUG for the trace).
  process.stderr.write(`clausier-guard: installation is broken: ${String(e && e.message).split("\n")[0]} (reinstall, or run npm ci in a checkout)\n`);
  if (process.env.CLAUSIER_DEBUG) process.stderr.write(`${e && e.stack}\n`);
  process.exit(2);
}
cli.main();
