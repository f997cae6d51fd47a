// `clausier-guard gate [DIR]`: scans a repository (or what a pull request changed), prints one
// format on stdout, optionally writes all of them, and exits 0 pass / 1 blocked / 2 error.
// Bad usage and bad input are thrown (UsageError / InputError) for main.ts to print (exit 2).
import { statSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { oneOf, parseCommandArgs } from "./args";
import { InputError, UsageError } from "../result/errors";
import type { Command } from "./io";
import { publishToGitHub } from "../github";
import { labels } from "../report/i18n";
import { failedScanners, isBlocking, notEvaluated, type Result } from "../result/model";
import { FORMATS, render } from "../report/render";
import { writeSbom } from "../report/sbom";
import { writeAll } from "../report/write-all";
import { ensureWritableDir } from "./out-dir";
import { runGate } from "../gate/gate";
import { checkProfileDigest, fetchProfile, isProfileUrl, parseProfileText, readProfileFile } from "./profile-file";
import { profileAtBase, profileChangeFinding } from "../gate/profile-at-base";
import { defaultProfile, type Profile } from "../../policies/core/profile";
import type { Finding } from "../../policies/core/model";
import { defaultScanners } from "../gate/scanner-registry";
import { githubSignaturesScanner } from "../gate/scanners/github-signatures";
import type { Scanner } from "../gate/types";

const OPTIONS = {
  base: { type: "string" },
  profile: { type: "string" },
  "profile-sha256": { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  exclude: { type: "string", multiple: true },
  lang: { type: "string" },
  timeout: { type: "string" },
  github: { type: "boolean" },
} as const;

export interface GateCommandDeps {
  scanners?: () => Scanner[];
  now?: () => Date;
}

export function makeGateCommand(deps: GateCommandDeps = {}): Command {
  return async (argv, io) => {
    const { values, positionals } = parseCommandArgs("gate", argv, OPTIONS);
    const format = oneOf("gate", "format", values.format, FORMATS, "text");
    const lang = oneOf("gate", "lang", values.lang, ["fr", "en"] as const, "fr");
    const timeoutSeconds = parseTimeout(values.timeout);

    const root = resolve(io.cwd, positionals[0] ?? ".");
    let isDir = false;
    try {
      isDir = statSync(root).isDirectory();
    } catch {
      throw new InputError(`gate: ${positionals[0] ?? root}: no such directory`);
    }
    if (!isDir) throw new InputError(`gate: ${positionals[0] ?? root}: not a directory`);

    if (values.out) ensureWritableDir("gate", values.out, resolve(io.cwd, values.out));
    const { profile, profileFile, profileFindings } = await loadGateProfile(root, io.cwd, values.profile, values["profile-sha256"], values.base);
    const excludes = values.exclude ?? [];

    const { report, secrets } = await runGate({
      root,
      base: values.base,
      profile,
      scanners: [...(deps.scanners ?? defaultScanners)(), ...(values.github ? [githubSignaturesScanner(io.env, profile.gate.commitSignatures)] : [])],
      now: (deps.now ?? (() => new Date()))(),
      timeoutMs: timeoutSeconds !== undefined ? timeoutSeconds * 1000 : undefined,
      excludes,
      extraFindings: profileFindings,
      profileFile,
    });

    const opts = { lang, secrets };
    io.stdout(render(format, report, opts));
    if (values.out) {
      await writeAll(resolve(io.cwd, values.out), report, opts);
      await writeSbom(resolve(io.cwd, values.out), root);
    }
    if (format !== "text") io.stderr(summaryLine(report, lang));
    if (values.github) {
      // Reporting never changes the verdict: GitHub errors are printed, the exit code stays.
      // Signature findings are already in the report (the github-signatures scanner).
      const res = await publishToGitHub({ gate: report, secrets, signatureFindings: [] }, io.env, { lang, repoRoot: root });
      for (const e of res.errors) io.stderr(`clausier-guard gate --github: ${e}\n`);
    }
    return report.exitCode;
  };
}

export const gateCommand: Command = makeGateCommand();

function parseTimeout(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 86400) throw new UsageError(`gate: --timeout must be a whole number of seconds between 1 and 86400 (got '${v}')`);
  return Number(v);
}

/**
 * The profile the gate judges by. A URL is the hospital's copy, pinned by its sha256. A file in
 * the scanned repository, with --base, is read as the merge-base has it: the pull request's
 * version (even a deleted one) never applies, and a change is a finding. Elsewhere, the file.
 */
async function loadGateProfile(root: string, cwd: string, spec: string | undefined, sha256: string | undefined, base: string | undefined): Promise<{ profile: Profile; profileFile?: string; profileFindings: Finding[] }> {
  if (!spec) {
    if (sha256) throw new UsageError("gate: --profile-sha256 needs --profile");
    return { profile: defaultProfile(), profileFindings: [] };
  }
  if (isProfileUrl(spec)) {
    const text = await fetchProfile(spec, sha256);
    checkProfileDigest(text, spec, sha256);
    return { profile: parseProfileText(text, spec), profileFindings: [] };
  }
  const path = resolve(cwd, spec);
  const shownAs = insideRoot(root, path);
  const atBase = base ? await profileAtBase(root, path, base) : undefined;
  if (!atBase) {
    const text = readProfileFile(path);
    checkProfileDigest(text, path, sha256);
    return { profile: parseProfileText(text, path), profileFile: shownAs, profileFindings: [] };
  }
  const changed = profileChangeFinding(atBase, shownAs ?? atBase.file);
  const findings = changed ? [changed] : [];
  if (atBase.baseText === undefined) {
    if (sha256) throw new InputError(`profile ${atBase.file}: not in the base branch (merge-base ${atBase.mergeBase.slice(0, 12)}), so it cannot match --profile-sha256`);
    return { profile: defaultProfile(), profileFile: shownAs, profileFindings: findings };
  }
  const source = `${atBase.file} (merge-base ${atBase.mergeBase.slice(0, 12)})`;
  checkProfileDigest(atBase.baseText, source, sha256);
  return { profile: parseProfileText(atBase.baseText, source), profileFile: shownAs, profileFindings: findings };
}

/** The profile's path as the repository sees it, for locating waiver findings; else undefined. */
function insideRoot(root: string, file: string): string | undefined {
  const rel = relative(root, file);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split("\\").join("/") : undefined;
}

/** One line on stderr so CI logs show the outcome whatever format went to stdout. */
function summaryLine(report: Result, lang: "fr" | "en"): string {
  const L = labels(lang);
  const blocking = report.findings.filter(isBlocking).length;
  const gaps = notEvaluated(report).map((s) => s.name);
  const failed = failedScanners(report).map((s) => s.name);
  return `clausier-guard gate: ${L.verdicts[report.verdict]} — ${L.blockingCount(blocking)}`
    + `${failed.length ? ` — ${L.failedScanner}${L.colon}${failed.join(", ")}` : ""}`
    + `${gaps.length ? ` — ${L.notEvaluated}${L.colon}${gaps.join(", ")}` : ""}\n`;
}
