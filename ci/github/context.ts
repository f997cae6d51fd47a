// Where we are in GitHub Actions: read from the runner's documented environment variables and the
// webhook payload file. Everything the publisher needs is checked up front, so a missing variable
// is one clear message instead of a failed API call later.
import { readFileSync } from "node:fs";
import { InputError } from "../result/errors";

export interface ActionsContext {
  apiUrl: string;
  owner: string;
  repo: string;
  /** GITHUB_SHA: for pull_request events, the test merge commit. */
  sha: string;
  /** The commit the check run belongs to: the PR head when there is one, else GITHUB_SHA. */
  headSha: string;
  /** Absent for events that are not about a pull request (push, schedule...). */
  prNumber?: number;
  token: string;
  eventName?: string;
  /** Link to the workflow run, for the PR comment. */
  runUrl?: string;
}

type Env = Record<string, string | undefined>;

export function readActionsContext(env: Env, readFile: (path: string) => string = (p) => readFileSync(p, "utf8")): ActionsContext {
  const required = ["GITHUB_API_URL", "GITHUB_REPOSITORY", "GITHUB_SHA", "GITHUB_EVENT_PATH", "GITHUB_TOKEN"] as const;
  const missing = required.filter((k) => !env[k] || !env[k]!.trim());
  if (missing.length) {
    throw new InputError(
      `github: missing environment variable(s) ${missing.join(", ")}. --github only works inside GitHub Actions; ` +
      `GITHUB_TOKEN must be passed to the step explicitly (env: GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}).`);
  }
  const apiUrl = env.GITHUB_API_URL!.trim().replace(/\/+$/, "");
  if (!/^https?:\/\/[^\s/]+/i.test(apiUrl)) throw new InputError(`github: GITHUB_API_URL is not an http(s) URL: '${apiUrl}'`);
  const repository = env.GITHUB_REPOSITORY!.trim();
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
  if (!m) throw new InputError(`github: GITHUB_REPOSITORY must be 'owner/name' (got '${repository}')`);
  const sha = env.GITHUB_SHA!.trim();
  if (!/^[0-9a-f]{40}$/i.test(sha)) throw new InputError(`github: GITHUB_SHA is not a commit id: '${sha}'`);

  let event: unknown;
  try {
    event = JSON.parse(readFile(env.GITHUB_EVENT_PATH!));
  } catch (e) {
    throw new InputError(`github: cannot read the event payload GITHUB_EVENT_PATH='${env.GITHUB_EVENT_PATH}' (${(e as Error).message})`);
  }
  const ev = (typeof event === "object" && event !== null ? event : {}) as {
    number?: unknown;
    pull_request?: { number?: unknown; head?: { sha?: unknown } };
  };
  const rawNumber = ev.pull_request?.number ?? (ev.pull_request ? ev.number : undefined);
  const prNumber = typeof rawNumber === "number" && Number.isInteger(rawNumber) && rawNumber > 0 ? rawNumber : undefined;
  const head = ev.pull_request?.head?.sha;
  const headSha = typeof head === "string" && /^[0-9a-f]{40}$/i.test(head) ? head : sha;

  const server = env.GITHUB_SERVER_URL?.replace(/\/+$/, "");
  const runUrl = server && env.GITHUB_RUN_ID && /^\d+$/.test(env.GITHUB_RUN_ID) ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;

  return {
    apiUrl, owner: m[1]!, repo: m[2]!, sha, headSha, prNumber, token: env.GITHUB_TOKEN!.trim(),
    eventName: env.GITHUB_EVENT_NAME, runUrl,
  };
}
