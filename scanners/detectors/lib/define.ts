// Builds a detector from its metadata and two pure functions.
import type { DetectorContext } from "./contract";
import type { RuleMeta } from "../../../policies/core/model";
import type { GateDetector, GateHit } from "./context";

export function defineDetector(
  meta: Omit<RuleMeta, "family" | "scope"> & { row: string; family?: string; scope?: RuleMeta["scope"]; binary?: boolean },
  appliesTo: (path: string) => boolean,
  scan: (file: { path: string; text: string }, ctx: DetectorContext) => GateHit[],
): GateDetector {
  const family = meta.family ?? meta.row.replace(/^T2-([A-Z]+)\d+$/, "$1");
  return { ...meta, family, scope: meta.scope ?? "dev-provider", appliesTo, scan };
}
