// semgrep adapter: runs our own rules (scanners/semgrep/rules, gate checks T2-S7, T2-S8 and
// T2-O1..O9) on the JavaScript/TypeScript files the gate selected, and maps every result to a
// Finding. Offline only: our rule folder, metrics off, no version check, never a registry config.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join } from "node:path";
import { SEVERITIES, type Finding, type Severity } from "../../../policies/core/model";
import { findBundles } from "../bundles";
import { notScannedFinding } from "../not-scanned";
import { EMBEDDING_EXT, embeddedScripts } from "./embedded-scripts";
import { hasNosemgrep, NOT_HONOURED } from "../suppressions";
import type { ScanInput, Scanner, ScannerResult } from "../types";
import { checkPinnedVersion, fileSize, GUARD_ROOT, isFile, parseToolJson, runFailure, runTool, toolRun, type ToolLookup } from "./process";

export const SEMGREP_LOOKUP: ToolLookup = { name: "semgrep", envVar: "CLAUSIER_SEMGREP", versionKey: "SEMGREP_VERSION", cachePrefix: "semgrep" };
export const DEFAULT_SEMGREP_RULES = join(GUARD_ROOT, "scanners", "semgrep", "rules");

/** Extensions our rules cover: JavaScript/TypeScript, and the pages and templates of the generic rules. */
const TARGET_EXT = /\.(?:[cm]?[jt]s|[jt]sx|html?|ejs|hbs|handlebars|mustache|pug|jade|njk|nunjucks|swig|twig|vue|svelte)$/i;
/** semgrep's rule-id separator: a rule loaded from a folder is reported as `a.b.rules.<id>`. */
const RULE_ID_TAIL = /([^.]+)$/;
/** The message convention of our rules: French, then " — EN: ", then English. */
const EN_SEPARATOR = /\s+—\s+EN:\s+/;
/** Command lines stay far below ARG_MAX; larger file lists run in several batches. */
const MAX_BATCH_CHARS = 100_000;

export interface SemgrepOptions {
  /** Environment used to find and run semgrep (tests point CLAUSIER_SEMGREP at fakes). */
  env?: NodeJS.ProcessEnv;
  rulesDir?: string;
  /** Limit for the whole scanner; defaults to the profile's gate.timeoutSeconds. */
  timeoutMs?: number;
  /** semgrep -j (the CI machines have two cores). */
  jobs?: number;
  /** semgrep --timeout: seconds per rule and file before semgrep gives up on that pair. */
  ruleTimeoutSeconds?: number;
  /** semgrep --max-target-bytes: larger files (bundles, generated code) are reported as not scanned. */
  maxTargetBytes?: number;
}

/** The rule the self-test expects to fire on the canary (scanners/semgrep/rules/a03-injection). */
const CANARY_RULE = "eval-non-literal";

interface SemgrepJson {
  results?: SemgrepResult[];
  errors?: { level?: string; type?: string | unknown[]; message?: string; path?: string }[];
  version?: string;
}

interface SemgrepResult {
  check_id: string;
  path: string;
  start: { line: number; col?: number };
  end?: { line: number; col?: number };
  extra: { message?: string; severity?: string; metadata?: Record<string, unknown> };
}

export function createSemgrepScanner(options: SemgrepOptions = {}): Scanner {
  return {
    name: "semgrep",
    run: (input) => runSemgrep(input, options),
  };
}

export const semgrepScanner: Scanner = createSemgrepScanner();

async function runSemgrep(input: ScanInput, options: SemgrepOptions): Promise<ScannerResult> {
  const { env, bin, timeoutMs, deadline, result, failed } = toolRun("semgrep", SEMGREP_LOOKUP, input, options);

  // Offline: without these, `semgrep --version` waits on a network version check (hangs here).
  const toolEnv = { ...env, SEMGREP_SEND_METRICS: "off", SEMGREP_ENABLE_VERSION_CHECK: "0" };
  const versionRun = await runTool({ tool: "semgrep", command: bin, args: ["--version", "--disable-version-check"], env: toolEnv, signal: input.signal, timeoutMs: Math.min(60_000, timeoutMs) });
  const versionFailure = runFailure(versionRun, [0]);
  if (versionFailure) return failed(`unknown (${bin})`, versionFailure);
  const pinned = checkPinnedVersion("semgrep", SEMGREP_LOOKUP, versionRun.stdout.trim(), bin);
  if (typeof pinned !== "string") return failed(pinned.version, pinned.reason);
  const version = pinned;

  const rulesDir = options.rulesDir ?? DEFAULT_SEMGREP_RULES;
  if (!existsSync(rulesDir)) return failed(version, `semgrep rules folder not found: ${rulesDir}`);

  // semgrep applies --max-target-bytes only to files it discovers, not to targets named on its
  // command line (semgrep/semgrep#3937): filter here, or a 400 MB bundle takes minutes. Larger
  // files are not scanned, and said so.
  const maxBytes = options.maxTargetBytes ?? 1_000_000;
  // Third-party bundles are read for secrets and provenance only; the gate lists them.
  const bundles = new Set(findBundles(input.root, input.files, input.profile.gate.vendoredPaths).map((b) => b.file));
  const findings: Finding[] = [];
  const candidates = input.files.filter((f) => TARGET_EXT.test(f) && !bundles.has(f) && isFile(join(input.root, f)));
  const targets: string[] = [];
  for (const f of candidates) {
    if (fileSize(join(input.root, f)) <= maxBytes) targets.push(f);
    else findings.push(notScannedFinding("semgrep", f, { fr: `plus de ${maxBytes} octets (limite --max-target-bytes)`, en: `larger than ${maxBytes} bytes (--max-target-bytes limit)` }));
  }
  const fingerprints = new Map<string, number>();
  const lines = new Map<string, string[]>();
  const ranges = new Set<string>();
  const honour = input.profile.gate.honourInlineSuppressions;

  const work = mkdtempSync(join(tmpdir(), "clausier-semgrep-"));
  // Inline scripts of pages and components, as JS/TS copies for the JavaScript rules; their
  // results and errors are reported on the original file, at the same line.
  const embeddedOf = new Map<string, string>();
  for (const f of targets.filter((t) => EMBEDDING_EXT.test(t))) {
    const scripts = embeddedScripts(f, readFileSync(join(input.root, f), "utf8"));
    if (!scripts) continue;
    const copy = join(work, "embedded", `${f}${scripts.typescript ? ".ts" : ".js"}`);
    mkdirSync(dirname(copy), { recursive: true });
    writeFileSync(copy, scripts.code);
    embeddedOf.set(copy, f);
  }
  targets.push(...embeddedOf.keys());

  // Start-up self-test, in the first batch: an injection with a fresh random name that our rules
  // must report, or the binary is not the scanner it claims to be.
  const token = `v${randomBytes(8).toString("hex")}`;
  const canary = join(work, `canary_${token}.ts`);
  writeFileSync(canary, `export function ${token}(${token}: string): unknown {\n  return eval(${token});\n}\n`);
  let canarySeen = false;
  try {
    const all = batches(targets);
    all[0] = [canary, ...(all[0] ?? [])];
    for (const batch of all) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) return failed(version, `semgrep timed out after ${Math.round(timeoutMs / 1000)} s`);
      const run = await runTool({
        tool: "semgrep",
        command: bin,
        args: [
          "scan",
          "--config", rulesDir,
          "--json",
          "--metrics=off",
          "--disable-version-check",
          // The gate already chose the files: neither .gitignore nor a .semgrepignore committed in
          // the scanned repository may remove any (a developer could otherwise hide code from the
          // gate, and semgrep's default ignore list skips test/ and tests/). The file name below
          // does not exist, so no ignore file is read.
          "--no-git-ignore",
          "--x-semgrepignore-filename=.clausier-guard-no-semgrepignore",
          // `// nosemgrep` is the vendor's word, not the hospital's.
          ...(honour ? [] : ["--disable-nosem"]),
          "-j", String(options.jobs ?? 2),
          "--timeout", String(options.ruleTimeoutSeconds ?? 30),
          "--max-target-bytes", String(maxBytes),
          "--quiet",
          "--",
          ...batch,
        ],
        cwd: input.root,
        env: toolEnv,
        signal: input.signal,
        timeoutMs: remaining,
      });
      // 0: scan done; 1: findings with --error (not passed, accepted anyway). >= 2: tool errors.
      const failure = runFailure(run, [0, 1]);
      if (failure) return failed(version, failure);
      const parsed = parseToolJson<SemgrepJson>("semgrep", run.stdout);
      if (!parsed.ok) return failed(version, parsed.reason);
      const json = parsed.value;
      if (!Array.isArray(json.results) || !Array.isArray(json.errors ?? [])) {
        return failed(version, "semgrep printed JSON without a results array");
      }
      // An error about one file (a parse error, a rule timing out on it) is that file not
      // scanned, whatever level semgrep gives it; an error about no file fails the run.
      for (const e of json.errors ?? []) {
        const type = Array.isArray(e.type) ? String(e.type[0]) : (e.type ?? "error");
        if (e.path) {
          const path = e.path.replace(/\\/g, "/").replace(/^\.\//, "");
          if (path === canary) return failed(version, `semgrep self-test failed: ${type} on the canary`);
          const original = embeddedOf.get(path);
          const what = `${type} (${errorSummary(e.message ?? "", work)})`;
          findings.push(notScannedFinding("semgrep", original ?? path, original ? { fr: `script intégré : ${what}`, en: `inline script: ${what}` } : { fr: what, en: what }));
        } else if ((e.level ?? "error").toLowerCase() === "error") {
          return failed(version, `semgrep reported an error: ${type}: ${oneLine(e.message ?? "").slice(0, 300)}`);
        }
      }
      for (const r of json.results) {
        if (r?.path === canary || (isAbsolute(r?.path ?? "") && r.path.endsWith(`canary_${token}.ts`))) {
          canarySeen ||= RULE_ID_TAIL.exec(r.check_id)?.[1] === CANARY_RULE && r.start?.line === 2;
          continue;
        }
        // semgrep reports one result per distinct metavariable binding; same rule, same range is
        // one finding.
        const original = embeddedOf.get(r.path);
        if (original) r.path = original;
        const at = `${r.check_id}\0${r.path}\0${r.start?.line}:${r.start?.col}\0${r.end?.line}:${r.end?.col}`;
        if (ranges.has(at)) continue;
        ranges.add(at);
        const finding = toFinding(r, input, lines, fingerprints, honour);
        if (finding) findings.push(finding);
        else return failed(version, `semgrep returned a result that cannot be mapped (${r.check_id ?? "no rule id"})`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (!canarySeen) return failed(version, `semgrep self-test failed: ${bin} did not report the canary injection planted for this run (not a working semgrep, or rules missing?)`);
  return result({ version, status: "ok", findings: withoutTwins(findings) });
}

/**
 * A JavaScript rule run on an inline script and the generic rule that reads the same script as
 * text can report one sink twice: the generic one is kept (it runs even where the copy does not
 * parse).
 */
const GENERIC_TWIN: Readonly<Record<string, string>> = { "xss-dom-html-sink": "template-inline-script-dom-sink" };

function withoutTwins(findings: Finding[]): Finding[] {
  const at = (rule: string, f: Finding) => `${rule}\0${f.file}\0${f.line}`;
  const reported = new Set(findings.map((f) => at(f.rule, f)));
  return findings.filter((f) => !(f.rule in GENERIC_TWIN && reported.has(at(GENERIC_TWIN[f.rule]!, f))));
}

function toFinding(r: SemgrepResult, input: ScanInput, lines: Map<string, string[]>, seen: Map<string, number>, honour: boolean): Finding | undefined {
  if (!r || typeof r.check_id !== "string" || typeof r.path !== "string" || typeof r.start?.line !== "number") return undefined;
  const rule = RULE_ID_TAIL.exec(r.check_id)?.[1] ?? r.check_id;
  const meta = r.extra?.metadata ?? {};
  const clauses = Array.isArray(meta.clauses) && meta.clauses.length > 0 ? meta.clauses.map(String) : ["O-12.5.7"];
  const severity = toSeverity(meta.severity, r.extra?.severity);
  const text = oneLine(r.extra?.message ?? rule);
  const [fr, en] = text.split(EN_SEPARATOR);
  const file = r.path.replace(/\\/g, "/").replace(/^\.\//, "");
  // semgrep without a login prints "requires login" instead of the matched lines: fingerprint
  // from our own reading of the line, so it survives unrelated edits that move the code.
  const source = lineOf(input.root, file, r.start.line, lines);
  const matched = normalise(source);
  const suppressed = !honour && hasNosemgrep(source, lineOf(input.root, file, r.start.line - 1, lines));
  const base = sha256(`${rule}\0${file}\0${matched}`);
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return {
    source: "gate",
    scanner: "semgrep",
    rule,
    clauses,
    severity,
    enforcementLevel: "mandatory", // blocks at or above profile.gate.blockAt (gateEnforcement)
    message: {
      fr: `${fr ?? text}${suppressed ? ` ${NOT_HONOURED.fr("nosemgrep")}` : ""}`,
      en: `${en ?? fr ?? text}${suppressed ? ` ${NOT_HONOURED.en("nosemgrep")}` : ""}`,
    },
    file,
    line: r.start.line,
    fingerprint: `semgrep:${n === 1 ? base : sha256(`${base}\0${n}`)}`,
  };
}

function toSeverity(meta: unknown, semgrepLevel: string | undefined): Severity {
  if (typeof meta === "string" && (SEVERITIES as readonly string[]).includes(meta)) return meta as Severity;
  // Rules without our metadata (should not happen: the metadata test forbids it).
  switch ((semgrepLevel ?? "").toUpperCase()) {
    case "ERROR":
      return "high";
    case "WARNING":
      return "medium";
    default:
      return "low";
  }
}

function lineOf(root: string, file: string, line: number, cache: Map<string, string[]>): string {
  let text = cache.get(file);
  if (!text) {
    try {
      text = readFileSync(join(root, file), "utf8").split(/\r?\n/);
    } catch {
      text = [];
    }
    cache.set(file, text);
  }
  return text[line - 1] ?? "";
}

function batches(files: string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const f of files) {
    if (current.length > 0 && size + f.length + 1 > MAX_BATCH_CHARS) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(f);
    size += f.length + 1;
  }
  if (current.length > 0) out.push(current);
  return out;
}

const normalise = (s: string): string => s.trim().replace(/\s+/g, " ");
const oneLine = (s: string): string => s.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]+/g, " ").replace(/\s+/g, " ").trim();
/** semgrep quotes the source it could not parse (`...`): the reason keeps the location, never the code (which may hold a secret). */
const errorSummary = (s: string, work: string): string => oneLine(s.replace(/:?\s*`[\s\S]*$/, "").replaceAll(`${join(work, "embedded")}/`, "")).slice(0, 200);
const sha256 = (s: string): string => createHash("sha256").update(s).digest("hex");

