// Runs one Pulumi program under runtime mocks, with the @pulumi/pulumi the program itself resolves,
// and records every resource registration as the engine would see it. Runs in a child process
// (started by program-runner.ts) so that a crashing program cannot take `evaluate` down.
//
// The request comes and the result goes over the IPC channel, with a nonce the program never sees:
// nothing is read from or written to a file the program could know. The IPC handle is taken before
// the program loads and `process.send` removed, so the program cannot speak for the runner.
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ChildMessage, RecordedResource, RunRequest, RunResult } from "./protocol";
import { answerOffline, approximatedInvokes, placementFromConfig, readPlacement } from "./offline-invokes";
import { simulate } from "../simulation";
import type { Placement } from "./offline-invokes";
import { isSecretValue, secretValue, SIG_KEY } from "../../../policies/core/deserializer";

const RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";

/** Values the program marked secret: every output redacts them. */
const secretValues = new Set<string>();

function learnSecret(v: unknown): void {
  if (typeof v === "string") secretValues.add(v);
  else if (typeof v === "number") secretValues.add(String(v));
  else if (Array.isArray(v)) v.forEach(learnSecret);
  else if (v && typeof v === "object") Object.values(v).forEach(learnSecret);
}

/**
 * Resource references as the engine hands them to analyzers (their id, else their URN). Secrets are
 * learnt for redaction, and kept signed where the engine keeps them (a resource's inputs: its
 * Analyze call marshals with KeepSecrets) so the pack knows which properties are secret.
 */
function plain(v: unknown, keepSecrets = false): unknown {
  if (Array.isArray(v)) return v.map((x) => plain(x, keepSecrets));
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (isSecretValue(o)) {
      const inner = plain(o.value, keepSecrets);
      learnSecret(inner);
      return keepSecrets ? secretValue(inner) : inner;
    }
    if (o[SIG_KEY] === RESOURCE_SIG) return o.id !== undefined && o.id !== "" ? o.id : o.urn;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) out[k] = plain(x, keepSecrets);
    return out;
  }
  return v;
}

/** The engine's sentinel for a value unknown during preview (a string: outputs are sent as such). */
const UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

interface OutputLike { isKnown: Promise<boolean>; isSecret: Promise<boolean>; promise(): Promise<unknown> }

/** One stack output as the engine sends it to stack policies: secret-signed when marked secret. */
async function outputValue(o: OutputLike): Promise<unknown> {
  const [known, secret, value] = await Promise.all([o.isKnown, o.isSecret, o.promise()]);
  const v = known ? plain(value) : UNKNOWN_VALUE;
  if (!secret) return v;
  learnSecret(v);
  return secretValue(v);
}

interface StructLike { toJavaScript(): Record<string, unknown> }
interface RegisterRequestLike {
  getType(): string; getName(): string; getParent(): string; getCustom(): boolean; getProvider(): string;
  getObject?(): StructLike | undefined; getProperties?(): StructLike | undefined; getDependenciesList?(): string[]; getProtect?(): boolean; getVersion?(): string;
  getPropertydependenciesMap?(): { forEach(cb: (v: { getUrnsList(): string[] }, k: string) => void): void };
  getAdditionalsecretoutputsList?(): string[];
}

/**
 * The engine makes a registration's `additionalSecretOutputs` secret (provider SDKs list their
 * secret outputs there too, e.g. an IAM access key's `secret`); the mock monitor does not.
 */
function markAdditionalSecrets(r: RegisterRequestLike, resp: RegisterResponseLike): void {
  const keys = r.getAdditionalsecretoutputsList?.() ?? [];
  const struct = keys.length ? resp.getObject?.() : undefined;
  if (!struct || !resp.setObject) return;
  const state = struct.toJavaScript();
  const wanted = keys.filter((k) => !isSecretValue(state[k]));
  if (!wanted.length) return;
  for (const k of wanted) {
    // An output the simulation does not predict stays unknown, but secret as the engine makes it.
    const v = k in state ? state[k] : UNKNOWN_VALUE;
    if (v !== UNKNOWN_VALUE) learnSecret(v);
    state[k] = secretValue(v);
  }
  resp.setObject((struct.constructor as unknown as StructCtorLike).fromJavaScript(state));
}

interface StructCtorLike { fromJavaScript(o: Record<string, unknown>): StructLike }
interface RegisterResponseLike { getUrn(): string; getObject?(): StructLike | undefined; setObject?(o: StructLike): void }
interface MonitorLike {
  registerResource(req: RegisterRequestLike, cb: (err: unknown, resp?: RegisterResponseLike) => void): Promise<void>;
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
  if (where) hints.push(`in ${where}`);
  const mismatches = versionMismatches(req.programDir, programRequire);
  if (mismatches.length) hints.push(`${mismatches.join("; ")} — run \`npm install\` in ${req.programDir}`);
  const msg = err instanceof Error ? err.message : String(err);
  if (approximatedInvokes.size && /of (undefined|null)|is not iterable|is not a function/.test(msg)) {
    hints.push(`the program read results of data sources that evaluate answers only approximately offline (${[...approximatedInvokes].join(", ")})`);
  }
  if ((err as NodeJS.ErrnoException | undefined)?.code === "ERR_ACCESS_DENIED" || /Access to this API has been restricted/.test(msg)) {
    hints.push("evaluate runs the program without the right to start processes, load native addons or write outside its folder (README: threat model)");
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

/** The runner's own IPC handle, taken before the program loads; the program gets none. */
const send = process.send?.bind(process);
process.send = undefined;
let nonce = "";
let finished = false;

/** Thrown once the result is on its way: stops the runner's own code where it stands. */
class Finished extends Error {}

function reply(result: RunResult): never {
  if (finished) throw new Finished();
  finished = true;
  const message: ChildMessage = { nonce, result };
  if (!send) process.exit(4);
  send(message, undefined, undefined, () => process.exit(result.ok ? 0 : 3));
  throw new Finished();
}

function fail(r: RunResult & { ok: false }): never {
  return reply(r);
}

/** The request, the first message on the IPC channel; the channel then stops holding the loop open. */
function request(): Promise<RunRequest> {
  return new Promise((resolve) => {
    process.once("message", (m: { nonce: string; request: RunRequest }) => {
      nonce = m.nonce;
      process.channel?.unref();
      resolve(m.request);
    });
  });
}

async function main(): Promise<void> {
  const req = await request();
  currentRequest = req;
  const programRequire = createRequire(path.join(req.programDir, "__clausier_guard__.js"));
  let pulumi: typeof import("@pulumi/pulumi");
  let settings: { getMonitor(): MonitorLike };
  try {
    pulumi = programRequire("@pulumi/pulumi");
    settings = programRequire("@pulumi/pulumi/runtime/settings");
  } catch {
    fail({ ok: false, kind: "missing-module", module: "@pulumi/pulumi", message: "@pulumi/pulumi cannot be resolved from the program's folder" });
  }
  const placement = placementFromConfig(req.config);
  const resources: RecordedResource[] = [];
  const logs: string[] = [];
  // Explicit providers by the id the mocks gave them (resources name theirs as "urn::id").
  const providers = new Map<string, Record<string, unknown>>();
  const seeds = new Map<string, number>();

  const placed = (providerRef: string | undefined, inputs: Record<string, unknown>): Placement => {
    const p = providerRef ? providers.get(providerRef.slice(providerRef.lastIndexOf("::") + 2)) : undefined;
    const fromProvider = p ? readPlacement((k) => p[k]) : {};
    const own = typeof inputs.region === "string" ? { region: inputs.region } : {};
    return { ...placement, ...fromProvider, ...own };
  };

  pulumi.runtime.setAllConfig(req.config, req.secretKeys);
  await pulumi.runtime.setMocks({
    newResource: (a) => {
      if (a.type === "pulumi:pulumi:StackReference") return { id: undefined as unknown as string, state: { name: a.inputs.name } };
      if (req.preview) {
        // A first preview knows a resource's inputs, not what the cloud will compute: the id and
        // every output that is not an input stay unknown, as in `pulumi preview`.
        return { id: undefined as unknown as string, state: a.inputs };
      }
      const key = `${a.type}::${a.name}`;
      const n = (seeds.get(key) ?? 0) + 1;
      seeds.set(key, n);
      if (a.type.startsWith("pulumi:providers:")) {
        const id = `${a.name}-${n}-provider`;
        providers.set(id, a.inputs as Record<string, unknown>);
        return { id, state: a.inputs };
      }
      const sim = simulate(a.type, a.name, a.inputs as Record<string, unknown>, placed(a.provider, a.inputs as Record<string, unknown>), `${key}#${n}`);
      return { id: sim.id as string, state: sim.state };
    },
    call: (a) => answerOffline(a.token, a.inputs as Record<string, unknown>, placement),
  }, req.project, req.stack, true);

  // @pulumi/pulumi gives every promise a stack trace and keeps the pending ones for a leak report
  // at exit. Under a preview unknown outputs never settle, so on a large program those traces
  // exhaust memory (10,000 resources: over 4 GB). This runner reports its own failures: promises
  // stay plain. (Its modules call `debuggable_1.debuggablePromise` through the exports object.)
  (programRequire("@pulumi/pulumi/runtime/debuggable") as { debuggablePromise: <T>(p: Promise<T>) => Promise<T> }).debuggablePromise = (p) => p;
  // Each resource also formats a full stack trace for its source position (which no analyzer
  // receives): with source maps on, that is most of a large program's time. Positions stay empty.
  (programRequire("@pulumi/pulumi/resource") as { Resource: { stackTrace: (skip?: number) => unknown[] } }).Resource.stackTrace = () => [];

  const monitor = settings.getMonitor();
  const record = (r: RegisterRequestLike, urn: string, custom: boolean) => {
    const propertyDependencies: Record<string, string[]> = {};
    r.getPropertydependenciesMap?.().forEach((v, k) => { propertyDependencies[k] = v.getUrnsList(); });
    // Registrations carry `object`; reads (StackReference, get()) carry `properties`.
    const inputs = plain((r.getObject?.() ?? r.getProperties?.())?.toJavaScript() ?? {}, true) as Record<string, unknown>;
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
  monitor.registerResource = (r, cb) => { inFlight++; return register(r, (err, resp) => {
    inFlight--;
    if (!err && resp) {
      markAdditionalSecrets(r, resp);
      record(r, resp.getUrn(), r.getCustom());
    }
    recorded++;
    cb(err, resp);
  }); };
  const read = monitor.readResource.bind(monitor);
  monitor.readResource = (r, cb) => { inFlight++; return read(r, (err, resp) => {
    inFlight--;
    if (!err && resp) record(r, resp.getUrn(), true);
    recorded++;
    cb(err, resp);
  }); };
  const origLog = console.log;
  console.log = (...a: unknown[]) => { logs.push(a.map(String).join(" ")); };

  let outputs: string[] = [];
  const outputValues: Record<string, unknown> = {};
  try {
    // Source maps stay on so that a program's error points at its own TypeScript line.
    process.setSourceMapsEnabled(true);
    const mod = (await import(pathToFileURL(req.entry).href)) as Record<string, unknown>;
    // Like @pulumi/pulumi's run.js: a program may export a (possibly async) function.
    let exported: unknown = "default" in mod && typeof mod.default === "function" ? mod.default : mod;
    if (typeof exported === "function") exported = await (exported as () => unknown)();
    if (exported && typeof exported === "object") {
      outputs = Object.keys(exported).filter((k) => k !== "default" && k !== "__esModule");
      // Waiting on the outputs lets every apply() chain run, as the engine would. (Not apply():
      // its callback never runs on values unknown during preview.)
      await (pulumi.output(exported as Record<string, unknown>) as unknown as { promise(): Promise<unknown> }).promise();
      for (const k of outputs) outputValues[k] = await outputValue(pulumi.output((exported as Record<string, unknown>)[k]) as unknown as OutputLike);
    }
    await (pulumi.runtime as unknown as { waitForRPCs?: () => Promise<void> }).waitForRPCs?.();
  } catch (e) {
    if (e instanceof Finished) throw e;
    programFailed(e, req, programRequire);
  }
  // Done only when the event loop is empty (see the beforeExit handler): like the Node language
  // host, registrations made later (timers, awaited delays, I/O callbacks) still count.
  programDone = () => {
    console.log = origLog;
    reply({ ok: true, resources, outputs, outputValues, logs, secrets: [...secretValues], approximated: [...approximatedInvokes] });
  };
}

let currentRequest: RunRequest | undefined;
let inFlight = 0;
let recorded = 0;
let programDone: (() => void) | undefined;

function programFailed(e: unknown, req: RunRequest, programRequire: NodeJS.Require): never {
  const err = e as NodeJS.ErrnoException;
  const hint = hintFor(e, req, programRequire);
  if (err && (err.code === "ERR_MODULE_NOT_FOUND" || err.code === "MODULE_NOT_FOUND")) {
    const m = /Cannot find (?:module|package) '([^']+)'/.exec(err.message);
    const pkg = m?.[1] ? installedPackageOf(m[1], programRequire) : undefined;
    if (pkg) {
      // The package is there, the subpath is not: another major version than the program was written for.
      fail({ ok: false, kind: "program-error", message: `module '${m![1]}' does not exist in the installed ${pkg.name} ${pkg.version}`, hint });
    }
    fail({ ok: false, kind: "missing-module", module: m?.[1], message: err.message.split("\n")[0], hint });
  }
  fail({ ok: false, kind: "program-error", message: err instanceof Error ? `${err.name}: ${err.message}` : String(e), hint });
}

process.on("unhandledRejection", (e) => {
  if (finished || !currentRequest) return;
  const req = currentRequest;
  const hint = hintFor(e, req, createRequire(path.join(req.programDir, "__clausier_guard__.js")));
  reportOnce({ ok: false, kind: "program-error", message: `unhandled rejection: ${e instanceof Error ? e.message : String(e)}`, hint });
});

// The event loop is empty: no timer, socket or file callback can register anything more. One
// more turn lets `beforeExit` handlers of the program and its libraries register theirs (as the
// aws SDK's bucket notifications do); the run is over after a turn with no new registration.
let registeredAtLastTurn = -1;
process.on("beforeExit", () => {
  if (finished) return;
  if (!programDone) {
    reportOnce({ ok: false, kind: "program-error", message: "the program stopped before its resources were registered (a promise that never settles?)" });
    return;
  }
  const seen = recorded;
  if (inFlight === 0 && seen === registeredAtLastTurn) {
    try {
      programDone();
    } catch (e) {
      if (!(e instanceof Finished)) throw e;
    }
    return;
  }
  registeredAtLastTurn = seen;
  setImmediate(() => undefined);
});

/** A failure outside the runner's own call chain (an event handler): report it, once. */
function reportOnce(r: RunResult & { ok: false }): void {
  try {
    fail(r);
  } catch (e) {
    if (!(e instanceof Finished)) throw e;
  }
}

main().catch((e: unknown) => {
  if (e instanceof Finished) return;
  reportOnce({ ok: false, kind: "program-error", message: `evaluation runner failed: ${e instanceof Error ? e.message : String(e)}` });
});
