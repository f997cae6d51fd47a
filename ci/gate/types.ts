// Contracts between the gate and its scanners. A scanner turns a repository into findings of the
// shared model (policies/core/model.ts); the gate merges, waives, decides and renders.
import type { Finding, RuleMeta } from "../../policies/core/model";
import type { Profile } from "../../policies/core/profile";
import type { ScannerStatus } from "../result/model";

export interface ScanInput {
  /** Absolute path of the repository root. */
  root: string;
  /** Repository-relative paths to scan (the whole tree, or the files changed since `base`). */
  files: string[];
  /** With --base: the git ref the pull request starts from. */
  base?: string;
  profile: Profile;
  /** Aborted when the scanner's time is up; long-running scanners must honour it. */
  signal: AbortSignal;
  now: Date;
}


export interface ScannerResult {
  name: string;
  version: string;
  status: ScannerStatus;
  durationMs: number;
  /** Why it failed or was not evaluated; shown to the user. */
  reason?: string;
  findings: Finding[];
}

export interface Scanner {
  name: string;
  run(input: ScanInput): Promise<ScannerResult>;
}

/** A file as our own detectors see it. */
export interface SourceFile {
  path: string;
  text: string;
}

/** One hit of a detector: where, what, and the secret text to redact from every output. */
export interface Hit {
  line: number;
  message: { fr: string; en: string };
  /** The matched sensitive value; never printed, only used for redaction and fingerprints. */
  secret?: string;
  /** Overrides the detector's severity for this hit (e.g. outside test folders). */
  severity?: RuleMeta["severity"];
}

export interface DetectorContext {
  profile: Profile;
  now: Date;
}

/** Our own TypeScript detectors: small pure functions over one file. */
export interface Detector extends RuleMeta {
  /** Returns true when the detector should look at this path at all. */
  appliesTo(path: string): boolean;
  scan(file: SourceFile, ctx: DetectorContext): Hit[];
}
