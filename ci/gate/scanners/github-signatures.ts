// With --github, commit signatures of the pull request (O-12.5.8) are a scanner like the others,
// so that `gate.commitSignatures: mandatory` can block. GitHub being unreachable or refusing is
// "not evaluated" with the reason — reporting problems never turn into a failed scan.
import type { Finding } from "../../../policies/core/model";
import type { GateSettings } from "../../../policies/core/profile";
import { createGitHubClient } from "../../github/client";
import { readActionsContext } from "../../github/context";
import { checkCommitSignatures } from "../../github/signatures";
import type { Scanner, ScannerResult } from "../types";

export const SIGNATURES_SCANNER = "github-signatures";

export function githubSignaturesScanner(env: Record<string, string | undefined>, mode: GateSettings["commitSignatures"]): Scanner {
  return {
    name: SIGNATURES_SCANNER,
    async run(): Promise<ScannerResult> {
      const start = Date.now();
      const result = (status: ScannerResult["status"], findings: Finding[], reason?: string): ScannerResult =>
        ({ name: SIGNATURES_SCANNER, version: "GitHub REST", status, durationMs: Date.now() - start, findings, ...(reason ? { reason } : {}) });
      if (mode === "off") return result("not-evaluated", [], "gate.commitSignatures: off");
      let handle: ReturnType<typeof createGitHubClient> | undefined;
      try {
        const ctx = readActionsContext(env);
        if (!ctx.prNumber) return result("not-evaluated", [], "not a pull request: no commits to check");
        handle = createGitHubClient(ctx);
        return result("ok", await checkCommitSignatures(handle.octokit, ctx, mode));
      } catch (e) {
        const msg = ((e as Error)?.message ?? String(e)).split("\n")[0].split(env.GITHUB_TOKEN || "\u0000").join("[REDACTED]");
        return result("not-evaluated", [], `GitHub: ${msg}`);
      } finally {
        handle?.dispose();
      }
    },
  };
}
