// The SDK floor: a generated program under @pulumi/pulumi's own mocks and nothing of ours (a
// newResource that returns the inputs, nothing recorded, no simulation, no pack), with the same two
// SDK shortcuts as evaluate's child (plain promises, no stack trace per resource). What this costs
// no evaluator built on the SDK's runtime can go below. Prints one JSON line.
// Usage: node --max-old-space-size=8192 bench/sdk-floor.cjs PROGRAM_DIR
const { createRequire } = require("node:module");
const { readFileSync } = require("node:fs");
const path = require("node:path");

const dir = path.resolve(process.argv[2] ?? "");
const programRequire = createRequire(path.join(dir, "__floor__.js"));
const t0 = Date.now();
const pulumi = programRequire("@pulumi/pulumi");
let registered = 0;
pulumi.runtime.setMocks({
  newResource: (a) => { registered++; return { id: `${a.name}-id`, state: a.inputs }; },
  call: (a) => a.inputs,
}, "bench", "prod", true);
programRequire("@pulumi/pulumi/runtime/debuggable").debuggablePromise = (p) => p;
programRequire("@pulumi/pulumi/resource").Resource.stackTrace = () => [];
// The program is TypeScript, loaded as evaluate's child loads it (tsx).
require(require.resolve("tsx/cjs", { paths: [__dirname] }));
const tLoad = Date.now();
programRequire(path.join(dir, "index.ts"));
const tSync = Date.now();
let reported = false;
process.on("beforeExit", () => {
  if (reported) return;
  reported = true;
  const hwmKb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? 0);
  console.log(JSON.stringify({ registered, ms: { sdkLoad: tLoad - t0, programSync: tSync - tLoad, total: Date.now() - t0 }, peakKb: hwmKb }));
});
