// The GitHub REST client: the real Octokit with the retry and throttling plugins, configured so
// that a publishing problem is bounded in time. Server errors are retried (plugin-retry); a rate
// limit is retried once, only when the reset is near (plugin-throttling); everything else fails
// fast and is turned into a message by errors.ts.
import { Octokit } from "@octokit/rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import type { ActionsContext } from "./context";

export const GitHubOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitHubOctokit>;

export interface ClientOptions {
  /** Retries of a 5xx / network failure (plugin-retry). Default 3. */
  retries?: number;
  /** Base of plugin-retry's quadratic back-off (1, 4, 9 × base). Default 1000 ms. */
  retryBaseMs?: number;
  /** Longest wait for a rate-limit reset before giving up. Default 60 s. */
  maxRateLimitWaitSeconds?: number;
  /**
   * GitHub asks integrations to space writes (1 s) and notification-triggering writes (3 s);
   * plugin-throttling does it by default. Tests against a local server turn it off.
   */
  spaceWrites?: boolean;
  /** Aborts every request after this long in total. Default 120 s. */
  timeoutMs?: number;
  userAgent?: string;
}

export interface ClientHandle {
  octokit: GitHubClient;
  /** What the throttling and logging hooks saw (rate-limit decisions, warnings). */
  notes: string[];
  /** Set when a rate limit was hit and not retried: the reset time, for the error message. */
  rateLimit: { resetAt?: Date; waitSeconds?: number; gaveUp: boolean };
  dispose(): void;
}

// A Bottleneck group stand-in that runs jobs immediately (same interface as used by the plugin).
const immediateGroup = {
  key: () => ({ schedule: (_opts: unknown, fn: (...a: unknown[]) => unknown, ...args: unknown[]) => Promise.resolve(fn(...args)) }),
};

let instance = 0;

export function createGitHubClient(ctx: ActionsContext, opts: ClientOptions = {}): ClientHandle {
  const notes: string[] = [];
  const rateLimit: ClientHandle["rateLimit"] = { gaveUp: false };
  const maxWait = opts.maxRateLimitWaitSeconds ?? 60;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(new Error("GitHub publishing timed out")), opts.timeoutMs ?? 120_000);
  timer.unref();

  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
    const what = `${options.method ?? ""} ${options.url ?? ""}`.trim();
    rateLimit.waitSeconds = retryAfter;
    rateLimit.resetAt = new Date(Date.now() + retryAfter * 1000);
    if (retryCount === 0 && retryAfter <= maxWait) {
      notes.push(`${kind} on ${what}: retrying once in ${retryAfter} s`);
      return true;
    }
    rateLimit.gaveUp = true;
    notes.push(`${kind} on ${what}: reset in ${retryAfter} s (limit ${maxWait} s), giving up`);
    return false;
  };

  const throttle: Record<string, unknown> = {
    // A separate key per client: the plugin's limiter groups are process-wide.
    id: `clausier-guard-${process.pid}-${++instance}`,
    onRateLimit: onLimit("rate limit"),
    onSecondaryRateLimit: onLimit("secondary rate limit"),
  };
  if (opts.spaceWrites === false) {
    throttle.write = immediateGroup;
    throttle.notifications = immediateGroup;
  }

  const octokit = new GitHubOctokit({
    auth: ctx.token,
    baseUrl: ctx.apiUrl,
    userAgent: opts.userAgent ?? "clausier-guard",
    request: { signal: abort.signal },
    retry: { retries: opts.retries ?? 3, retryAfterBaseValue: opts.retryBaseMs ?? 1000 },
    throttle: throttle as unknown as ConstructorParameters<typeof GitHubOctokit>[0] extends infer O
      ? O extends { throttle?: infer T } ? T : never : never,
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => notes.push(String(m)),
      error: (m: string) => notes.push(String(m)),
    },
  });
  return { octokit, notes, rateLimit, dispose: () => clearTimeout(timer) };
}
