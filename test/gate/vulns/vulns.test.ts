// The advisories scanner through the real, pinned osv-scanner, offline from a database built from
// recorded GitHub advisories (test/fixtures/osv-db).
import { afterAll, describe, expect, it } from "vitest";
import { bilingualText } from "../../../ci/result/model";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createAdvisoriesScanner, cvss3BaseScore, evaluateAdvisories, scoreOf, slaDecision, type AdvisoryOptions } from "../../../ci/gate/scanners/vulns";
import { exactPin } from "../../../ci/gate/scanners/osv-pins";
import { defaultProfile, parseProfile, type Profile } from "../../../policies/core/profile";
import { cleanup, envWithoutTools, fakeTool, tmp, write } from "../scanners/helpers";
import { osvScannerTool } from "../scanners/tools";
import { buildOsvDatabase } from "./osv-db";

const NOW = new Date("2026-05-15T00:00:00Z");
const CVSS = defaultProfile().gate.cvss;
const tool = osvScannerTool();
afterAll(cleanup);

function profile(osvDatabase?: string): Profile {
  const p = defaultProfile();
  return { ...p, gate: { ...p.gate, ...(osvDatabase ? { osvDatabase } : {}) } };
}
const input = (root: string, p: Profile = profile(buildOsvDatabase(tmp("osvdb"))), files: string[] = []) => ({ root, files, profile: p, signal: new AbortController().signal, now: NOW });
const run = (root: string, p?: Profile, opts: AdvisoryOptions = {}) => evaluateAdvisories(input(root, p), opts);

/** lodash 4.17.11 and node-serialize 0.0.4 delivered; minimist 1.2.0 for development only; mathjs 7.5.1 fixed. */
function repoWithLock(extra: Record<string, string> = {}): string {
  const root = tmp("vulns");
  write(root, {
    "package-lock.json": JSON.stringify({
      name: "app", version: "1.0.0", lockfileVersion: 3, requires: true, packages: {
        "": { name: "app", version: "1.0.0", dependencies: { lodash: "4.17.11", "node-serialize": "0.0.4", mathjs: "7.5.1" }, devDependencies: { minimist: "1.2.0" } },
        "node_modules/lodash": { version: "4.17.11" },
        "node_modules/node-serialize": { version: "0.0.4" },
        "node_modules/mathjs": { version: "7.5.1" },
        "node_modules/minimist": { version: "1.2.0", dev: true },
      },
    }, null, 2),
    ...extra,
  });
  return root;
}

describe("CVSS and SLA", () => {
  it("computes CVSS 3.1 base scores from vectors", () => {
    expect(cvss3BaseScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).toBe(9.8);
    expect(cvss3BaseScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N")).toBe(7.5);
    expect(cvss3BaseScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N")).toBe(6.1);
    expect(cvss3BaseScore("CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N")).toBe(1.8);
    expect(cvss3BaseScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N")).toBe(0);
    expect(cvss3BaseScore("CVSS:4.0/AV:N")).toBeUndefined();
  });
  it("falls back to the database severity (critical→9, high→7, moderate→5, low→2)", () => {
    expect(scoreOf({ id: "x", database_specific: { severity: "MODERATE" } })).toEqual({ cvss: 5, source: "database-severity" });
    expect(scoreOf({ id: "x" })).toEqual({ cvss: null, source: "none" });
  });
  it("applies the §4.2 matrix", () => {
    const pub = (daysAgo: number) => new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString();
    expect(slaDecision(9.8, pub(31), NOW, CVSS)).toMatchObject({ status: "overdue", severity: "critical" });
    expect(slaDecision(9.8, pub(5), NOW, CVSS)).toMatchObject({ status: "due-soon", severity: "medium" });
    expect(slaDecision(9.8, pub(5), NOW, CVSS, true).severity).toBe("critical");
    expect(slaDecision(7.5, pub(91), NOW, CVSS)).toMatchObject({ status: "overdue", severity: "high" });
    expect(slaDecision(7.5, pub(65), NOW, CVSS)).toMatchObject({ status: "due-soon", severity: "medium" });
    expect(slaDecision(7.5, pub(10), NOW, CVSS)).toMatchObject({ status: "open", severity: "low" });
    expect(slaDecision(7.5, pub(10), NOW, CVSS, true).severity).toBe("high");
    expect(slaDecision(7.0, pub(10), NOW, CVSS, true).severity).toBe("low");
    expect(slaDecision(5, pub(10), NOW, CVSS)).toMatchObject({ status: "next-minor", severity: "low" });
    expect(slaDecision(4.0, pub(400), NOW, CVSS)).toEqual({ status: "report-only", deadline: null });
    expect(slaDecision(7.5, "2026-01-01T00:00:00Z", NOW, CVSS).deadline).toBe("2026-04-01");
  });
  it("reads the thresholds and delays from the profile", () => {
    const strict = { ...CVSS, criticalFrom: 9.5, highDays: 400 };
    expect(slaDecision(9.1, "2026-01-01T00:00:00Z", NOW, strict)).toMatchObject({ status: "open", deadline: "2027-02-05" });
  });
  it("tells exact pins from ranges", () => {
    expect(["3.10.1", "=0.0.4", "v1.2.3", "1.0.0-beta.2"].map(exactPin)).toEqual(["3.10.1", "0.0.4", "1.2.3", "1.0.0-beta.2"]);
    expect(["^2.5.7", "~1.0.0", ">=1", "1.x", "*", "latest", "git+https://x/y.git", "file:../x", "1.0.0 || 2.0.0"].map(exactPin)).toEqual(Array(9).fill(undefined));
  });
});

describe.skipIf(tool.skip)("advisories scanner (real osv-scanner, recorded OSV database)", () => {
  it("finds the recorded advisories in a lockfile, offline, and applies the SLA", async () => {
    expect(tool.present, tool.message).toBe(true);
    const { result, sla } = await run(repoWithLock());
    expect(result).toMatchObject({ name: "advisories", status: "ok" });
    expect(result.version).toMatch(/^osv-scanner 2\.6\.0, offline \//);
    const byId = Object.fromEntries(sla.map((e) => [e.id, e]));
    expect(Object.keys(byId).sort()).toEqual(["GHSA-29mw-wpgm-hmr9", "GHSA-35jh-r3h4-6jhm", "GHSA-jf85-cpcp-j695", "GHSA-q4v7-4rhw-9hqm"]);
    expect(byId["GHSA-q4v7-4rhw-9hqm"]).toMatchObject({ package: "node-serialize", version: "0.0.4", file: "package-lock.json", cvss: 9.8, status: "overdue", deadline: "2018-08-17", aliases: ["CVE-2017-5941"] });
    expect(byId["GHSA-jf85-cpcp-j695"]).toMatchObject({ package: "lodash", cvss: 9.1, status: "overdue" });
    expect(byId["GHSA-35jh-r3h4-6jhm"]).toMatchObject({ cvss: 7.2, status: "overdue" });
    expect(byId["GHSA-29mw-wpgm-hmr9"]).toMatchObject({ cvss: 5.3, status: "next-minor" });
    // minimist 1.2.0 is affected (GHSA-xvch-5gv4-984h) but only for development: not delivered.
    expect(sla.some((e) => e.package === "minimist")).toBe(false);
    const sev = Object.fromEntries(result.findings.map((f) => [f.message.en.match(/GHSA-[\w-]+/)![0], f.severity]));
    expect(sev).toEqual({ "GHSA-q4v7-4rhw-9hqm": "critical", "GHSA-jf85-cpcp-j695": "critical", "GHSA-35jh-r3h4-6jhm": "high", "GHSA-29mw-wpgm-hmr9": "low" });
    const f = result.findings.find((x) => x.message.en.includes("GHSA-q4v7"))!;
    expect(f).toMatchObject({ rule: "deps-cvss-gate", file: "package-lock.json", scanner: "advisories" });
    expect(bilingualText(f)).toMatch(/^\[O-3\.10, O-7\.2\] node-serialize@0\.0\.4 — GHSA-q4v7-4rhw-9hqm \(Code Execution through IIFE in node-serialize\)/);
  });

  it("evaluates development dependencies on request", async () => {
    const { sla } = await run(repoWithLock(), undefined, { includeDev: true });
    expect(sla.find((e) => e.package === "minimist")).toMatchObject({ id: "GHSA-xvch-5gv4-984h", version: "1.2.0", cvss: 9.8 });
  });

  it("evaluates the exact pins of a package.json without lockfile, and lists the ranges as not evaluated", async () => {
    const root = tmp("vulns-pins");
    write(root, { "package.json": JSON.stringify({ name: "dvna", dependencies: { mathjs: "3.10.1", "node-serialize": "0.0.4", ejs: "^2.5.7", express: "~4.16.2" }, devDependencies: { minimist: "1.2.0" } }) });
    const { result, sla } = await run(root);
    expect(result.status).toBe("not-evaluated");
    expect(result.reason).toMatch(/package\.json: ejs \^2\.5\.7, express ~4\.16\.2/);
    expect(sla.map((e) => `${e.package}@${e.version} ${e.id} ${e.file}`).sort()).toEqual([
      "mathjs@3.10.1 GHSA-x2fc-mxcx-w4mf package.json",
      "node-serialize@0.0.4 GHSA-q4v7-4rhw-9hqm package.json",
    ]);
    expect(result.findings.map((f) => f.severity).sort()).toEqual(["critical", "high"]);
    expect(result.findings.every((f) => f.file === "package.json")).toBe(true);
  });

  it("evaluates nested manifests and lockfiles it is given, not installed packages nor test fixtures", async () => {
    const root = tmp("vulns-nested");
    const pins = (deps: Record<string, string>) => JSON.stringify({ name: "x", dependencies: deps });
    write(root, {
      "services/api/package.json": pins({ "node-serialize": "0.0.4" }),
      "node_modules/lodash/package.json": pins({ minimist: "1.2.0" }),
      "test/fixtures/old-app/package.json": pins({ lodash: "4.17.11" }),
    });
    const files = ["services/api/package.json", "node_modules/lodash/package.json", "test/fixtures/old-app/package.json"];
    const { result, sla } = await evaluateAdvisories(input(root, undefined, files));
    expect(result.status).toBe("ok");
    expect(sla.map((e) => `${e.file} ${e.package}`)).toEqual(["services/api/package.json node-serialize"]);
  });

  it("is ok with no finding when every pin is clean", async () => {
    const root = tmp("vulns-clean");
    write(root, { "package.json": JSON.stringify({ name: "x", dependencies: { lodash: "4.17.21", mathjs: "7.5.1" } }) });
    const { result, sla } = await run(root);
    expect(result).toMatchObject({ status: "ok", findings: [] });
    expect(sla).toEqual([]);
  });

  it("does not evaluate a package.json holding only ranges, and says so", async () => {
    const root = tmp("vulns-ranges");
    write(root, { "package.json": JSON.stringify({ name: "x", dependencies: { express: "^4.16.2" } }) });
    const { result } = await run(root);
    expect(result.status).toBe("not-evaluated");
    expect(result.reason).toMatch(/package\.json.*no exact version/);
  });

  it("honours unexpired exceptions from ci/vuln-exceptions.yaml approved by one of the profile's approvers", async () => {
    const exc = "- id: CVE-2017-5941\n  package: node-serialize\n  reason: not reachable\n  workaround: input filtered\n  approvedBy: RSSI CHU\n  expires: 2026-12-31\n";
    const db = buildOsvDatabase(tmp("osvdb"));
    const withApprover = { ...profile(db), approvers: ["RSSI CHU"] };
    const base = await run(repoWithLock(), withApprover);
    const r2 = await run(repoWithLock({ "ci/vuln-exceptions.yaml": exc }), withApprover);
    expect(r2.sla.find((e) => e.id === "GHSA-q4v7-4rhw-9hqm")?.status).toBe("excepted");
    expect(r2.result.findings.length).toBe(base.result.findings.length - 1);
    const r3 = await run(repoWithLock({ "ci/vuln-exceptions.yaml": exc.replace("2026-12-31", "2026-01-31") }), withApprover);
    expect(r3.sla.find((e) => e.id === "GHSA-q4v7-4rhw-9hqm")?.status).toBe("overdue");
    // The file is the vendor's: an approver the hospital does not know excepts nothing, and the finding says so.
    const r4 = await run(repoWithLock({ "ci/vuln-exceptions.yaml": exc }), profile(db));
    expect(r4.sla.find((e) => e.id === "GHSA-q4v7-4rhw-9hqm")?.status).toBe("overdue");
    const f = r4.result.findings.find((x) => x.message.en.includes("GHSA-q4v7"))!;
    expect(f.severity).toBe("critical");
    expect(f.message.en).toMatch(/exception in ci\/vuln-exceptions\.yaml ignored \("RSSI CHU" is not in the profile's approvers\)/);
  });

  it("reads the database in osv-scanner's own layout (osv-scalibr/) as well as the bucket's", async () => {
    const db = buildOsvDatabase(tmp("osvdb-scalibr"), { sub: "osv-scalibr", only: ["GHSA-q4v7-4rhw-9hqm"] });
    const { result, sla } = await run(repoWithLock(), profile(db));
    expect(result.status).toBe("ok");
    expect(sla.map((e) => e.id)).toEqual(["GHSA-q4v7-4rhw-9hqm"]);
  });

  it("fails, naming gate.osvDatabase, when the profile's folder holds no npm database", async () => {
    const r = await run(repoWithLock(), profile(tmp("osvdb-empty")));
    expect(r.result.status).toBe("failed");
    expect(r.result.reason).toMatch(/gate\.osvDatabase .*: no npm\/all\.zip/);
    const missing = await run(repoWithLock(), profile("/nonexistent/osv"));
    expect(missing.result.reason).toMatch(/gate\.osvDatabase \/nonexistent\/osv: no such directory/);
    expect(() => parseProfile({ gate: { osvDatabase: "osv-db" } }, "profile.yaml")).toThrow(/gate\.osvDatabase: bad value/);
  });

  it("fails on a lockfile osv-scanner cannot read", async () => {
    const root = tmp("vulns-bad");
    write(root, { "package-lock.json": "{ not json" });
    const { result } = await run(root);
    expect(result.status).toBe("failed");
    expect(result.reason).toMatch(/osv-scanner exited with code 127.*package-lock\.json/);
  });

  it("is not-evaluated, with the reason, without a database and without network", async () => {
    // A closed proxy port: api.osv.dev is unreachable whatever the machine's network.
    const env = { ...process.env, HTTPS_PROXY: "http://127.0.0.1:9", https_proxy: "http://127.0.0.1:9" };
    const { result } = await run(repoWithLock(), profile(), { env });
    expect(result.status).toBe("not-evaluated");
    expect(result.reason).toMatch(/advisory database unreachable \(no gate\.osvDatabase in the profile\).*api\.osv\.dev/);
    expect(result.findings).toEqual([]);
  }, 60_000);

  it("says at once that the advisory service is unreachable when its name does not resolve (no proxy)", async () => {
    const env = { ...process.env };
    for (const k of ["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"]) delete env[k];
    const t0 = Date.now();
    const resolveHost = (host: string) => Promise.reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" }));
    const { result } = await run(repoWithLock(), profile(), { env, resolveHost });
    expect(result).toMatchObject({ status: "not-evaluated", version: "osv-scanner 2.6.0", findings: [] });
    expect(result.reason).toMatch(/advisory database unreachable \(no gate\.osvDatabase in the profile\): api\.osv\.dev: ENOTFOUND/);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it("exposes the last vuln-sla list on the scanner", async () => {
    const s = createAdvisoriesScanner();
    const r = await s.run(input(repoWithLock()));
    expect(s.lastSla()).toHaveLength(4);
    expect((r as unknown as { artifacts: Record<string, unknown> }).artifacts["vuln-sla"]).toBe(s.lastSla());
  });
});

describe("advisories scanner fails closed on the tool", () => {
  it("fails when osv-scanner is missing", async () => {
    const { result } = await run(repoWithLock(), undefined, { env: envWithoutTools() });
    expect(result.status).toBe("failed");
    expect(result.reason).toMatch(/osv-scanner not found.*bootstrap\.sh osv-scanner/);
  });

  it("fails when osv-scanner is not the pinned version", async () => {
    const env = { ...process.env, CLAUSIER_OSV_SCANNER: fakeTool("osv-scanner", 'echo "osv-scanner version: 2.5.0"; echo "{\\"results\\":[]}"') };
    const { result } = await run(repoWithLock(), undefined, { env });
    expect(result).toMatchObject({ status: "failed", version: "osv-scanner 2.5.0" });
    expect(result.reason).toMatch(/osv-scanner 2\.5\.0 .* is not the pinned 2\.6\.0/);
  });

  it("fails when osv-scanner crashes or prints no report", async () => {
    const crash = fakeTool("osv-scanner", 'case "$1" in --version) echo "osv-scanner version: 2.6.0";; *) kill -SEGV $$;; esac');
    const r1 = await run(repoWithLock(), undefined, { env: { ...process.env, CLAUSIER_OSV_SCANNER: crash } });
    expect(r1.result.status).toBe("failed");
    expect(r1.result.reason).toMatch(/killed by SIGSEGV/);
    const garbage = fakeTool("osv-scanner", 'case "$1" in --version) echo "osv-scanner version: 2.6.0";; *) echo "not json"; exit 1;; esac');
    const r2 = await run(repoWithLock(), undefined, { env: { ...process.env, CLAUSIER_OSV_SCANNER: garbage } });
    expect(r2.result.status).toBe("failed");
    expect(r2.result.reason).toMatch(/invalid JSON/);
  });

  it("reads the package.json of the repository as JSON or fails", async () => {
    const root = tmp("vulns-badpkg");
    writeFileSync(join(root, "package.json"), "{ nope");
    const { result } = await run(root);
    expect(result.status).toBe("failed");
    expect(result.reason).toMatch(/unreadable package\.json: package\.json/);
  });
});
