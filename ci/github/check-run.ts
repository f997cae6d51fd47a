// The check run: conclusion from the verdict, a summary by clause, and one annotation per finding.
// The Checks API takes at most 50 annotations per request, so the run is created (already
// completed, so a later failure never leaves it "in progress") with the first 50 and each further
// batch is appended with checks.update, which adds to the existing annotations.
import type { Finding, Severity } from "../../policies/core/model";
import { bySeverity } from "../report/coverage/coverage";
import type { ReportModel } from "../report/coverage/model";
import { sanitizer } from "../report/coverage/sanitize";
import { locationOf, messageText } from "../result/model";
import type { GitHubClient } from "./client";
import { renderCheckSummary } from "./comment";
import { mdEscape } from "../report/markdown-escape";
import type { ActionsContext } from "./context";

export const CHECK_NAME = "Clausier Guard";
export const ANNOTATIONS_PER_REQUEST = 50;
const OUTPUT_LIMIT = 65_000;

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "notice" | "warning" | "failure";
  title: string;
  message: string;
}

export interface CheckRunOptions {
  secrets?: string[];
  lang?: "fr" | "en";
  /**
   * Where to pin policy findings, which have a resource but no file (GitHub annotations need a
   * path). `null`: list them in the check run text only.
   */
  policyAnnotationPath?: string | null;
  runUrl?: string;
}

export interface CheckRunResult {
  id: number;
  annotations: number;
  /** Findings shown only in the text (no usable file). */
  unannotated: number;
  requests: number;
}

const LEVEL: Record<Severity, Annotation["annotation_level"]> = { critical: "failure", high: "failure", medium: "warning", low: "notice" };

export function conclusionFor(verdict: ReportModel["verdict"]): "success" | "failure" {
  // A scan error must not look green: the gate could not vouch for the change.
  return verdict === "pass" ? "success" : "failure";
}

/** A repository-relative path GitHub can attach an annotation to, or undefined. */
export function annotationPath(file: string | undefined): string | undefined {
  if (!file) return undefined;
  const p = file.replace(/^\.\/+/, "");
  if (!p || p.startsWith("/") || /^[A-Za-z]:/.test(p) || p.includes("\\") || p.split("/").includes("..") || /[\0-\x1f]/.test(p)) return undefined;
  return p.length <= 1024 ? p : undefined;
}

export function buildAnnotations(m: ReportModel, opts: CheckRunOptions): { annotations: Annotation[]; unannotated: Finding[] } {
  const safe = sanitizer(opts.secrets ?? []);
  const annotations: Annotation[] = [];
  const unannotated: Finding[] = [];
  const ordered = [...m.coverage.findings.filter((f) => !f.waived).sort(bySeverity), ...m.coverage.findings.filter((f) => f.waived).sort(bySeverity)];
  for (const f of ordered) {
    let path = annotationPath(f.file ? safe(f.file) : undefined);
    let line = f.line && f.line > 0 ? f.line : 1;
    if (!path && f.resource && opts.policyAnnotationPath) {
      path = annotationPath(opts.policyAnnotationPath);
      line = 1;
    }
    if (!path) {
      unannotated.push(f);
      continue;
    }
    const clauses = f.clauses.length ? `[${f.clauses.join(", ")}] ` : "";
    const waived = f.waived
      ? `\n(${opts.lang === "en" ? "waived by" : "dérogation"} ${f.waived.id} — ${f.waived.cctpReference}, ${f.waived.approvedBy}, ${f.waived.expires})`
      : "";
    const where = f.resource ? `\n${f.resource.urn}${f.stack ? ` (stack ${f.stack})` : ""}` : "";
    annotations.push({
      path,
      start_line: line,
      end_line: line,
      annotation_level: f.waived ? "notice" : LEVEL[f.severity],
      title: safe(`${clauses}${f.rule}`).slice(0, 255),
      message: safe(`${messageText(f, opts.lang ?? "fr")}${where}${waived}`).slice(0, 4000),
    });
  }
  return { annotations, unannotated };
}

function unannotatedText(list: Finding[], opts: CheckRunOptions): string {
  if (!list.length) return "";
  const safe = sanitizer(opts.secrets ?? []);
  const head = opts.lang === "en" ? "### Findings without a file (cloud resources)" : "### Constats sans fichier (ressources cloud)";
  const lines = [head, ""];
  let size = head.length;
  let shown = 0;
  for (const f of list) {
    const line = `- **${f.severity}** \`${mdEscape(safe(f.rule)).replace(/`/g, "")}\` — ${mdEscape(safe(locationOf(f)))} — ${mdEscape(safe(messageText(f, opts.lang ?? "fr")))}`;
    if (size + line.length + 200 > OUTPUT_LIMIT) break;
    lines.push(line);
    size += line.length + 1;
    shown++;
  }
  if (shown < list.length) lines.push("", `… ${list.length - shown} more`);
  return lines.join("\n");
}

export async function publishCheckRun(octokit: GitHubClient, ctx: ActionsContext, m: ReportModel, opts: CheckRunOptions = {}): Promise<CheckRunResult> {
  const { annotations, unannotated } = buildAnnotations(m, opts);
  const open = m.coverage.findings.filter((f) => !f.waived).length;
  const waived = m.coverage.findings.length - open;
  const verdictText = opts.lang === "en"
    ? { pass: "passed", blocked: "blocked", error: "scan error" }[m.verdict]
    : { pass: "conforme", blocked: "bloqué", error: "erreur d'analyse" }[m.verdict];
  const title = opts.lang === "en"
    ? `Clausier Guard: ${verdictText} — ${open} open finding(s), ${waived} waived`
    : `Clausier Guard : ${verdictText} — ${open} constat(s) ouvert(s), ${waived} dérogé(s)`;
  const summary = renderCheckSummary(m, { lang: opts.lang, secrets: opts.secrets, runUrl: opts.runUrl, limit: OUTPUT_LIMIT });
  const text = unannotatedText(unannotated, opts);
  const output = (batch: Annotation[]) => ({ title, summary, ...(text ? { text } : {}), annotations: batch });

  const batches: Annotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const first = batches.shift() ?? [];

  const created = await octokit.rest.checks.create({
    owner: ctx.owner,
    repo: ctx.repo,
    name: CHECK_NAME,
    head_sha: ctx.headSha,
    status: "completed",
    conclusion: conclusionFor(m.verdict),
    completed_at: new Date().toISOString(),
    output: output(first),
  });
  const id = created.data.id;
  let requests = 1;
  for (const batch of batches) {
    await octokit.rest.checks.update({ owner: ctx.owner, repo: ctx.repo, check_run_id: id, output: output(batch) });
    requests++;
  }
  return { id, annotations: annotations.length, unannotated: unannotated.length, requests };
}
