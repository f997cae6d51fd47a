// Cases 3, 7 and 9 (issue 11): the scanner on PATH is the vendor's to choose, inline suppressions
// are the vendor's to write, and commit messages are the vendor's too.
import { afterAll, describe, expect, it } from "vitest";
import { createGitleaksScanner } from "../../ci/gate/scanners/gitleaks";
import { createSemgrepScanner } from "../../ci/gate/scanners/semgrep";
import { defaultProfile } from "../../policies/core/profile";
import { cleanup, fakeTool, git, input, planted, tmp, write } from "../gate/scanners/helpers";
import { gitleaksTool, semgrepTool } from "../gate/scanners/tools";

afterAll(cleanup);

const withTool = (name: "semgrep" | "gitleaks", bin: string) => ({ env: { ...process.env, [name === "semgrep" ? "CLAUSIER_SEMGREP" : "CLAUSIER_GITLEAKS"]: bin } });
const semgrepVersion = (v: string) => `if [ "$1" = "--version" ]; then echo ${v}; exit 0; fi`;
const gitleaksVersion = (v: string) => `if [ "$1" = "version" ]; then echo ${v}; exit 0; fi`;

describe("a scanner that is not the pinned one, or does not scan, fails (case 7)", () => {
  const root = tmp("tamper-scan");
  write(root, { "src/app.ts": "export const a = 1;\n" });

  it("semgrep reporting another version", async () => {
    const bin = fakeTool("semgrep", `${semgrepVersion("1.2.3")}\necho '{"results":[],"errors":[]}'`);
    const r = await createSemgrepScanner(withTool("semgrep", bin)).run(input(root, ["src/app.ts"]));
    expect(r.status).toBe("failed");
    expect(r.reason).toMatch(/reports version "1\.2\.3", not the pinned 1\.185\.0/);
  });

  it("a stub that prints the pinned version and an empty result: the canary injection is missing", async () => {
    const bin = fakeTool("semgrep", `${semgrepVersion("1.185.0")}\necho '{"results":[],"errors":[],"paths":{"scanned":[]}}'`);
    const r = await createSemgrepScanner(withTool("semgrep", bin)).run(input(root, ["src/app.ts"]));
    expect(r.status).toBe("failed");
    expect(r.reason).toMatch(/self-test/);
  });

  it("gitleaks reporting another version", async () => {
    const bin = fakeTool("gitleaks", `${gitleaksVersion("v8.0.0")}\necho '[]'`);
    const r = await createGitleaksScanner(withTool("gitleaks", bin)).run(input(root, ["src/app.ts"]));
    expect(r.status).toBe("failed");
    expect(r.reason).toMatch(/reports version "v8\.0\.0", not the pinned v8\.30\.1/);
  });

  it("a gitleaks stub that prints the pinned version and no leak: the canary secret is missing", async () => {
    const bin = fakeTool("gitleaks", `${gitleaksVersion("v8.30.1")}\necho '[]'`);
    const r = await createGitleaksScanner(withTool("gitleaks", bin)).run(input(root, ["src/app.ts"]));
    expect(r.status).toBe("failed");
    expect(r.reason).toMatch(/self-test failed: .* did not report the canary secret/);
  });

  it.skipIf(gitleaksTool().skip)("the real gitleaks passes its self-test, and the canary is never a finding", async () => {
    const r = await createGitleaksScanner().run(input(root, ["src/app.ts"]));
    expect(r.status, r.reason).toBe("ok");
    expect(r.findings).toEqual([]);
  });

  it.skipIf(semgrepTool().skip)("the real semgrep passes its self-test, and the canary is never a finding", async () => {
    const r = await createSemgrepScanner().run(input(root, ["src/app.ts"]));
    expect(r.status, r.reason).toBe("ok");
    expect(r.findings).toEqual([]);
  });
});

describe.skipIf(gitleaksTool().skip)("gitleaks: suppressions the vendor writes are not honoured (case 3)", () => {
  it("`gitleaks:allow` on the line and a committed .gitleaksignore: still found, and said so", async () => {
    const root = tmp("tamper-allow");
    const line = planted("jdbc-password");
    write(root, { "src/db.ts": `export const url = "${line}"; // gitleaks:allow\n`, "src/other.ts": `export const u = "${line}";\n` });
    git(root, "init", "-q");
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "x");
    const first = await createGitleaksScanner().run(input(root, ["src/db.ts", "src/other.ts"]));
    // The vendor lists every fingerprint in .gitleaksignore, as gitleaks documents.
    write(root, { ".gitleaksignore": `${first.findings.map((f) => `src/${f.file?.split("/").pop()}:${f.rule}:1`).join("\n")}\n` });
    const r = await createGitleaksScanner().run(input(root, ["src/db.ts", "src/other.ts", ".gitleaksignore"]));
    expect(r.status, r.reason).toBe("ok");
    expect(r.findings.filter((f) => f.rule === "jdbc-password").map((f) => f.file).sort()).toEqual(["src/db.ts", "src/other.ts"]);
    expect(r.findings.find((f) => f.file === "src/db.ts" && f.rule === "jdbc-password")!.message.en).toMatch(/Suppression not honoured \("gitleaks:allow"\)/);
  });

  it("the profile can honour them (gate.honourInlineSuppressions: true)", async () => {
    const root = tmp("tamper-allow-ok");
    write(root, { "src/db.ts": `export const url = "${planted("jdbc-password")}"; // gitleaks:allow\n` });
    const profile = { ...defaultProfile(), gate: { ...defaultProfile().gate, honourInlineSuppressions: true } };
    const r = await createGitleaksScanner().run(input(root, ["src/db.ts"], { profile }));
    expect(r.findings.filter((f) => f.rule === "jdbc-password")).toEqual([]);
  });
});

describe.skipIf(semgrepTool().skip)("semgrep: `nosemgrep` is not honoured (case 3)", () => {
  it("the finding stays, with 'suppression not honoured'; the profile can honour it", async () => {
    const root = tmp("tamper-nosem");
    write(root, { "src/h.ts": "export function h(x: string): unknown {\n  return eval(x); // nosemgrep\n}\n" });
    const r = await createSemgrepScanner().run(input(root, ["src/h.ts"]));
    expect(r.status, r.reason).toBe("ok");
    const f = r.findings.find((x) => x.rule === "eval-non-literal");
    expect(f, JSON.stringify(r.findings)).toBeDefined();
    expect(f!.message.en).toMatch(/Suppression not honoured \("nosemgrep"\)/);
    const profile = { ...defaultProfile(), gate: { ...defaultProfile().gate, honourInlineSuppressions: true } };
    const honoured = await createSemgrepScanner().run(input(root, ["src/h.ts"], { profile }));
    expect(honoured.findings.filter((x) => x.rule === "eval-non-literal")).toEqual([]);
  });
});

describe.skipIf(gitleaksTool().skip)("commit messages are scanned (case 9)", () => {
  it("a secret in a pull request's commit message is a finding on that commit, its value in no field", async () => {
    const root = tmp("tamper-msg");
    git(root, "init", "-q", "-b", "main");
    write(root, { "a.ts": "export const a = 1;\n" });
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "initial");
    git(root, "checkout", "-q", "-b", "pr");
    write(root, { "a.ts": "export const a = 2;\n" });
    git(root, "add", "-A");
    const line = planted("jdbc-password");
    git(root, "commit", "-q", "-m", `fix the connection\n\nused ${line} to test`);
    const sha = git(root, "rev-parse", "HEAD").trim();
    const r = await createGitleaksScanner().run(input(root, ["a.ts"], { base: "main" }));
    expect(r.status, r.reason).toBe("ok");
    const f = r.findings.find((x) => x.rule === "jdbc-password");
    expect(f, JSON.stringify(r.findings)).toBeDefined();
    expect(f!.file).toBeUndefined();
    expect((f as { commit?: string }).commit).toBe(sha);
    expect(f!.message.en).toMatch(new RegExp(`message of commit ${sha.slice(0, 12)}`));
    const secret = /password=([^&\s;"']+)/.exec(line)![1]!;
    expect(JSON.stringify({ ...r, secrets: undefined })).not.toContain(secret);
  });
});
