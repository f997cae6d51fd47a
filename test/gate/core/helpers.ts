// Fakes and fixtures for the gate tests: scanners that behave (or misbehave) on demand, temporary
// git repositories, profiles.
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Finding } from "../../../policies/core/model";
import { parseProfile, type Profile } from "../../../policies/core/profile";
import type { FileSelection } from "../../../ci/gate/files";
import type { ScanInput, Scanner, ScannerResult } from "../../../ci/gate/types";

export const NOW = new Date("2026-03-01T12:00:00Z");

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    source: "gate", rule: "sast-crypto-md5", clauses: ["O-12.5.7"], severity: "high", enforcementLevel: "mandatory",
    message: { fr: "MD5 utilisé", en: "MD5 used" }, file: "src/app.ts", line: 3, ...over,
  };
}

/** A scanner returning `findings` (status ok unless told otherwise); records what it was given. */
export function fakeScanner(name: string, findings: Finding[] = [], over: Partial<ScannerResult> & Record<string, unknown> = {}, delayMs = 0): Scanner & { inputs: ScanInput[] } {
  const inputs: ScanInput[] = [];
  return {
    name,
    inputs,
    async run(input) {
      inputs.push(input);
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      return { name, version: "1.0.0", status: "ok", durationMs: 5, findings, ...over } as ScannerResult;
    },
  };
}

export function rawScanner(name: string, run: (input: ScanInput) => unknown): Scanner {
  return { name, run: run as Scanner["run"] };
}

export function profile(raw: Record<string, unknown> = {}): Profile {
  return parseProfile(raw, "test-profile");
}

export function selection(files: string[] = ["src/app.ts"]): FileSelection {
  return { files, undecodableNames: [], excluded: [], isGitRepo: false };
}

export function sh(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd, encoding: "utf8",
    env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" },
  });
}

export function tempDir(prefix = "cg-gate-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** A git repository with one commit on `main` holding `files`. */
export function gitRepo(files: Record<string, string>): string {
  const root = tempDir();
  sh(root, "init", "-q", "-b", "main");
  sh(root, "config", "commit.gpgsign", "false");
  write(root, files);
  sh(root, "add", "-A");
  sh(root, "commit", "-q", "-m", "initial");
  return root;
}

export function commitAll(root: string, message = "change"): void {
  sh(root, "add", "-A");
  sh(root, "commit", "-q", "-m", message);
}
