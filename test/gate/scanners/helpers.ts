// Fixture repositories and fake tool binaries for the scanner adapter tests.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { defaultProfile } from "../../../policies/core/profile";
import { GUARD_ROOT } from "../../../ci/gate/scanners/process";
import type { ScanInput } from "../../../ci/gate/types";

export const tmpDirs: string[] = [];

export function tmp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), `clausier-${prefix}-`));
  tmpDirs.push(d);
  return d;
}

export function cleanup(): void {
  for (const d of tmpDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function write(root: string, files: Record<string, string>): void {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
}

/** A planted value from the gitleaks test data (kept out of test sources on purpose). */
export function planted(ruleId: string, lineIndex = 0): string {
  const lines = readFileSync(join(GUARD_ROOT, "scanners", "gitleaks", "testdata", ruleId, "positive.txt"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("#"));
  return lines[lineIndex]!;
}

export function input(root: string, files: string[], extra: Partial<ScanInput> = {}): ScanInput {
  return { root, files, profile: defaultProfile(), signal: new AbortController().signal, now: new Date("2026-05-01T00:00:00Z"), ...extra };
}

export function git(root: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args], { cwd: root, encoding: "utf8" });
}

/** Writes an executable shell script standing in for a tool. */
export function fakeTool(name: string, body: string): string {
  const dir = tmp(`fake-${name}`);
  const p = join(dir, name);
  writeFileSync(p, `#!/bin/sh\n${body}\n`);
  chmodSync(p, 0o755);
  return p;
}

/** An environment in which the tool cannot be found anywhere (no PATH entry, empty cache). */
export function envWithoutTools(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: tmp("empty-path"), CLAUSIER_GUARD_CACHE: tmp("empty-cache") };
  delete env.CLAUSIER_SEMGREP;
  delete env.CLAUSIER_GITLEAKS;
  delete env.CLAUSIER_OSV_SCANNER;
  return env;
}
