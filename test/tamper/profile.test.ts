// Case 1 (issue 11): the profile (waivers, approvers) comes from the hospital, not from the pull
// request. With --base, a profile in the scanned repository is read as the merge-base has it.
import { createHash } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGateCommand } from "../../ci/cli/gate-command";
import type { CommandIO } from "../../ci/cli/io";
import { summariseProfileChange } from "../../ci/gate/profile-at-base";
import { InputError } from "../../ci/result/errors";
import { commitAll, fakeScanner, finding, gitRepo, NOW, sh, tempDir, write } from "../gate/core/helpers";

const BASE_PROFILE = "approvers: [rssi@chu.example]\nwaivers: []\n";
/** What a hostile vendor commits: itself as approver, a waiver of everything until 9999. */
const HOSTILE = `approvers: [rssi@chu.example, dev@vendor.example]
waivers:
  - { id: ALL, policies: ["*"], reason: "x", cctpReference: "CCTP", approvedBy: dev@vendor.example, expires: 9999-12-31 }
`;
const leak = finding({ rule: "aws-access-token", severity: "critical", scanner: "gitleaks", file: "src/app.ts", line: 2 });

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CommandIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, env: {} };
  return { io: value, json: () => JSON.parse(out.join("")) as { verdict: string; findings: { rule: string; file?: string; waived?: unknown; message: { en: string } }[] } };
}

const gate = (args: string[], cwd: string) => {
  const c = io(cwd);
  return makeGateCommand({ scanners: () => [fakeScanner("gitleaks", [leak])], now: () => NOW })(["--format", "json", ...args], c.io).then((code) => ({ code, ...c.json() }));
};

/** A repository whose main holds the hospital's profile, and a pull request branch on top. */
/** `null`: main has no profile. */
function pullRequest(profileAtHead: string | undefined, baseProfile: string | null = BASE_PROFILE): string {
  const root = gitRepo({ "src/app.ts": "export const a = 1;\n", ...(baseProfile !== null ? { "clausier-guard.yaml": baseProfile } : {}) });
  sh(root, "checkout", "-q", "-b", "pr");
  write(root, { "src/app.ts": "export const a = 1;\nexport const key = 'leaked';\n" });
  if (profileAtHead === undefined) rmSync(join(root, "clausier-guard.yaml"), { force: true });
  else write(root, { "clausier-guard.yaml": profileAtHead });
  commitAll(root, "pr");
  return root;
}

describe("the profile is read from the merge-base, never from the pull request", () => {
  it("before: without --base the pull request's own waiver covers its leaked key (still blocked, by waiver hygiene alone)", async () => {
    const root = pullRequest(HOSTILE);
    const r = await gate(["--profile", "clausier-guard.yaml"], root);
    expect(r.findings.find((f) => f.rule === "aws-access-token")!.waived).toMatchObject({ id: "ALL" });
  });

  it("a pull request that adds itself as approver with a `*` waiver until 9999 is blocked, judged by the base profile", async () => {
    const root = pullRequest(HOSTILE);
    const r = await gate(["--profile", "clausier-guard.yaml", "--base", "main"], root);
    expect(r.code).toBe(1);
    expect(r.verdict).toBe("blocked");
    expect(r.findings.find((f) => f.rule === "aws-access-token")!.waived).toBe(false);
    const changed = r.findings.filter((f) => f.rule === "clausier-gate-profile-changed");
    expect(changed).toHaveLength(1);
    expect(changed[0].file).toBe("clausier-guard.yaml");
    expect(changed[0].message.en).toMatch(/approvers added: dev@vendor\.example; waivers added: ALL\).*the base version \([0-9a-f]{12}\) applies/);
  });

  it("uncommitted changes to the profile do not apply either", async () => {
    const root = pullRequest(BASE_PROFILE);
    writeFileSync(join(root, "clausier-guard.yaml"), HOSTILE);
    const r = await gate(["--profile", "clausier-guard.yaml", "--base", "main"], root);
    expect(r.findings.find((f) => f.rule === "aws-access-token")!.waived).toBe(false);
    expect(r.findings.some((f) => f.rule === "clausier-gate-profile-changed")).toBe(true);
  });

  it("deleting the profile does not loosen it: the base version (blockAt: medium) still applies", async () => {
    const root = pullRequest(undefined, "gate:\n  blockAt: medium\n");
    const medium = finding({ severity: "medium", file: "src/app.ts", line: 2 });
    const c = io(root);
    const code = await makeGateCommand({ scanners: () => [fakeScanner("semgrep", [medium])], now: () => NOW })(["--format", "json", "--profile", "clausier-guard.yaml", "--base", "main"], c.io);
    expect(code).toBe(1);
    expect(c.json().findings.find((f) => f.rule === "clausier-gate-profile-changed")!.message.en).toMatch(/profile deleted by the pull request/);
  });

  it("a profile the pull request adds is not used (defaults), and said so", async () => {
    const root = pullRequest(HOSTILE, null);
    const r = await gate(["--profile", "clausier-guard.yaml", "--base", "main"], root);
    expect(r.findings.find((f) => f.rule === "aws-access-token")!.waived).toBe(false);
    expect(r.findings.find((f) => f.rule === "clausier-gate-profile-changed")!.message.en).toMatch(/profile added by the pull request.*the default profile applies/);
  });

  it("an unchanged profile raises no finding", async () => {
    const root = pullRequest(BASE_PROFILE);
    const r = await gate(["--profile", "clausier-guard.yaml", "--base", "main"], root);
    expect(r.findings.map((f) => f.rule)).toEqual(["aws-access-token"]);
  });

  it("a profile outside the scanned repository (the hospital's copy) is read as it is", async () => {
    const root = pullRequest(BASE_PROFILE);
    const outside = join(tempDir("cg-hospital-"), "profile.yaml");
    writeFileSync(outside, "gate:\n  blockAt: critical\n");
    const r = await gate(["--profile", outside, "--base", "main"], root);
    expect(r.findings.some((f) => f.rule === "clausier-gate-profile-changed")).toBe(false);
    expect(r.code).toBe(1); // the leak is critical
  });
});

describe("--profile-sha256 pins the profile the hospital published", () => {
  const sha = (s: string) => createHash("sha256").update(s).digest("hex");

  it("a matching digest is accepted; another one is an input error naming both", async () => {
    const root = pullRequest(BASE_PROFILE);
    expect((await gate(["--profile", "clausier-guard.yaml", "--base", "main", "--profile-sha256", sha(BASE_PROFILE)], root)).code).toBe(1);
    // The digest is checked on the base version: the pull request's copy cannot match it by editing.
    const e = await gate(["--profile", "clausier-guard.yaml", "--base", "main", "--profile-sha256", sha(HOSTILE)], root).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(new RegExp(`sha256 is ${sha(BASE_PROFILE)}, not the pinned ${sha(HOSTILE)}`));
  });

  it("a malformed digest, or a digest without a profile, is refused", async () => {
    const root = pullRequest(BASE_PROFILE);
    await expect(gate(["--profile", "clausier-guard.yaml", "--profile-sha256", "abc"], root)).rejects.toThrow(/--profile-sha256 must be 64 hexadecimal digits/);
    await expect(gate(["--profile-sha256", sha("x")], root)).rejects.toThrow(/--profile-sha256 needs --profile/);
  });

  describe("from a URL", () => {
    let server: Server;
    let url = "";
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === "/profile.yaml") res.end(BASE_PROFILE);
        else res.writeHead(404).end();
      });
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      const a = server.address();
      url = `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it("is used when its digest matches, refused without one or with another", async () => {
      const root = pullRequest(HOSTILE);
      const ok = await gate(["--profile", `${url}/profile.yaml`, "--profile-sha256", sha(BASE_PROFILE)], root);
      expect(ok.findings.find((f) => f.rule === "aws-access-token")!.waived).toBe(false);
      await expect(gate(["--profile", `${url}/profile.yaml`], root)).rejects.toThrow(/needs --profile-sha256/);
      await expect(gate(["--profile", `${url}/profile.yaml`, "--profile-sha256", sha(HOSTILE)], root)).rejects.toThrow(/not the pinned/);
      await expect(gate(["--profile", `${url}/missing.yaml`, "--profile-sha256", sha(HOSTILE)], root)).rejects.toThrow(/cannot be fetched \(HTTP 404\)/);
    });
  });
});

describe("summariseProfileChange", () => {
  it("names the keys, waivers and approvers that changed, never their values", () => {
    const a = "approvers: [a]\nwaivers:\n  - { id: W1, expires: 2026-01-01 }\n  - { id: W2 }\nregions: [eu-west-3]\n";
    const b = "approvers: [a, b]\nwaivers:\n  - { id: W1, expires: 2027-01-01 }\n  - { id: W3 }\ngate: { blockAt: critical }\n";
    expect(summariseProfileChange(a, b)).toEqual([
      "approvers added: b", "gate added", "regions removed", "waivers added: W3", "waivers removed: W2", "waivers changed: W1",
    ]);
    expect(summariseProfileChange(a, `${a}\n# comment\n`)).toEqual(["formatting only (same settings)"]);
  });
});

describe("a hospital checkout nested in the workspace (the reusable workflow's .clausier-profile)", () => {
  it("is read as it is: its own repository, not the pull request's", async () => {
    const root = pullRequest(BASE_PROFILE);
    const hospital = join(root, ".clausier-profile");
    write(hospital, { "profiles/chu.yaml": "gate:\n  blockAt: critical\n" });
    sh(hospital, "init", "-q", "-b", "main");
    sh(hospital, "config", "commit.gpgsign", "false");
    commitAll(hospital, "hospital profile");
    const r = await gate(["--profile", ".clausier-profile/profiles/chu.yaml", "--base", "main", "--exclude", ".clausier-profile/**"], root);
    expect(r.findings.some((f) => f.rule === "clausier-gate-profile-changed")).toBe(false);
    expect(r.code).toBe(1);
  });
});

describe("bad profile and output inputs are refused up front (case 16)", () => {
  it("a profile that is not valid UTF-8 is an input error naming it", async () => {
    const dir = tempDir("cg-utf8-");
    writeFileSync(join(dir, "p.yaml"), Buffer.from([0x72, 0x65, 0x67, 0x69, 0x6f, 0x6e, 0x73, 0x3a, 0x20, 0x5b, 0xff, 0xfe, 0x5d, 0x0a]));
    await expect(gate(["--profile", join(dir, "p.yaml")], dir)).rejects.toThrow(/p\.yaml: not valid UTF-8/);
  });

  it("an unwritable --out is an input error before any scan or verdict", async () => {
    const root = pullRequest(BASE_PROFILE);
    const c = io(root);
    const scanner = fakeScanner("gitleaks", [leak]);
    const e = await makeGateCommand({ scanners: () => [scanner], now: () => NOW })(["--out", "/proc/version/out"], c.io).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(/gate: --out \/proc\/version\/out: cannot write there \(ENOTDIR\)/);
    expect(scanner.inputs).toHaveLength(0);
  });
});
