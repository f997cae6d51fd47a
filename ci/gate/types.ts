// Contracts between the gate and its scanners. A scanner turns a repository into findings of the
// shared model (policies/core/model.ts); the gate merges, waives, decides and renders.
import type { Finding } from "../../policies/core/model";
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
