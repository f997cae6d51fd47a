// The GitHub publisher against a local fake of the REST API, through the REAL Octokit client with
// its retry and throttling plugins: batching of annotations, a single PR comment kept up to date,
// retries, rate limits, rejections, an unreachable API, escaping and redaction.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createServer } from "node:net";
import { publishToGitHub, type PublishOptions } from "../../ci/github/publish";
import { readActionsContext } from "../../ci/github/context";
import { COMMENT_MARKER } from "../../ci/github/comment";
import { FakeGitHub, fixture } from "./fake-github";
import { actionsEnv, evaluateReport, gateFinding, gateReport } from "./helpers";

// Fast but real: retries and rate-limit waits happen, with short bases, and without GitHub's
// 1 s / 3 s spacing of writes (that is a courtesy to github.com, not behaviour under test).
const FAST: PublishOptions = { retryBaseMs: 5, spaceWrites: false, maxRateLimitWaitSeconds: 5, timeoutMs: 30_000 };

let gh: FakeGitHub;
beforeEach(async () => { gh = await new FakeGitHub().start(); });
afterEach(async () => { await gh.stop(); });

describe("readActionsContext", () => {
  it("reads the PR number and head SHA from the event payload", () => {
    const ctx = readActionsContext(actionsEnv(gh));
    expect(ctx).toMatchObject({ owner: "octo-org", repo: "hospital-app", prNumber: 1347, headSha: "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678" });
    expect(ctx.runUrl).toBe("https://github.com/octo-org/hospital-app/actions/runs/42");
  });

  it("names every missing variable", () => {
    expect(() => readActionsContext({ GITHUB_API_URL: "https://api.github.com" })).toThrow(/GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_EVENT_PATH, GITHUB_TOKEN/);
  });

  it("reports a missing context as an error, without throwing", async () => {
    const res = await publishToGitHub({ gate: gateReport(1) }, {}, FAST);
    expect(res.ok).toBe(false);
    expect(res.errors[0]).toMatch(/GITHUB_API_URL/);
    expect(gh.requests).toHaveLength(0);
  });
});

describe("publishToGitHub", () => {
  it("batches 120 annotations as 1 create + 2 updates of at most 50", async () => {
    const res = await publishToGitHub({ gate: gateReport(120), commitSignatures: "off" }, actionsEnv(gh), FAST);
    expect(res.errors).toEqual([]);
    const creates = gh.requests.filter((r) => r.method === "POST" && r.path.endsWith("/check-runs"));
    const updates = gh.requests.filter((r) => r.method === "PATCH" && /\/check-runs\/\d+$/.test(r.path));
    expect(creates).toHaveLength(1);
    expect(updates).toHaveLength(2);
    const sizes = [...creates, ...updates].map((r) => (r.json as { output: { annotations: unknown[] } }).output.annotations.length);
    expect(sizes).toEqual([50, 50, 20]);
    const run = gh.checkRuns.get(res.checkRun!.id)!;
    expect(run.annotations).toHaveLength(120);
    expect(run.conclusion).toBe("failure");
    const create = creates[0]!.json as { head_sha: string; status: string; output: { summary: string; annotations: { path: string; start_line: number; annotation_level: string }[] } };
    expect(create.head_sha).toBe("a1b2c3d4e5f60718293a4b5c6d7e8f9012345678");
    expect(create.status).toBe("completed");
    expect(create.output.summary).toContain("O-12.5.9");
    expect(create.output.annotations[0]).toMatchObject({ annotation_level: "failure" });
    expect(res.checkRun).toMatchObject({ annotations: 120, requests: 3 });
  });

  it("maps the verdict to the conclusion", async () => {
    await publishToGitHub({ gate: gateReport(0), commitSignatures: "off" }, actionsEnv(gh), FAST);
    const create = gh.requests.find((r) => r.method === "POST" && r.path.endsWith("/check-runs"))!;
    expect((create.json as { conclusion: string }).conclusion).toBe("success");
  });

  it("creates one comment, then updates it on the next run (never two), across pages", async () => {
    gh.seedComments(130); // our comment lands on page 2 of per_page=100
    const env = actionsEnv(gh);
    const first = await publishToGitHub({ gate: gateReport(3), commitSignatures: "off" }, env, FAST);
    expect(first.comment?.action).toBe("created");
    const second = await publishToGitHub({ gate: gateReport(1), commitSignatures: "off" }, env, FAST);
    expect(second.errors).toEqual([]);
    expect(second.comment).toEqual({ id: first.comment!.id, action: "updated" });
    const ours = gh.comments.filter((c) => c.body.startsWith(COMMENT_MARKER));
    expect(ours).toHaveLength(1);
    expect(gh.count("POST", /\/issues\/1347\/comments$/)).toBe(1);
    expect(gh.count("PATCH", /\/issues\/comments\/\d+$/)).toBe(1);
    // The list was paginated: page 2 was read on the second run.
    expect(gh.requests.some((r) => r.method === "GET" && r.query.get("page") === "2")).toBe(true);
    expect(ours[0]!.body).toContain("finding 0");
    expect(ours[0]!.body).not.toContain("finding 2");
  });

  it("does not take over a human comment that merely quotes the marker", async () => {
    gh.comments.push({ id: 7, body: `Why is there a ${COMMENT_MARKER} here?`, user: { login: "octocat", type: "User" } });
    const res = await publishToGitHub({ gate: gateReport(1), commitSignatures: "off" }, actionsEnv(gh), FAST);
    expect(res.comment?.action).toBe("created");
    expect(gh.comments.find((c) => c.id === 7)!.body).toMatch(/^Why/);
  });

  it("retries a 500 and then succeeds", async () => {
    gh.fault({ match: /^POST .*\/check-runs$/, status: 500, body: fixture("error-500.json"), times: 1 });
    const res = await publishToGitHub({ gate: gateReport(2), commitSignatures: "off" }, actionsEnv(gh), FAST);
    expect(res.errors).toEqual([]);
    expect(gh.count("POST", /\/check-runs$/)).toBe(2);
    expect(res.checkRun?.id).toBeGreaterThan(0);
  });

  it("gives up after the retries on a persistent 500, with a message", async () => {
    gh.fault({ match: /^POST .*\/check-runs$/, status: 502, times: 10 });
    const res = await publishToGitHub({ gate: gateReport(2), commitSignatures: "off" }, actionsEnv(gh), { ...FAST, retries: 2 });
    expect(gh.count("POST", /\/check-runs$/)).toBe(3);
    expect(res.errors.join("\n")).toMatch(/server error 502 after retries/);
    // The comment is still attempted: a check-run failure is not a reason to skip it.
    expect(res.comment?.action).toBe("created");
  });

  it("waits for a rate-limit reset and retries once", async () => {
    const reset = Math.ceil(Date.now() / 1000) + 1;
    gh.fault({
      match: /^POST .*\/check-runs$/, status: 403, body: fixture("error-403-rate-limit.json"),
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset), "x-ratelimit-limit": "5000" },
    });
    const t0 = Date.now();
    const res = await publishToGitHub({ gate: gateReport(2), commitSignatures: "off" }, actionsEnv(gh), FAST);
    expect(res.errors).toEqual([]);
    const posts = gh.requests.filter((r) => r.method === "POST" && r.path.endsWith("/check-runs"));
    expect(posts).toHaveLength(2);
    expect(posts[1]!.at).toBeGreaterThanOrEqual(reset * 1000);
    expect(Date.now() - t0).toBeLessThan(8000);
    expect(res.notes.join("\n")).toMatch(/rate limit .*retrying once/);
  });

  it("gives up on a rate limit whose reset is too far away", async () => {
    const reset = Math.ceil(Date.now() / 1000) + 3600;
    gh.fault({
      match: /^POST .*\/check-runs$/, status: 403, body: fixture("error-403-rate-limit.json"),
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) },
    });
    const res = await publishToGitHub({ gate: gateReport(2), commitSignatures: "off" }, actionsEnv(gh), FAST);
    expect(gh.count("POST", /\/check-runs$/)).toBe(1);
    expect(res.errors.join("\n")).toMatch(/rate limit exhausted \(resets at \d{4}-/);
  });

  it("reports a 422 on annotations as an error and leaves the verdict alone", async () => {
    const gate = gateReport(60);
    gh.fault({ match: /^PATCH .*\/check-runs\/\d+$/, status: 422, body: fixture("error-422.json") });
    const res = await publishToGitHub({ gate, commitSignatures: "off" }, actionsEnv(gh), FAST);
    expect(res.ok).toBe(false);
    expect(res.errors.join("\n")).toMatch(/\(422\).*not a valid annotation/);
    expect(gate.verdict).toBe("blocked");
    expect(gh.count("PATCH", /\/check-runs\/\d+$/)).toBe(1); // 422 is not retried
    expect(res.comment?.action).toBe("created");
  });

  it("explains a 403 permission problem (fork PRs get a read-only token)", async () => {
    gh.fault({ match: /^POST .*\/check-runs$/, status: 403, body: { message: "Resource not accessible by integration" } });
    const res = await publishToGitHub({ gate: gateReport(1), commitSignatures: "off" }, actionsEnv(gh), FAST);
    expect(res.errors.join("\n")).toMatch(/checks: write.*fork.*Resource not accessible by integration/);
  });

  it("reports a rejected token once and stops", async () => {
    const res = await publishToGitHub({ gate: gateReport(1), commitSignatures: "advisory" }, actionsEnv(gh, { GITHUB_TOKEN: "ghs_WrongTokenValue0123456789abcdefABCDEF0" }), FAST);
    expect(res.errors).toHaveLength(1);
    expect(res.errors[0]).toMatch(/401/);
    expect(res.errors[0]).not.toContain("ghs_WrongToken");
    expect(gh.requests).toHaveLength(1);
  });

  it("returns a message and does not throw when the API is unreachable", async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const env = actionsEnv(gh, { GITHUB_API_URL: `http://127.0.0.1:${port}` });
    const gate = gateReport(3);
    const res = await publishToGitHub({ gate, commitSignatures: "advisory" }, env, { ...FAST, retries: 1 });
    expect(res.ok).toBe(false);
    expect(res.errors).toHaveLength(1);
    expect(res.errors[0]).toMatch(/unreachable at http:\/\/127\.0\.0\.1:\d+/);
    expect(gate.verdict).toBe("blocked");
  });

  it("flags unsigned PR commits under O-12.5.8 with the profile's severity", async () => {
    const advisory = await publishToGitHub({ gate: gateReport(0) }, actionsEnv(gh), FAST);
    expect(advisory.signatureFindings).toHaveLength(1);
    expect(advisory.signatureFindings[0]).toMatchObject({ rule: "github-commit-signature-verified", clauses: ["O-12.5.8"], severity: "low" });
    expect(advisory.signatureFindings[0]!.message.en).toMatch(/a1b2c3d4e5f6.*unsigned/);
    // Displayed in the check run, but the scan's verdict (pass) is kept.
    const create = gh.requests.find((r) => r.method === "POST" && r.path.endsWith("/check-runs"))!;
    expect((create.json as { conclusion: string }).conclusion).toBe("success");
    expect((create.json as { output: { summary: string } }).output.summary).toContain("O-12.5.8");

    const mandatory = await publishToGitHub({ gate: gateReport(0), commitSignatures: "mandatory" }, actionsEnv(gh), FAST);
    expect(mandatory.signatureFindings[0]!.severity).toBe("high");
    const before = gh.count("GET", /\/pulls\/1347\/commits$/);
    const off = await publishToGitHub({ gate: gateReport(0), commitSignatures: "off" }, actionsEnv(gh), FAST);
    expect(off.signatureFindings).toEqual([]);
    expect(gh.count("GET", /\/pulls\/1347\/commits$/)).toBe(before);
  });

  it("pins policy findings on Pulumi.yaml line 1 when asked, else lists them in the text", async () => {
    await publishToGitHub({ evaluate: evaluateReport(), commitSignatures: "off" }, actionsEnv(gh), { ...FAST, policyAnnotationPath: "Pulumi.yaml" });
    const pinned = gh.requests.find((r) => r.method === "POST" && r.path.endsWith("/check-runs"))!.json as { output: { annotations: { path: string; start_line: number; message: string }[] } };
    expect(pinned.output.annotations.map((a) => [a.path, a.start_line])).toEqual([["Pulumi.yaml", 1], ["Pulumi.yaml", 1]]);
    expect(pinned.output.annotations[0]!.message).toContain("urn:pulumi:prod::hospital::aws:lb/listener:Listener::web");

    gh.requests.length = 0;
    await publishToGitHub({ evaluate: evaluateReport(), commitSignatures: "off" }, actionsEnv(gh), { ...FAST, policyAnnotationPath: null });
    const listed = gh.requests.find((r) => r.method === "POST" && r.path.endsWith("/check-runs"))!.json as { output: { annotations: unknown[]; text: string } };
    expect(listed.output.annotations).toHaveLength(0);
    expect(listed.output.text).toContain("aws\\-lb\\-listener\\-tls12");
  });

  it("escapes Markdown/HTML injection and never sends a planted secret", async () => {
    const planted = "Pl4nted-S3cret-Value-7f3a9c";
    const gate = gateReport(0, {
      verdict: "blocked",
      findings: [gateFinding({
        scanner: "gitleaks", rule: "secrets-default", clauses: ["O-12.5.9"], severity: "critical",
        file: "src/<img src=x onerror=alert(1)>.ts", line: 3,
        message: `password = "${planted}" <script>alert(1)</script> ${COMMENT_MARKER} [click](https://evil.example) ![x](https://evil.example/p.png) @octocat #12 | col`,
        fingerprint: "fp",
      }), gateFinding({
        scanner: "semgrep", rule: "x` injection", clauses: ["O-12.5.7"], severity: "high", file: `key-${planted}.pem`, line: 1,
        message: "token ghp_abcdefghijklmnopqrstuvwxyz0123456789AB and AKIAABCDEFGHIJKLMNOP", fingerprint: "fp2",
      })],
    });
    const res = await publishToGitHub({ gate, secrets: [planted], commitSignatures: "off" }, actionsEnv(gh), FAST);
    expect(res.errors).toEqual([]);
    for (const body of gh.bodies()) {
      expect(body).not.toContain(planted);
      expect(body).not.toContain("ghp_abcdefghijklmnopqrstuvwxyz0123456789AB");
      expect(body).not.toContain("AKIAABCDEFGHIJKLMNOP");
      expect(body).not.toContain(gh.token);
    }
    const comment = gh.comments.find((c) => c.body.startsWith(COMMENT_MARKER))!.body;
    expect(comment).not.toContain("<script>");
    expect(comment).not.toContain("<img");
    expect(comment).toContain("&lt;script&gt;");
    expect(comment).not.toMatch(/\]\(https:\/\/evil/);
    expect(comment).not.toMatch(/@octocat/);
    expect(comment.split(COMMENT_MARKER)).toHaveLength(2); // only our own marker, at the start
    expect(comment).toContain("\\[REDACTED\\]");
  });

  it("caps the comment under 65,000 characters with a truncation note", async () => {
    const gate = gateReport(0, {
      verdict: "blocked",
      findings: Array.from({ length: 900 }, (_, i) => gateFinding({
        scanner: "semgrep", rule: "sast-injection", clauses: ["O-12.5.7"], severity: "high",
        file: `src/very/long/path/to/a/module/number/${i}/file.ts`, line: i + 1, message: `finding ${i} ${"x".repeat(120)}`, fingerprint: `f${i}`,
      })),
    });
    const res = await publishToGitHub({ gate, commitSignatures: "off" }, actionsEnv(gh), FAST);
    expect(res.errors).toEqual([]);
    const comment = gh.comments.find((c) => c.body.startsWith(COMMENT_MARKER))!.body;
    expect(comment.length).toBeLessThanOrEqual(65_000);
    expect(comment).toMatch(/Commentaire tronqué : \d+ constat/);
    expect(comment).toContain("finding 0 ");
  });
});
