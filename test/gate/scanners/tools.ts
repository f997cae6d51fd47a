// Locating the real tools for tests: the same lookup as the gate. A missing tool fails the test
// run unless CLAUSIER_ALLOW_MISSING_TOOLS=1, in which case the suites are skipped with a message.
import { existsSync } from "node:fs";
import { isAbsolute } from "node:path";
import { GITLEAKS_LOOKUP } from "../../../ci/gate/scanners/gitleaks";
import { OSV_SCANNER_LOOKUP } from "../../../ci/gate/scanners/osv-scanner";
import { resolveTool, type ToolLookup } from "../../../ci/gate/scanners/process";
import { SEMGREP_LOOKUP } from "../../../ci/gate/scanners/semgrep";

export interface ToolStatus {
  path: string;
  present: boolean;
  /** True when the suite must be skipped (absent and explicitly allowed). */
  skip: boolean;
  message: string;
}

function status(lookup: ToolLookup): ToolStatus {
  const path = resolveTool(lookup);
  const present = isAbsolute(path) && existsSync(path);
  const allowed = process.env.CLAUSIER_ALLOW_MISSING_TOOLS === "1";
  const message = present
    ? `${lookup.name}: ${path}`
    : `${lookup.name} not found (PATH, $${lookup.envVar}, bootstrap cache): run \`bash scripts/bootstrap.sh ${lookup.name}\`` +
      (allowed ? " — skipped because CLAUSIER_ALLOW_MISSING_TOOLS=1" : "");
  if (!present && allowed) console.warn(`[clausier-guard tests] ${message}`);
  return { path, present, skip: !present && allowed, message };
}

export const semgrepTool = (): ToolStatus => status(SEMGREP_LOOKUP);
export const gitleaksTool = (): ToolStatus => status(GITLEAKS_LOOKUP);
export const osvScannerTool = (): ToolStatus => status(OSV_SCANNER_LOOKUP);
