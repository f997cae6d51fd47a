// Turns whatever Octokit threw into one clear, bilingual sentence for the CI log. GitHub problems
// are reported, never raised: publishing is a courtesy to reviewers, the verdict is the gate's.
import type { Bilingual } from "../../policies/core/model";
import { sanitizeText } from "../report/coverage/sanitize";

export type PublishStep = "context" | "signatures" | "check-run" | "comment";

export interface GitHubProblem {
  step: PublishStep;
  status?: number;
  /** The API could not be reached at all: later steps are skipped. */
  unreachable: boolean;
  message: Bilingual;
}

interface MaybeRequestError {
  status?: number;
  message?: string;
  name?: string;
  cause?: unknown;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

const STEP: Record<PublishStep, Bilingual> = {
  context: { fr: "contexte GitHub Actions", en: "GitHub Actions context" },
  signatures: { fr: "vérification des signatures de commits", en: "commit signature check" },
  "check-run": { fr: "check run", en: "check run" },
  comment: { fr: "commentaire de la pull request", en: "pull request comment" },
};

function causeText(e: MaybeRequestError): string {
  const parts: string[] = [];
  let c: unknown = e.cause;
  for (let i = 0; i < 3 && c && typeof c === "object"; i++) {
    const x = c as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof x.code === "string") parts.push(x.code);
    else if (typeof x.message === "string") parts.push(x.message);
    c = x.cause;
  }
  return parts.join(": ");
}

function apiMessage(e: MaybeRequestError): string {
  const d = e.response?.data as { message?: unknown; errors?: unknown } | undefined;
  const msg = typeof d?.message === "string" ? d.message : (e.message ?? "");
  const errors = Array.isArray(d?.errors)
    ? d!.errors.map((x) => (typeof x === "string" ? x : typeof x === "object" && x && "message" in x ? String((x as { message: unknown }).message) : JSON.stringify(x))).join("; ")
    : "";
  return (errors ? `${msg} (${errors})` : msg).replace(/\s+/g, " ").trim().slice(0, 500);
}

export function describeGitHubError(err: unknown, step: PublishStep, apiUrl: string, secrets: string[], rateLimitResetAt?: Date): GitHubProblem {
  const e = (typeof err === "object" && err !== null ? err : { message: String(err) }) as MaybeRequestError;
  const where = STEP[step];
  const clean = (s: string) => sanitizeText(s, secrets);
  const status = typeof e.status === "number" ? e.status : undefined;
  const headers = e.response?.headers ?? {};
  const prefix = (b: Bilingual): Bilingual => ({ fr: `GitHub (${where.fr}) : ${clean(b.fr)}`, en: `GitHub (${where.en}): ${clean(b.en)}` });

  if (e.name === "AbortError" || /aborted|timed out/i.test(e.message ?? "")) {
    return { step, unreachable: true, message: prefix({ fr: `délai dépassé en joignant ${apiUrl}`, en: `timed out reaching ${apiUrl}` }) };
  }
  if (status === undefined || (status === 500 && !e.response)) {
    const cause = causeText(e) || e.message || "network error";
    return {
      step, unreachable: true, status,
      message: prefix({ fr: `API injoignable à ${apiUrl} (${cause}) ; rien n'a été publié`, en: `API unreachable at ${apiUrl} (${cause}); nothing was published` }),
    };
  }
  const detail = apiMessage(e);
  if ((status === 403 || status === 429) && (headers["x-ratelimit-remaining"] === "0" || /rate limit/i.test(detail))) {
    const reset = rateLimitResetAt ?? (headers["x-ratelimit-reset"] ? new Date(Number(headers["x-ratelimit-reset"]) * 1000) : undefined);
    const when = reset && !Number.isNaN(reset.getTime()) ? reset.toISOString() : "?";
    return {
      step, status, unreachable: false,
      message: prefix({ fr: `limite de débit de l'API atteinte (réinitialisation à ${when}) ; publication abandonnée`, en: `API rate limit exhausted (resets at ${when}); gave up publishing` }),
    };
  }
  switch (status) {
    case 401:
      return { step, status, unreachable: true, message: prefix({ fr: `jeton refusé (401) : vérifier que GITHUB_TOKEN est transmis à l'étape — ${detail}`, en: `token rejected (401): check that GITHUB_TOKEN is passed to the step — ${detail}` }) };
    case 403:
      return { step, status, unreachable: false, message: prefix({
        fr: `accès refusé (403) : le workflow doit accorder checks: write et pull-requests: write ; le jeton d'une pull request venant d'un fork est en lecture seule — ${detail}`,
        en: `forbidden (403): the workflow needs checks: write and pull-requests: write; a fork pull request's token is read-only — ${detail}` }) };
    case 404:
      return { step, status, unreachable: false, message: prefix({ fr: `introuvable (404) : dépôt, pull request ou check run inexistant pour ce jeton — ${detail}`, en: `not found (404): repository, pull request or check run not visible to this token — ${detail}` }) };
    case 422:
      return { step, status, unreachable: false, message: prefix({ fr: `données refusées par GitHub (422) — ${detail}`, en: `data rejected by GitHub (422) — ${detail}` }) };
    default:
      if (status >= 500) {
        return { step, status, unreachable: false, message: prefix({ fr: `erreur serveur ${status} après plusieurs tentatives — ${detail}`, en: `server error ${status} after retries — ${detail}` }) };
      }
      return { step, status, unreachable: false, message: prefix({ fr: `erreur ${status} — ${detail}`, en: `error ${status} — ${detail}` }) };
  }
}

/** One line per problem, French then English, as the CLI prints them. */
export function formatProblem(p: GitHubProblem): string {
  return `${p.message.fr} / EN: ${p.message.en}`;
}
