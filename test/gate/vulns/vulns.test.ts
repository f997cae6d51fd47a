import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdvisoriesScanner, cvss3BaseScore, evaluateAdvisories, scoreOf, slaDecision, vulnsScanner } from "../../../ci/gate/scanners/vulns";
import { defaultProfile } from "../../../policies/core/profile";

const FIX = join(__dirname, "../../fixtures/detectors/osv");
const index = JSON.parse(readFileSync(join(FIX, "index.json"), "utf8")) as Record<string, string[]>;
const SHA512 = "sha512-" + "A".repeat(86) + "==";
const NOW = new Date("2026-05-15T00:00:00Z");
const CVSS = defaultProfile().gate.cvss;

let server: Server;
let base: string;
const seen: string[] = [];
let mode: "ok" | "500" | "vuln-404" = "ok";

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const send = (code: number, data: unknown) => {
        res.writeHead(code, { "content-type": "application/json" });
        res.end(JSON.stringify(data));
      };
      if (mode === "500") return send(500, { code: 13, message: "internal error" });
      if (req.method === "POST" && req.url === "/v1/querybatch") {
        const q = JSON.parse(body) as { queries: { package: { name: string; ecosystem: string }; version: string }[] };
        return send(200, { results: q.queries.map((x) => (index[`${x.package.name}@${x.version}`] ? { vulns: index[`${x.package.name}@${x.version}`].map((id) => ({ id, modified: "2026-01-01T00:00:00Z" })) } : {})) });
      }
      const m = /^\/v1\/vulns\/([\w-]+)$/.exec(req.url ?? "");
      if (req.method === "GET" && m) {
        if (mode === "vuln-404" && m[1].includes("high")) return send(404, { code: 5, message: "Bug not found." });
        try {
          return send(200, JSON.parse(readFileSync(join(FIX, "vulns", `${m[1]}.json`), "utf8")));
        } catch {
          return send(404, { code: 5, message: "Bug not found." });
        }
      }
      send(404, {});
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
});

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function repoWithLock(extra: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "cg-vulns-"));
  dirs.push(root);
  const pkg = (version: string, dev = false) => ({ version, integrity: SHA512, license: "MIT", ...(dev ? { dev: true } : {}) });
  writeFileSync(join(root, "package-lock.json"), JSON.stringify({
    name: "app", lockfileVersion: 3, packages: {
      "": { name: "app" },
      "node_modules/left-pad-cg": pkg("1.0.0"),
      "node_modules/parse-url-cg": pkg("2.1.0"),
      "node_modules/yaml-cg": pkg("3.0.0"),
      "node_modules/http-cg": pkg("4.0.0"),
      "node_modules/safe-cg": pkg("1.0.0"),
      "node_modules/dev-only-cg": pkg("1.0.0", true),
    },
  }, null, 2));
  mkdirSync(join(root, "ci"));
  for (const [p, c] of Object.entries(extra)) writeFileSync(join(root, p), c);
  return root;
}
const input = (root: string) => ({ root, files: [], profile: defaultProfile(), signal: new AbortController().signal, now: NOW });

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
});

describe("advisories scanner (local OSV server)", () => {
  it("queries querybatch then each vuln, applies the SLA and emits the vuln-sla list", async () => {
    mode = "ok";
    seen.length = 0;
    const { result, sla } = await evaluateAdvisories(input(repoWithLock()), { baseUrl: base });
    expect(result).toMatchObject({ name: "advisories", status: "ok" });
    expect(seen[0]).toBe("POST /v1/querybatch");
    expect(seen.filter((s) => s.startsWith("GET"))).toHaveLength(5);
    const byId = Object.fromEntries(sla.map((e) => [e.id, e]));
    expect(byId["GHSA-cg01-crit-0001"]).toMatchObject({ package: "left-pad-cg", cvss: 9.8, status: "overdue", deadline: "2026-02-01" });
    expect(byId["GHSA-cg02-high-0002"]).toMatchObject({ cvss: 7.5, status: "open", deadline: "2026-06-30" });
    expect(byId["GHSA-cg03-modr-0003"]).toMatchObject({ cvss: 5, cvssSource: "database-severity", status: "next-minor" });
    expect(byId["GHSA-cg04-vfou-0004"]).toMatchObject({ cvss: 7, status: "overdue" });
    expect(byId["GHSA-cg05-lowx-0005"]).toMatchObject({ cvss: 1.8, status: "report-only" });
    expect(sla.some((e) => e.package === "dev-only-cg")).toBe(false);
    const sev = Object.fromEntries(result.findings.map((f) => [f.message.match(/GHSA-[\w-]+/)![0], f.severity]));
    expect(sev).toEqual({ "GHSA-cg01-crit-0001": "critical", "GHSA-cg02-high-0002": "low", "GHSA-cg03-modr-0003": "low", "GHSA-cg04-vfou-0004": "high" });
    expect(result.findings[0].message).toMatch(/^\[O-3\.10, O-7\.2\] /);
    expect(result.findings[0].rule).toBe("deps-cvss-gate");
  });

  it("honours unexpired exceptions from ci/vuln-exceptions.yaml", async () => {
    mode = "ok";
    const exc = "- id: CVE-2026-90001\n  package: left-pad-cg\n  reason: not reachable\n  workaround: input filtered\n  approvedBy: RSSI CHU\n  expires: 2026-12-31\n";
    const { result, sla } = await evaluateAdvisories(input(repoWithLock({ "ci/vuln-exceptions.yaml": "" })), { baseUrl: base });
    expect(sla.find((e) => e.id === "GHSA-cg01-crit-0001")?.status).toBe("overdue");
    const root = repoWithLock();
    writeFileSync(join(root, "ci/vuln-exceptions.yaml"), exc);
    const r2 = await evaluateAdvisories(input(root), { baseUrl: base });
    expect(r2.sla.find((e) => e.id === "GHSA-cg01-crit-0001")?.status).toBe("excepted");
    expect(r2.result.findings.length).toBe(result.findings.length - 1);
    writeFileSync(join(root, "ci/vuln-exceptions.yaml"), exc.replace("2026-12-31", "2026-01-31"));
    const r3 = await evaluateAdvisories(input(root), { baseUrl: base });
    expect(r3.sla.find((e) => e.id === "GHSA-cg01-crit-0001")?.status).toBe("overdue");
  });

  it("is not-evaluated when the endpoint answers 500", async () => {
    mode = "500";
    const { result } = await evaluateAdvisories(input(repoWithLock()), { baseUrl: base });
    expect(result.status).toBe("not-evaluated");
    expect(result.reason).toMatch(/HTTP 500/);
    expect(result.findings).toEqual([]);
  });

  it("is not-evaluated when a vuln cannot be fetched", async () => {
    mode = "vuln-404";
    const { result } = await evaluateAdvisories(input(repoWithLock()), { baseUrl: base });
    expect(result.status).toBe("not-evaluated");
    expect(result.reason).toMatch(/HTTP 404/);
  });

  it("is not-evaluated when the connection is refused (env CLAUSIER_OSV_URL)", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const prev = process.env.CLAUSIER_OSV_URL;
    process.env.CLAUSIER_OSV_URL = `http://127.0.0.1:${port}`;
    try {
      const r = await vulnsScanner.run(input(repoWithLock()));
      expect(r.status).toBe("not-evaluated");
      expect(r.reason).toMatch(/ECONNREFUSED/);
    } finally {
      if (prev === undefined) delete process.env.CLAUSIER_OSV_URL;
      else process.env.CLAUSIER_OSV_URL = prev;
    }
  });

  it("is not-evaluated on timeout and without a lockfile", async () => {
    const slow = createServer(() => { /* never answers */ });
    await new Promise<void>((r) => slow.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
      const r = await evaluateAdvisories(input(repoWithLock()), { baseUrl: url, timeoutMs: 200 });
      expect(r.result.status).toBe("not-evaluated");
      expect(r.result.reason).toMatch(/200 ms/);
    } finally {
      slow.closeAllConnections();
      await new Promise((r) => slow.close(r));
    }
    const empty = mkdtempSync(join(tmpdir(), "cg-vulns-"));
    dirs.push(empty);
    expect((await evaluateAdvisories(input(empty), { baseUrl: base })).result.status).toBe("not-evaluated");
  });

  it("exposes the last vuln-sla list on the scanner", async () => {
    mode = "ok";
    const s = createAdvisoriesScanner({ baseUrl: base });
    const r = await s.run(input(repoWithLock()));
    expect(s.lastSla()).toHaveLength(5);
    expect((r as unknown as { artifacts: Record<string, unknown> }).artifacts["vuln-sla"]).toBe(s.lastSla());
  });
});
