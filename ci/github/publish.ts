// `gate --github`: commit signatures, check run, PR comment. Publishing is best effort: this
// function never throws and never touches the verdict or the exit code. Every problem comes back
// as a message the caller prints; an unreachable API or a rejected token stops the later steps
// (they would fail the same way, each after its retries).
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Finding, Lang, Waiver } from "../../policies/core/model";
import { SIGNATURE_SCANNER } from "../gate/rules";
import { buildReportModel } from "../report/coverage/model";
import type { EvaluateResult, Result } from "../result/model";
import { publishCheckRun, type CheckRunResult } from "./check-run";
import { createGitHubClient, type ClientOptions } from "./client";
import { renderPrComment } from "./comment";
import { readActionsContext, type ActionsContext } from "./context";
import { describeGitHubError, formatProblem, type GitHubProblem, type PublishStep } from "./errors";
import { upsertPrComment, type CommentResult } from "./pr-comment";
import { checkCommitSignatures, type SignatureMode } from "./signatures";

export interface PublishReport {
  gate?: Result;
  evaluate?: EvaluateResult | EvaluateResult[];
  profileWaivers?: Waiver[];
  /** Secret values the scanners matched: masked in everything sent to GitHub. */
  secrets?: string[];
  /** profile.gate.commitSignatures; "off" skips the check. Default "advisory". */
  commitSignatures?: SignatureMode;
  /** Signature findings already computed by the caller (then not fetched again). */
  signatureFindings?: Finding[];
}

export interface PublishOptions extends ClientOptions {
  lang?: Lang;
  /** Repository root: policy findings are pinned on its Pulumi.yaml when that file exists. */
  repoRoot?: string;
  /** Overrides the path policy findings are annotated on (null: summary only). */
  policyAnnotationPath?: string | null;
  now?: Date;
  readFile?: (path: string) => string;
}

export interface PublishResult {
  ok: boolean;
  /** Printable messages, French then English; empty when everything was published. */
  errors: string[];
  problems: GitHubProblem[];
  checkRun?: CheckRunResult;
  comment?: CommentResult;
  /** Unverified-commit findings (O-12.5.8): the caller may merge them into its own report. */
  signatureFindings: Finding[];
  notes: string[];
}

export async function publishToGitHub(report: PublishReport, env: Record<string, string | undefined>, opts: PublishOptions = {}): Promise<PublishResult> {
  const result: PublishResult = { ok: false, errors: [], problems: [], signatureFindings: [], notes: [] };
  const fail = (p: GitHubProblem) => {
    result.problems.push(p);
    result.errors.push(formatProblem(p));
  };

  let ctx: ActionsContext;
  try {
    ctx = readActionsContext(env, opts.readFile);
  } catch (e) {
    const msg = (e as Error).message;
    fail({ step: "context", unreachable: true, message: { fr: `GitHub : ${msg}`, en: `GitHub: ${msg}` } });
    return result;
  }
  const secrets = [...(report.secrets ?? []), ctx.token];
  const handle = createGitHubClient(ctx, opts);
  const { octokit } = handle;
  let stop = false;
  const step = async <T>(name: PublishStep, run: () => Promise<T>): Promise<T | undefined> => {
    if (stop) return undefined;
    try {
      return await run();
    } catch (e) {
      const p = describeGitHubError(e, name, ctx.apiUrl, secrets, handle.rateLimit.gaveUp ? handle.rateLimit.resetAt : undefined);
      if (p.unreachable) stop = true;
      fail(p);
      return undefined;
    }
  };

  try {
    const mode = report.commitSignatures ?? "advisory";
    // The signatures count as checked only when GitHub answered (a failed step leaves them unchecked).
    let signatures: Finding[] | undefined = report.signatureFindings;
    if (!signatures && mode !== "off" && ctx.prNumber) signatures = await step("signatures", () => checkCommitSignatures(octokit, ctx, mode));
    if (signatures) result.signatureFindings = signatures;

    const evaluate = report.evaluate === undefined ? undefined : Array.isArray(report.evaluate) ? report.evaluate : [report.evaluate];
    const model = buildReportModel({
      gate: report.gate, evaluate, profileWaivers: report.profileWaivers, extraFindings: result.signatureFindings,
      alsoRan: signatures ? [SIGNATURE_SCANNER] : [], now: opts.now,
    });
    // The verdict shown is the scan's: signature findings are displayed, not re-judged here.
    if (report.gate) model.verdict = report.gate.verdict;

    let policyPath = opts.policyAnnotationPath;
    if (policyPath === undefined) policyPath = opts.repoRoot && existsSync(join(opts.repoRoot, "Pulumi.yaml")) ? "Pulumi.yaml" : null;

    result.checkRun = await step("check-run", () =>
      publishCheckRun(octokit, ctx, model, { secrets, lang: opts.lang, policyAnnotationPath: policyPath, runUrl: ctx.runUrl }));
    if (ctx.prNumber) {
      const body = renderPrComment(model, { lang: opts.lang, secrets, runUrl: ctx.runUrl });
      result.comment = await step("comment", () => upsertPrComment(octokit, ctx, body));
    }
  } catch (e) {
    // Defensive: a bug in rendering must not take the gate down either.
    fail(describeGitHubError(e, "check-run", ctx.apiUrl, secrets));
  } finally {
    handle.dispose();
  }
  result.notes = handle.notes.map((n) => n.split(ctx.token).join("[REDACTED]"));
  result.ok = result.problems.length === 0;
  return result;
}
