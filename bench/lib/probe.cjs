// Preloaded (NODE_OPTIONS=--require) into the Node processes a benchmark starts: at exit, writes the
// process's peak resident memory (VmHWM from /proc/self/status) to $BENCH_PROBE_DIR/<role>-<pid>.json.
// A pack is stopped by SIGTERM: the handler records the peak, then exits (which also lets
// --cpu-prof write its profile).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const dir = process.env.BENCH_PROBE_DIR;
if (dir) {
  const entry = process.argv[1] || "";
  const role = /run-program\.ts$/.test(entry) ? "program" : /clausier-guard\.cjs$/.test(entry) ? "cli" : /eval-bench\.ts$/.test(entry) ? "harness" : /(index|pack)\.[cm]?[jt]s$/.test(entry) ? "pack" : "other";
  let done = false;
  const write = () => {
    if (done) return;
    done = true;
    try {
      const s = fs.readFileSync("/proc/self/status", "utf8");
      const kb = (k) => Number((new RegExp(`${k}:\\s+(\\d+)`).exec(s) || [])[1] || 0);
      fs.writeFileSync(path.join(dir, `${role}-${process.pid}.json`), JSON.stringify({ role, pid: process.pid, entry, hwmKb: kb("VmHWM"), rssKb: kb("VmRSS") }));
    } catch { /* best effort */ }
  };
  process.on("exit", write);
  if (role === "pack") process.on("SIGTERM", () => { write(); process.exit(0); });
}

// Experiment (bench/run.sh --no-source-maps): keep tsx from turning on source-mapped stack traces,
// to measure what they cost the program child (@pulumi/pulumi reads `new Error().stack` per promise
// and per resource).
if (process.env.BENCH_NO_SOURCE_MAPS === "1" && /run-program\.ts$/.test(process.argv[1] || "")) {
  process.setSourceMapsEnabled = () => {};
}
