// Reads a Pulumi project the way the CLI does: Pulumi.yaml (name, main, project config) and
// Pulumi.<stack>.yaml (stack config), turning config into what the language host passes.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { InputError } from "../result/errors";

export interface PulumiProject {
  dir: string;
  name: string;
  entry: string;
  config: Record<string, string>;
  secretKeys: string[];
}

/** Secret config we cannot decrypt offline: programs still run, policies never see the value. */
export const SECRET_PLACEHOLDER = "[secret]";

function readYaml(file: string): unknown {
  try {
    return YAML.parse(readFileSync(file, "utf8"));
  } catch (e) {
    const err = e as Error & { linePos?: Array<{ line: number }> };
    const line = err.linePos?.[0]?.line;
    throw new InputError(`${file}${line ? `:${line}` : ""}: invalid YAML: ${err.message.split("\n")[0]}`);
  }
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Replaces `{secure: …}` leaves by the placeholder and says whether any was found. */
function unsecure(v: unknown): { value: unknown; secret: boolean } {
  if (isObj(v) && typeof v.secure === "string" && Object.keys(v).length === 1) return { value: SECRET_PLACEHOLDER, secret: true };
  if (Array.isArray(v)) {
    const parts = v.map(unsecure);
    return { value: parts.map((p) => p.value), secret: parts.some((p) => p.secret) };
  }
  if (isObj(v)) {
    let secret = false;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const p = unsecure(x);
      out[k] = p.value;
      secret ||= p.secret;
    }
    return { value: out, secret };
  }
  return { value: v, secret: false };
}

function qualify(project: string, key: string): string {
  return key.includes(":") ? key : `${project}:${key}`;
}

function toConfigString(v: unknown): string {
  return typeof v === "string" ? v : JSON.stringify(v);
}

function resolveEntry(dir: string, main: unknown): string {
  const candidates: string[] = [];
  const base = typeof main === "string" && main ? path.resolve(dir, main) : dir;
  if (existsSync(base) && statSync(base).isFile()) return base;
  const pkgFile = path.join(base, "package.json");
  if (existsSync(pkgFile)) {
    const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as { main?: string };
    if (pkg.main) candidates.push(path.resolve(base, pkg.main));
  }
  for (const f of ["index.ts", "index.mts", "index.cts", "index.js", "index.mjs", "index.cjs"]) candidates.push(path.join(base, f));
  for (const c of candidates) {
    if (existsSync(c) && statSync(c).isFile()) return c;
    for (const ext of [".ts", ".js"]) if (existsSync(c + ext)) return c + ext;
  }
  throw new InputError(`program ${dir}: no entry point found (looked for ${candidates.map((c) => path.relative(dir, c) || ".").join(", ")}); set \`main\` in Pulumi.yaml`);
}

/**
 * Pulumi's rule for stack names (letters, digits, `-`, `_`, `.`): the name becomes part of a file
 * name (Pulumi.<stack>.yaml), so a path (`../../x`) would read a file outside the program.
 */
export function checkStackName(stack: string, error: (message: string) => Error = (m) => new InputError(`stack: ${m}`)): void {
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(stack) || /^\.+$/.test(stack)) {
    throw error(`'${stack.replace(/[^\x20-\x7e]/g, "?")}' is not a stack name (letters, digits, '-', '_' and '.' only: no path)`);
  }
}

export function loadProject(dir: string, stack: string): PulumiProject {
  checkStackName(stack);
  const abs = path.resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new InputError(`program ${dir}: no such directory`);
  const projectFile = ["Pulumi.yaml", "Pulumi.yml"].map((f) => path.join(abs, f)).find(existsSync);
  if (!projectFile) throw new InputError(`program ${dir}: no Pulumi.yaml (is this a Pulumi project folder?)`);
  const proj = readYaml(projectFile);
  if (!isObj(proj) || typeof proj.name !== "string" || !proj.name) throw new InputError(`${projectFile}: missing \`name\``);
  const runtime = isObj(proj.runtime) ? proj.runtime.name : proj.runtime;
  if (runtime !== "nodejs") throw new InputError(`${projectFile}: runtime '${String(runtime)}' is not supported (only nodejs programs can be evaluated)`);
  const name = proj.name;
  const config: Record<string, string> = {};
  const secretKeys: string[] = [];
  // Project-level defaults first, then the stack file overrides them.
  // Keys the project declares `secret: true`: their values are secrets even when a stack file
  // holds them in plain text (outputs redact them).
  const declaredSecret = new Set<string>();
  if (isObj(proj.config)) {
    for (const [k, v] of Object.entries(proj.config)) {
      const dflt = isObj(v) ? (v.value ?? v.default) : v;
      if (dflt !== undefined) config[qualify(name, k)] = toConfigString(dflt);
      if (isObj(v) && v.secret === true) declaredSecret.add(qualify(name, k));
    }
  }
  const stackFile = path.join(abs, `Pulumi.${stack}.yaml`);
  if (existsSync(stackFile)) {
    const st = readYaml(stackFile);
    const cfg = isObj(st) ? st.config : undefined;
    if (cfg !== undefined && cfg !== null && !isObj(cfg)) throw new InputError(`${stackFile}: \`config\` must be a map`);
    for (const [k, v] of Object.entries(cfg ?? {})) {
      const { value, secret } = unsecure(v);
      const key = qualify(name, k);
      config[key] = toConfigString(value);
      if (secret) secretKeys.push(key);
    }
  }
  for (const k of declaredSecret) if (k in config && !secretKeys.includes(k)) secretKeys.push(k);
  return { dir: abs, name, entry: resolveEntry(abs, proj.main), config, secretKeys };
}
