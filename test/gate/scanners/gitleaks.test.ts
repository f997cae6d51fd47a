// The gitleaks adapter on small fixture repositories with the real gitleaks (working tree and
// pull-request history), and fail-closed behaviour with fake binaries.
import { readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bilingualText } from "../../../ci/result/model";
import { createGitleaksScanner } from "../../../ci/gate/scanners/gitleaks";
import { GUARD_ROOT } from "../../../ci/gate/scanners/process";
import { cleanup, envWithoutTools, fakeTool, git, input, planted, tmp, write } from "./helpers";
import { gitleaksTool } from "./tools";

afterAll(cleanup);
const tool = gitleaksTool();

describe.skipIf(tool.skip)("gitleaks adapter: real gitleaks", () => {
  it("reports planted secrets in the selected files, redacted, with severity from tags; clean files stay clean", async () => {
    expect(tool.present, tool.message).toBe(true);
    const root = tmp("gl-repo");
    const jdbc = planted("jdbc-password");
    const phone = planted("fr-phone-number");
    write(root, {
      "src/config.ts": `export const url = "${jdbc}";\n`,
      "src/contact.ts": `export const c = 1;\n${phone}\n`,
      "src/clean.ts": "export const ok = process.env.DB_URL;\n",
      "certs/client.p12": "planted keystore bytes\n",
      "node_modules/x/leak.ts": `export const url = "${jdbc}";\n`,
      // A committed .gitleaksignore must not silence the gate.
      ".gitleaksignore": "src/config.ts:jdbc-password:1\n",
    });
    const res = await createGitleaksScanner().run(input(root, ["src/config.ts", "src/contact.ts", "src/clean.ts", "certs/client.p12", "missing.ts"]));
    expect(res.status, res.reason).toBe("ok");
    expect(res.version).toBe(`v8.30.1 (${realpathSync(tool.path)})`);
    const summary = res.findings.map((f) => `${f.file}:${f.line ?? "-"} ${f.rule} ${f.severity}`).sort();
    expect(summary).toEqual([
      "certs/client.p12:- keystore-file medium",
      "src/config.ts:1 jdbc-password critical",
      "src/contact.ts:2 fr-phone-number medium",
    ]);
    const f = res.findings.find((x) => x.rule === "jdbc-password")!;
    expect(f).toMatchObject({ source: "gate", scanner: "gitleaks", clauses: ["O-12.5.9"], enforcementLevel: "mandatory", fingerprint: "gitleaks:src/config.ts:jdbc-password:1" });
    expect(bilingualText(f)).toMatch(/^\[O-12\.5\.9\] Identifiant codé en dur .* — EN: Hard-coded credential found by gitleaks rule "jdbc-password"/);
    const secret = /password=([^&\s;"']+)/.exec(jdbc)![1]!;
    // The values travel apart, for the gate's redactor (test/tamper covers every output).
    expect((res as { secrets?: string[] }).secrets?.some((s) => s.includes(secret))).toBe(true);
    expect(JSON.stringify({ ...res, secrets: undefined })).not.toContain(secret);
  });

  it("does not take a public certificate for a secret; the private key next to it still is one", async () => {
    const root = tmp("gl-cert");
    const dir = join(GUARD_ROOT, "scanners", "gitleaks", "testdata", "keystore-file");
    write(root, {
      "certs/server.crt": readFileSync(join(dir, "negative", "server.crt"), "utf8"),
      "certs/ca-bundle.pem": readFileSync(join(dir, "negative", "ca-bundle.pem"), "utf8"),
      "certs/server.key": readFileSync(join(dir, "positive", "server.key"), "utf8"),
      "src/tls.ts": `export const ca = \`${readFileSync(join(dir, "negative", "server.crt"), "utf8")}\`;\n`,
    });
    const res = await createGitleaksScanner().run(input(root, ["certs/server.crt", "certs/ca-bundle.pem", "certs/server.key", "src/tls.ts"]));
    expect(res.status, res.reason).toBe("ok");
    expect(res.findings.map((f) => `${f.file} ${f.rule} ${f.severity}`).sort()).toEqual([
      "certs/server.key keystore-file medium",
      "certs/server.key private-key critical",
    ]);
  });

  it("keeps our jwt-token finding and drops the overlapping default jwt one", async () => {
    const root = tmp("gl-jwt");
    write(root, { "src/auth.ts": `${planted("jwt-token")}\n` });
    const res = await createGitleaksScanner().run(input(root, ["src/auth.ts"]));
    expect(res.status, res.reason).toBe("ok");
    expect(res.findings.map((x) => `${x.rule} ${x.severity}`)).toEqual(["jwt-token high"]);
  });

  it("with a base ref, also scans the pull request's commits (a secret added then removed)", async () => {
    const root = tmp("gl-git");
    git(root, "init", "-q", "-b", "main");
    write(root, { "README.md": "# app\n" });
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "base");
    git(root, "checkout", "-q", "-b", "feature");
    write(root, { "src/db.ts": `export const url = "${planted("jdbc-password", 1)}";\n` });
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "add db");
    const leakCommit = git(root, "rev-parse", "HEAD").trim();
    write(root, { "src/db.ts": "export const url = process.env.DB_URL;\n" });
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "use env");
    const res = await createGitleaksScanner().run(input(root, ["README.md", "src/db.ts"], { base: "main" }));
    expect(res.status, res.reason).toBe("ok");
    expect(res.findings.map((x) => `${x.file}:${x.line} ${x.rule}`)).toEqual(["src/db.ts:1 jdbc-password"]);
    expect(res.findings[0]!.fingerprint).toBe(`gitleaks:${leakCommit}:src/db.ts:jdbc-password:1`);
    expect(res.findings[0]!.message.en).toContain(`commit ${leakCommit.slice(0, 12)}`);
  });

  it("an unknown base ref is a failure, not a clean history", async () => {
    const root = tmp("gl-badbase");
    git(root, "init", "-q", "-b", "main");
    write(root, { "README.md": "# app\n" });
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "base");
    const res = await createGitleaksScanner().run(input(root, ["README.md"], { base: "no-such-ref" }));
    expect(res.status).toBe("failed");
    expect(res.reason).toMatch(/gitleaks: base ref no-such-ref not found/);
  });
});

describe("gitleaks adapter: fails closed", () => {
  const root = tmp("gl-fault");
  write(root, { "src/a.ts": "export const a = 1;\n" });
  const files = ["src/a.ts"];
  const VERSION = `if [ "$1" = "version" ]; then echo v8.30.1; exit 0; fi`;

  const cases: [string, string, RegExp][] = [
    ["exit code 3", `${VERSION}\necho "FTL boom" >&2\nexit 3`, /gitleaks exited with code 3: FTL boom/],
    ["exit code 1 (fatal error, not leaks: we ask for 42)", `${VERSION}\necho "FTL config" >&2\nexit 1`, /gitleaks exited with code 1: FTL config/],
    ["invalid JSON", `${VERSION}\necho '[{"RuleID": oops'; exit 42`, /gitleaks printed invalid JSON/],
    ["no report", `${VERSION}\nexit 0`, /gitleaks printed no JSON report/],
    ["leaks exit code with an empty report", `${VERSION}\necho '[]'; exit 42`, /disagrees with its report/],
    ["a report that is not an array", `${VERSION}\necho '{}'; exit 0`, /not a findings array/],
  ];
  for (const [name, body, reason] of cases) {
    it(`${name} → failed with a reason naming gitleaks`, async () => {
      const bin = fakeTool("gitleaks", body);
      const res = await createGitleaksScanner({ env: { ...process.env, CLAUSIER_GITLEAKS: bin } }).run(input(root, files));
      expect(res.status).toBe("failed");
      expect(res.reason).toMatch(reason);
      expect(res.findings).toEqual([]);
    });
  }

  it("binary missing (not on PATH, not in the cache) → failed", async () => {
    const res = await createGitleaksScanner({ env: envWithoutTools() }).run(input(root, files));
    expect(res.status).toBe("failed");
    expect(res.reason).toMatch(/gitleaks not found or not executable .*bootstrap\.sh gitleaks/);
  });

  it("hangs past the time limit → failed (timeout)", async () => {
    const bin = fakeTool("gitleaks", `${VERSION}\nsleep 30`);
    const res = await createGitleaksScanner({ env: { ...process.env, CLAUSIER_GITLEAKS: bin }, timeoutMs: 1500 }).run(input(root, files));
    expect(res.status).toBe("failed");
    expect(res.reason).toMatch(/gitleaks timed out/);
  });
});
