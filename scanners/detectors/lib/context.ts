// What our gate detectors see beyond the file itself. The scanner (I/O edge) supplies `repo`;
// detectors stay pure functions of (file, context).
import type { Detector, DetectorContext, Hit } from "./contract";

/** Read-only view of the repository, relative paths, never following symlinks out of the root. */
export interface RepoView {
  exists(rel: string): boolean;
  read(rel: string): string | undefined;
}

export interface GateContext extends DetectorContext {
  repo?: RepoView;
}

/** A hit that may report on a folder rather than the scanned file (deduplicated by the scanner). */
export interface GateHit extends Hit {
  file?: string;
}

export interface GateDetector extends Detector {
  /** Gate check id listed in docs/clauses.md, e.g. `T2-D1`. */
  row: string;
  /** Also runs on binary files (text = the bytes decoded as latin1, offsets preserved). */
  binary?: boolean;
  scan(file: { path: string; text: string }, ctx: DetectorContext): GateHit[];
}

const EMPTY: RepoView = { exists: () => false, read: () => undefined };

export function repoOf(ctx: DetectorContext): RepoView {
  return (ctx as GateContext).repo ?? EMPTY;
}
