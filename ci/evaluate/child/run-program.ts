// Runs one Pulumi program under runtime mocks, with the @pulumi/pulumi the program itself resolves,
// and records every resource registration as the engine would see it. Runs in a child process
// (started by program-runner.ts) so that a crashing program cannot take `evaluate` down.
import { createRequire } from "node:module";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { RecordedResource, RunRequest, RunResult } from "./protocol";
import { approximatedInvokes, offlineInvoke } from "./offline-invokes";

const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
const RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
const SIG_KEY = "4dabf18193072939515e22adb298388d";

/** Unwraps secrets and resource references the way the engine hands inputs to analyzers. */
function plain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (o[SIG_KEY] === SECRET_SIG) return plain(o.value);
    if (o[SIG_KEY] === RESOURCE_SIG) return o.id !== undefined && o.id !== "" ? o.id : o.urn;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) out[k] = plain(x);
    return out;
  }
  return v;
}

interface StructLike { toJavaScript(): Record<string, unknown> }
interface RegisterRequestLike {
  getType(): string; getName(): string; getParent(): string; getCustom(): boolean; getProvider(): string;
  getObject?(): StructLike | undefined; getProperties?(): StructLike | undefined; getDependenciesList?(): string[]; getProtect?(): boolean; getVersion?(): string;
  getPropertydependenciesMap?(): { forEach(cb: (v: { getUrnsList(): string[] }, k: string) => void): void };
}
interface MonitorLike {
  registerResource(req: RegisterRequestLike, cb: (err: unknown, resp?: { getUrn(): string }) => void): Promise<void>;
  readResource(req: RegisterRequestLike & { getId(): string }, cb: (err: unknown, resp?: { getUrn(): string }) => void): Promise<void>;
}

/** The first stack frame in the program's own files (not its node_modules), as "file:line:col". */
function programLocation(err: unknown, programDir: string): string | undefined {
  const stack = err instanceof Error ? err.stack ?? "" : "";
  for (const m of stack.matchAll(/(?:file:\/\/)?(\/[^\s():]+):(\d+):(\d+)/g)) {
    const file = m[1];
    if (file.startsWith(programDir + path.sep) && !file.includes(`${path.sep}node_modules${path.sep}`)) {
      return `${path.relative(programDir, file)}:${m[2]}:${m[3]}`;
    }
  }
  return undefined;
}

/** The first integer of a semver range ("^6.0.2" → 6, "~2" → 2, ">=3 <4" → 3); undefined for tags/URLs. */
function rangeMajor(range: string): number | undefined {
  const m = /^[\^~>=<v\s]*(\d+)/.exec(range);
  return m ? Number(m[1]) : undefined;
}

/**
 * Dependencies the program's package.json asks for in another major version than the one it resolves
 * (typically an example written for @pulumi/aws 6 or @pulumi/azure-native 2 run against 7 / 3 found
 * in a parent node_modules): the usual cause of "X is not a constructor" or "cannot read … of undefined".
 */
function versionMismatches(programDir: string, programRequire: NodeJS.Require): string[] {
  const pkgFile = path.join(programDir, "package.json");
  if (!existsSync(pkgFile)) return [];
  let deps: Record<string, string> = {};
  try {
    deps = (JSON.parse(readFileSync(pkgFile, "utf8")) as { dependencies?: Record<string, string> }).dependencies ?? {};
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const [name, range] of Object.entries(deps)) {
    const wanted = rangeMajor(range);
    if (wanted === undefined || name.startsWith("@types/")) continue;
    let installed: string | undefined;
    try {
      installed = (programRequire(`${name}/package.json`) as { version?: string }).version;
    } catch {
      continue; // not installed: reported as a missing module if the program needs it
    }
    if (installed && Number(installed.split(".")[0]) !== wanted) out.push(`package.json asks ${name} ${range} but ${installed} is installed`);
  }
  return out;
}

/** What to add to a failure message so that its reader knows where to look. */
function hintFor(err: unknown, req: RunRequest, programRequire: NodeJS.Require): string | undefined {
  const hints: string[] = [];
  const where = programLocation(err, req.programDir);
  if (where) hints.push(`at ${where}`);
  const mismatches = versionMismatches(req.programDir, programRequire);
  if (mismatches.length) hints.push(`${mismatches.join("; ")} — run \`npm install\` in ${req.programDir}`);
  const msg = err instanceof Error ? err.message : String(err);
  if (approximatedInvokes.size && /of (undefined|null)|is not iterable|is not a function/.test(msg)) {
    hints.push(`the program read results of data sources that evaluate answers only approximately offline (${[...approximatedInvokes].join(", ")})`);
  }
  if (/Failed to find package\.json/.test(msg)) {
    hints.push("serializing a function (aws.lambda.CallbackFunction, a dynamic provider) needs the program's package.json");
  }
  return hints.length ? hints.join("\n  ") : undefined;
}

/** For "cannot find module 'pkg/sub'": the installed version of pkg when pkg itself resolves. */
function installedPackageOf(module: string, programRequire: NodeJS.Require): { name: string; version: string } | undefined {
  const parts = module.split("/");
  const name = module.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
  if (name === module) return undefined;
  try {
    return { name, version: (programRequire(`${name}/package.json`) as { version: string }).version };
  } catch {
    return undefined;
  }
}

function fail(outFile: string, r: RunResult & { ok: false }): never {
  writeFileSync(outFile, JSON.stringify(r));
  process.exit(3);
}

async function main(): Promise<void> {
  const req = JSON.parse(process.env.CLAUSIER_EVAL_REQUEST ?? "{}") as RunRequest;
  const programRequire = createRequire(path.join(req.programDir, "__clausier_guard__.js"));
  let pulumi: typeof import("@pulumi/pulumi");
  let settings: { getMonitor(): MonitorLike };
  try {
    pulumi = programRequire("@pulumi/pulumi");
    settings = programRequire("@pulumi/pulumi/runtime/settings");
  } catch {
    fail(req.outFile, { ok: false, kind: "missing-module", module: "@pulumi/pulumi", message: "@pulumi/pulumi cannot be resolved from the program's folder" });
  }
  const region = req.config["aws:region"] ?? "";
  const resources: RecordedResource[] = [];
  const logs: string[] = [];

  pulumi.runtime.setAllConfig(req.config, req.secretKeys);
  await pulumi.runtime.setMocks({
    newResource: (a) => {
      // A preview knows a resource's inputs, not what the cloud will compute: the id and every
      // output that is not an input stay unknown, as in `pulumi preview`.
      const state = a.type === "pulumi:pulumi:StackReference" ? { name: a.inputs.name } : a.inputs;
      return { id: req.preview ? (undefined as unknown as string) : `${a.name}-id`, state };
    },
    call: (a) => offlineInvoke(a.token, a.inputs as Record<string, unknown>, region),
  }, req.project, req.stack, req.preview);

  // @pulumi/pulumi gives every promise a stack trace and keeps the pending ones for a leak report
  // at exit. Under a preview unknown outputs never settle, so on a large program those traces
  // exhaust memory (10,000 resources: over 4 GB). This runner reports its own failures: promises
  // stay plain. (Its modules call `debuggable_1.debuggablePromise` through the exports object.)
  (programRequire("@pulumi/pulumi/runtime/debuggable") as { debuggablePromise: <T>(p: Promise<T>) => Promise<T> }).debuggablePromise = (p) => p;

  const monitor = settings.getMonitor();
  const record = (r: RegisterRequestLike, urn: string, custom: boolean) => {
    const propertyDependencies: Record<string, string[]> = {};
    r.getPropertydependenciesMap?.().forEach((v, k) => { propertyDependencies[k] = v.getUrnsList(); });
    // Registrations carry `object`; reads (StackReference, get()) carry `properties`.
    const inputs = plain((r.getObject?.() ?? r.getProperties?.())?.toJavaScript() ?? {}) as Record<string, unknown>;
    resources.push({
      urn, type: r.getType(), name: r.getName(), custom,
      parent: r.getParent() || undefined,
      providerRef: r.getProvider() || undefined,
      dependencies: r.getDependenciesList?.() ?? [],
      propertyDependencies,
      inputs,
      protect: r.getProtect?.() ?? false,
      version: r.getVersion?.() || undefined,
    });
  };
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (r, cb) => register(r, (err, resp) => {
    if (!err && resp) record(r, resp.getUrn(), r.getCustom());
    cb(err, resp);
  });
  const read = monitor.readResource.bind(monitor);
  monitor.readResource = (r, cb) => read(r, (err, resp) => {
    if (!err && resp) record(r, resp.getUrn(), true);
    cb(err, resp);
  });
  const origLog = console.log;
  console.log = (...a: unknown[]) => { logs.push(a.map(String).join(" ")); };

  let outputs: string[] = [];
  try {
    // Every promise the runtime creates records a stack trace; source-mapping them is most of a
    // large program's time. Maps come back on for the program's own errors (catch below).
    process.setSourceMapsEnabled(false);
    const mod = (await import(pathToFileURL(req.entry).href)) as Record<string, unknown>;
    // Like @pulumi/pulumi's run.js: a program may export a (possibly async) function.
    let exported: unknown = "default" in mod && typeof mod.default === "function" ? mod.default : mod;
    if (typeof exported === "function") exported = await (exported as () => unknown)();
    if (exported && typeof exported === "object") {
      outputs = Object.keys(exported).filter((k) => k !== "default" && k !== "__esModule");
      // Waiting on the outputs lets every apply() chain run, as the engine would. (Not apply():
      // its callback never runs on values unknown during preview.)
      await (pulumi.output(exported as Record<string, unknown>) as unknown as { promise(): Promise<unknown> }).promise();
    }
    await (pulumi.runtime as unknown as { waitForRPCs?: () => Promise<void> }).waitForRPCs?.();
    await new Promise((r) => setTimeout(r, 0));
  } catch (e) {
    process.setSourceMapsEnabled(true);
    console.log = origLog;
    const err = e as NodeJS.ErrnoException;
    const hint = hintFor(e, req, programRequire);
    if (err && (err.code === "ERR_MODULE_NOT_FOUND" || err.code === "MODULE_NOT_FOUND")) {
      const m = /Cannot find (?:module|package) '([^']+)'/.exec(err.message);
      const pkg = m?.[1] ? installedPackageOf(m[1], programRequire) : undefined;
      if (pkg) {
        // The package is there, the subpath is not: another major version than the program was written for.
        fail(req.outFile, { ok: false, kind: "program-error", message: `module '${m![1]}' does not exist in the installed ${pkg.name} ${pkg.version}`, hint });
      }
      fail(req.outFile, { ok: false, kind: "missing-module", module: m?.[1], message: err.message.split("\n")[0], hint });
    }
    fail(req.outFile, { ok: false, kind: "program-error", message: err instanceof Error ? `${err.name}: ${err.message}` : String(e), hint });
  }
  console.log = origLog;
  const result: RunResult = { ok: true, resources, outputs, logs };
  writeFileSync(req.outFile, JSON.stringify(result));
  process.exit(0);
}

process.on("unhandledRejection", (e) => {
  const req = JSON.parse(process.env.CLAUSIER_EVAL_REQUEST ?? "{}") as RunRequest;
  const hint = hintFor(e, req, createRequire(path.join(req.programDir, "__clausier_guard__.js")));
  fail(req.outFile, { ok: false, kind: "program-error", message: `unhandled rejection: ${e instanceof Error ? e.message : String(e)}`, hint });
});

// A program whose promises never settle drains the event loop: say so instead of exiting 0.
process.on("beforeExit", () => {
  const req = JSON.parse(process.env.CLAUSIER_EVAL_REQUEST ?? "{}") as RunRequest;
  fail(req.outFile, { ok: false, kind: "program-error", message: "the program stopped before its resources were registered (a promise that never settles?)" });
});

void main();
