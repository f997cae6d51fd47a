// The contract between the gate's detector scanner and our own detectors (scanners/detectors/):
// it lives with the detectors so that they never import from the gate above them.
import type { RuleMeta } from "../../../policies/core/model";
import type { Profile } from "../../../policies/core/profile";

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
