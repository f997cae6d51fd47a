// O-12.5.8 forbids code of unknown or unverified origin. For a pull request, GitHub tells whether
// each commit's signature verified against its author's registered keys; an unsigned or
// unverifiable commit is a finding whose severity the hospital chooses in its profile
// (gate.commitSignatures: advisory → low, mandatory → high, off → no check).
import type { Finding, Severity } from "../../policies/core/model";
import type { GateSettings } from "../../policies/core/profile";
import { COMMIT_SIGNATURE, SIGNATURE_SCANNER } from "../gate/rules";
import type { GitHubClient } from "./client";
import type { ActionsContext } from "./context";

export const SIGNATURE_RULE = COMMIT_SIGNATURE.name;
export const SIGNATURE_CLAUSES = COMMIT_SIGNATURE.clauses;
/** GitHub's list endpoint returns at most 250 commits for a pull request. */
export const MAX_PR_COMMITS = 250;

export type SignatureMode = GateSettings["commitSignatures"];

export function signatureSeverity(mode: SignatureMode): Severity | undefined {
  return mode === "mandatory" ? "high" : mode === "advisory" ? "low" : undefined;
}

interface CommitLike {
  sha: string;
  commit?: { verification?: { verified?: boolean; reason?: string | null } | null } | null;
}

export function signatureFindings(commits: CommitLike[], mode: SignatureMode): Finding[] {
  const severity = signatureSeverity(mode);
  if (!severity) return [];
  const out: Finding[] = [];
  for (const c of commits) {
    const v = c.commit?.verification;
    if (v?.verified === true) continue;
    const sha = /^[0-9a-f]{7,64}$/i.test(c.sha) ? c.sha : "unknown";
    // GitHub's reason is a closed vocabulary (unsigned, unknown_key, bad_email...): keep it short.
    const reason = typeof v?.reason === "string" && /^[a-z_]{1,40}$/.test(v.reason) ? v.reason : "unknown";
    out.push({
      source: "gate",
      scanner: SIGNATURE_SCANNER,
      rule: SIGNATURE_RULE,
      clauses: [...SIGNATURE_CLAUSES],
      severity,
      enforcementLevel: mode === "mandatory" ? "mandatory" : "advisory",
      message: {
        fr: `le commit ${sha.slice(0, 12)} n'a pas de signature vérifiée par GitHub (raison : ${reason}) : l'origine du code n'est pas prouvée`,
        en: `commit ${sha.slice(0, 12)} has no signature verified by GitHub (reason: ${reason}): the code's origin is not proven`,
      },
      fingerprint: `${SIGNATURE_RULE}:${sha}`,
    });
  }
  return out;
}

export async function checkCommitSignatures(octokit: GitHubClient, ctx: ActionsContext, mode: SignatureMode): Promise<Finding[]> {
  if (mode === "off" || !ctx.prNumber) return [];
  const commits = await octokit.paginate(octokit.rest.pulls.listCommits, {
    owner: ctx.owner, repo: ctx.repo, pull_number: ctx.prNumber, per_page: 100,
  });
  return signatureFindings(commits.slice(0, MAX_PR_COMMITS), mode);
}
