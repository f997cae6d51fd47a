// Speaks the CrossGuard analyzer gRPC protocol to a policy pack exactly as the Pulumi CLI does:
// start the pack, read its port, GetAnalyzerInfo, Configure, ConfigureStack, Analyze, AnalyzeStack.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as grpc from "@grpc/grpc-js";
import { InputError } from "../result/errors";
import type { EngineResource } from "./engine-view";

/* eslint-disable @typescript-eslint/no-require-imports -- generated protobuf modules have no typings worth importing */
const analyzerPb = require("@pulumi/pulumi/proto/analyzer_pb");
const analyzerGrpc = require("@pulumi/pulumi/proto/analyzer_grpc_pb");
const structPb = require("google-protobuf/google/protobuf/struct_pb");
const emptyPb = require("google-protobuf/google/protobuf/empty_pb");
/* eslint-enable @typescript-eslint/no-require-imports */

const LEVELS = ["advisory", "mandatory", "disabled", "remediate"] as const;
const SEVERITIES = ["", "low", "medium", "high", "critical"] as const;

export interface Diagnostic {
  policyName: string;
  policyPackName: string;
  message: string;
  urn: string;
  enforcementLevel: (typeof LEVELS)[number];
  severity: string;
}

export interface PolicyInfo {
  name: string;
  description: string;
  enforcementLevel: string;
  severity: string;
}

export interface PolicyConfigEntry {
  enforcementLevel?: "advisory" | "mandatory" | "disabled";
  [k: string]: unknown;
}

/**
 * Properties as the engine sends them: like JSON, a field holding `undefined` is left out and an
 * `undefined` list item is null (an optional output read through `apply` is undefined offline, and
 * protobuf's Struct refuses it).
 */
function jsonShaped(v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => (x === undefined ? null : jsonShaped(x)));
  if (v === null || typeof v !== "object") return v;
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, jsonShaped(x)]));
}

function toStruct(props: Record<string, unknown>): unknown {
  return structPb.Struct.fromJavaScript(jsonShaped(props));
}

/** Seconds from an environment variable (tests and slow CI machines), else the default. */
function envSeconds(name: string, fallbackMs: number): number {
  const v = process.env[name];
  return v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) * 1000 : fallbackMs;
}

/** The setters the generated AnalyzeRequest and AnalyzerResource messages have in common. */
interface ResourceMessage {
  setType(v: string): void;
  setName(v: string): void;
  setUrn(v: string): void;
  setProperties(v: unknown): void;
  setOptions(v: unknown): void;
  setProvider(v: unknown): void;
}

type Unary = (req: unknown, cb: (err: grpc.ServiceError | null, resp: Record<string, (...a: unknown[]) => unknown>) => void) => void;

function packEntry(packDir: string): string {
  const pkgFile = path.join(packDir, "package.json");
  let main: string | undefined;
  if (existsSync(pkgFile)) {
    try {
      main = (JSON.parse(readFileSync(pkgFile, "utf8")) as { main?: string } | null)?.main;
    } catch (e) {
      throw new InputError(`policy pack ${packDir}: ${pkgFile} is not valid JSON (${(e as Error).message.split("\n")[0]})`);
    }
  }
  const candidates = [main, "index.ts", "index.js", "bin/index.js"].filter((c): c is string => !!c).map((c) => path.resolve(packDir, c));
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new InputError(`policy pack ${packDir}: no entry point (package.json main, index.ts or index.js)`);
  return found;
}

export class AnalyzerSession {
  private constructor(private readonly child: ChildProcess, private readonly client: Record<string, Unary>, private readonly stderr: () => string, private readonly packDir: string) {}

  static async start(packDir: string, timeoutMs = envSeconds("CLAUSIER_PACK_START_TIMEOUT_SECONDS", 60_000)): Promise<AnalyzerSession> {
    if (!existsSync(path.join(packDir, "PulumiPolicy.yaml"))) throw new InputError(`policy pack ${packDir}: no PulumiPolicy.yaml`);
    const entry = packEntry(packDir);
    const child = spawn(process.execPath, ["--import", pathToFileURL(require.resolve("tsx")).href, entry], { cwd: packDir, stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr!.on("data", (d: Buffer) => { if (err.length < 32_000) err += d.toString(); });
    const port = await new Promise<number>((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => { child.kill("SIGKILL"); reject(new InputError(`policy pack ${packDir}: did not start within ${timeoutMs / 1000} s`)); }, timeoutMs);
      child.stdout!.on("data", (d: Buffer) => {
        out += d.toString();
        const m = /^(\d+)\s*$/m.exec(out);
        if (m) { clearTimeout(timer); resolve(Number(m[1])); }
      });
      child.on("exit", (code) => {
        clearTimeout(timer);
        const detail = err.trim().split("\n").filter((l) => l.trim()).slice(0, 8).join("\n  ");
        reject(new InputError(`policy pack ${packDir}: failed to start (exit ${code})${detail ? `:\n  ${detail}` : ""}`));
      });
    });
    child.removeAllListeners("exit");
    const client = new analyzerGrpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
      "grpc.max_receive_message_length": 400 * 1024 * 1024,
      "grpc.max_send_message_length": 400 * 1024 * 1024,
    }) as Record<string, Unary>;
    return new AnalyzerSession(child, client, () => err, packDir);
  }

  private call(method: string, req: unknown, timeoutMs = envSeconds("CLAUSIER_PACK_CALL_TIMEOUT_SECONDS", 120_000)): Promise<Record<string, (...a: unknown[]) => unknown>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new InputError(`policy pack ${this.packDir}: ${method} did not answer within ${timeoutMs / 1000} s`)), timeoutMs);
      this.client[method].call(this.client, req, (e, resp) => {
        clearTimeout(timer);
        if (e) reject(new InputError(`policy pack ${this.packDir}: ${method} failed: ${e.details || e.message}${this.stderr() ? `\n  ${this.stderr().trim().split("\n").slice(0, 5).join("\n  ")}` : ""}`));
        else resolve(resp);
      });
    });
  }

  async info(): Promise<{ name: string; version: string; policies: PolicyInfo[] }> {
    const r = await this.call("getAnalyzerInfo", new emptyPb.Empty());
    const policies = (r.getPoliciesList() as Array<Record<string, () => unknown>>).map((p) => ({
      name: p.getName() as string,
      description: p.getDescription() as string,
      enforcementLevel: LEVELS[p.getEnforcementlevel() as number] ?? "advisory",
      severity: SEVERITIES[(p.getSeverity?.() as number) ?? 0] ?? "",
    }));
    return { name: r.getName() as string, version: r.getVersion() as string, policies };
  }

  async configure(config: Record<string, PolicyConfigEntry>): Promise<void> {
    const req = new analyzerPb.ConfigureAnalyzerRequest();
    const map = req.getPolicyconfigMap();
    for (const [name, entry] of Object.entries(config)) {
      const { enforcementLevel, ...props } = entry;
      const pc = new analyzerPb.PolicyConfig();
      pc.setEnforcementlevel(LEVELS.indexOf(enforcementLevel ?? "mandatory"));
      pc.setProperties(toStruct(props));
      map.set(name, pc);
    }
    await this.call("configure", req);
  }

  async configureStack(stack: string, project: string, dryRun: boolean): Promise<void> {
    const req = new analyzerPb.AnalyzerStackConfigureRequest();
    req.setStack(stack);
    req.setProject(project);
    req.setDryRun(dryRun);
    await this.call("configureStack", req);
  }

  private providerFor(r: EngineResource, byUrn: Map<string, EngineResource>) {
    const p = r.providerUrn ? byUrn.get(r.providerUrn) : undefined;
    if (!p) return undefined;
    const pr = new analyzerPb.AnalyzerProviderResource();
    pr.setType(p.type);
    pr.setName(p.name);
    pr.setUrn(p.urn);
    pr.setProperties(toStruct(p.properties));
    return pr;
  }

  private options(r: EngineResource) {
    const o = new analyzerPb.AnalyzerResourceOptions();
    o.setProtect(r.protect);
    if (r.parent) o.setParent(r.parent);
    return o;
  }

  /** What AnalyzeRequest and AnalyzerResource share: identity, properties, options, provider. */
  private describe<T extends ResourceMessage>(msg: T, r: EngineResource, byUrn: Map<string, EngineResource>): T {
    msg.setType(r.type);
    msg.setName(r.name);
    msg.setUrn(r.urn);
    msg.setProperties(toStruct(r.properties));
    msg.setOptions(this.options(r));
    const pr = this.providerFor(r, byUrn);
    if (pr) msg.setProvider(pr);
    return msg;
  }

  async analyze(r: EngineResource, byUrn: Map<string, EngineResource>): Promise<Diagnostic[]> {
    return diagnostics(await this.call("analyze", this.describe(new analyzerPb.AnalyzeRequest(), r, byUrn)));
  }

  /**
   * Every resource's Analyze call, a few in flight at once as the engine's parallel steps make them:
   * the pack works on one while this process marshals the next. Diagnostics keep the resources'
   * order, each filed under the resource analysed when the policy names none (as the CLI does).
   */
  async analyzeEach(resources: EngineResource[], byUrn: Map<string, EngineResource>, inFlight = 8): Promise<Diagnostic[]> {
    const out: Diagnostic[][] = new Array(resources.length);
    let next = 0;
    const worker = async () => {
      while (next < resources.length) {
        const i = next++;
        out[i] = (await this.analyze(resources[i], byUrn)).map((d) => ({ ...d, urn: d.urn || resources[i].urn }));
      }
    };
    await Promise.all(Array.from({ length: Math.min(inFlight, resources.length) }, worker));
    return out.flat();
  }

  async analyzeStack(resources: EngineResource[], byUrn: Map<string, EngineResource>): Promise<Diagnostic[]> {
    const req = new analyzerPb.AnalyzeStackRequest();
    req.setResourcesList(resources.map((r) => {
      const a = this.describe(new analyzerPb.AnalyzerResource(), r, byUrn);
      if (r.parent) a.setParent(r.parent);
      a.setDependenciesList(r.dependencies);
      const deps = a.getPropertydependenciesMap();
      for (const [k, urns] of Object.entries(r.propertyDependencies)) {
        const d = new analyzerPb.AnalyzerPropertyDependencies();
        d.setUrnsList(urns);
        deps.set(k, d);
      }
      return a;
    }));
    return diagnostics(await this.call("analyzeStack", req, envSeconds("CLAUSIER_PACK_CALL_TIMEOUT_SECONDS", 600_000)));
  }

  /** Ends the pack whatever state it is in: SIGTERM, then SIGKILL if it is still there 2 s later; its pipes no longer keep the CLI alive. */
  stop(): void {
    (this.client as unknown as grpc.Client).close?.();
    const child = this.child;
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const kill = setTimeout(() => child.kill("SIGKILL"), 2000);
    child.once("exit", () => clearTimeout(kill));
    child.stdout?.destroy();
    child.stderr?.destroy();
    child.unref();
  }
}

function diagnostics(resp: Record<string, (...a: unknown[]) => unknown>): Diagnostic[] {
  return (resp.getDiagnosticsList() as Array<Record<string, () => unknown>>).map((d) => ({
    policyName: d.getPolicyname() as string,
    policyPackName: d.getPolicypackname() as string,
    message: d.getMessage() as string,
    urn: d.getUrn() as string,
    enforcementLevel: LEVELS[d.getEnforcementlevel() as number] ?? "advisory",
    severity: SEVERITIES[(d.getSeverity?.() as number) ?? 0] ?? "",
  }));
}
