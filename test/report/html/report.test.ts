// The HTML report rendered by a real headless Chromium (Debian's /usr/bin/chromium through
// playwright-core): it must load with no console error and no network request, hold exactly one
// matrix row per catalogue clause, switch language, escape hostile text and never show a secret.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, copyFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { chromium } from "playwright-core";
import { renderHtml, CSP } from "../../../ci/report/html";
import { CLAUSES } from "../../../ci/report/coverage/clauses";
import { computeCoverage } from "../../../ci/report/coverage/coverage";
import { rulesForClause } from "../../../ci/report/coverage/rules";
import { parseEvaluateReports, parseGateReport } from "../../../ci/report/coverage/inputs";
import { evaluateReport, gateFinding, gateReport } from "../../github/helpers";
import { renderJson } from "../../../ci/report/json";
import type { Waiver } from "../../../policies/core/model";
import { generateBundles } from "../../../bench/lib/gen-bundles";
import { reportCommand } from "../../../ci/cli/report-command";
import { readFileSync } from "node:fs";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = join(__dirname, "..", "..", "..");
const ARTIFACTS = join(ROOT, "test", "artifacts");
const haveChromium = existsSync(CHROMIUM);
const allowMissing = process.env.CLAUSIER_ALLOW_MISSING_TOOLS === "1";
const NOW = new Date("2026-05-04T10:00:00Z");
const PLANTED = "Pl4nted-S3cret-Html-51d2e";

const profileWaivers: Waiver[] = [
  { id: "W-2026-001", policies: ["aws-s3-sse-kms-cmk"], clauses: [], resources: [], stacks: [], files: [], reason: "migration KMS au T3", cctpReference: "CCTP §4.2", approvedBy: "rssi@chu.example", expires: "2026-12-31" },
  { id: "W-2025-007", policies: ["sast-crypto"], clauses: [], resources: [], stacks: [], files: [], reason: "bibliothèque tierce <b>legacy</b>", cctpReference: "CCTP §7.1", approvedBy: "dsi@chu.example", expires: "2026-01-31" },
];

function sampleInputs() {
  const gate = gateReport(9);
  gate.findings.push(gateFinding({
    scanner: "gitleaks", rule: "secret-fr-phone", clauses: ["O-12.5.9"], severity: "medium", file: "src/<script>alert(1)</script>.ts", line: 7,
    message: `mdp = "${PLANTED}" <img src=x onerror=alert(1)> <a href="https://evil.example">x</a>`, fingerprint: "x",
  }));
  gate.findings.push(gateFinding({
    scanner: "semgrep", rule: "sast-crypto", clauses: ["O-8.3"], severity: "high", file: "vendor/legacy.js", line: 12, message: "createHash('md5')",
    fingerprint: "y", waived: { id: "W-2025-007", cctpReference: "CCTP §7.1", approvedBy: "dsi@chu.example", expires: "2026-01-31", reason: "legacy" },
  }));
  gate.scanners.push({ name: "npm-audit", version: "11.6.0", status: "not-evaluated", durationMs: 3, reason: "registry audit endpoint unavailable (405)", findingCount: 0 });
  return { gate, evaluate: evaluateReport() };
}

let context: BrowserContext | undefined;
let userDataDir = "";

beforeAll(async () => {
  if (!haveChromium) return;
  userDataDir = mkdtempSync(join(tmpdir(), "cg-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1280, height: 900 },
  });
});

afterAll(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

/** Opens `html` as a real document (not about:blank, so that the CSP meta applies), recording console errors and requests. */
async function openPage(html: string, url: string) {
  const page = await context!.newPage();
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(m.text()); });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  page.on("request", (r) => requests.push(r.url()));
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
  await page.goto(url, { waitUntil: "load" });
  return { page, consoleErrors, requests };
}

describe("HTML report (pure)", () => {
  it("is self-contained: CSP meta, no script, no external reference", () => {
    const { gate, evaluate } = sampleInputs();
    const html = renderHtml({ gate, evaluate, lang: "fr", profileWaivers, secrets: [PLANTED], now: NOW });
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//i);
    expect(html).not.toContain(PLANTED);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("computes clause statuses from both inputs", () => {
    const { gate, evaluate } = sampleInputs();
    const cov = computeCoverage({ gate, evaluate: [evaluate] });
    const st = (id: string) => cov.clauses.find((c) => c.clause.id === id)!.status;
    expect(st("O-8.1")).toBe("failed");
    expect(st("O-8.4")).toBe("waived");
    expect(st("O-12.3.2")).toBe("passed");
    expect(st("O-12.5.2")).toBe("manual");
    expect(st("O-12.5.9")).toBe("failed");
    // Gate only: a clause only cloud policies check is not evaluated, never a silent pass.
    const gateOnly = computeCoverage({ gate: gateReport(0) });
    expect(gateOnly.clauses.find((c) => c.clause.id === "O-8.4")!.status).toBe("not-evaluated");
    // no-accidental-publish is a detector: without the detectors' scanner in the report, not evaluated.
    expect(gateOnly.clauses.find((c) => c.clause.id === "O-12.5.13")!.status).toBe("not-evaluated");
    const withDetectors = computeCoverage({ gate: gateReport(0, { scanners: [{ name: "clausier-detectors", version: "1.0.0", status: "ok", durationMs: 1, findingCount: 0 }] }) });
    expect(withDetectors.clauses.find((c) => c.clause.id === "O-12.5.13")!.status).toBe("passed");
  });

  it("has every clause id of §8 and §12.3–§12.6 once, normalised, with O-12.25 [sic]", () => {
    const ids = CLAUSES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("O-12.25");
    expect(ids).toContain("O-12.4.2");
    expect(ids.filter((i) => i.startsWith("O-8."))).toHaveLength(4);
    expect(ids.filter((i) => /^O-12\.5\.\d+$/.test(i))).toHaveLength(18);
    expect(ids.filter((i) => /^O-12\.6\.\d+$/.test(i))).toHaveLength(8);
    expect(ids.every((i) => /^O-\d/.test(i))).toBe(true);
    for (const c of CLAUSES) expect(rulesForClause(c.id).length > 0 || !!c.evidence, c.id).toBe(true);
  });

  it("parses the JSON inputs defensively, naming the file and the path", () => {
    const good = JSON.parse(renderJson(gateReport(2)));
    expect(() => parseGateReport({ ...good, verdict: "ok" }, "out/gate.json")).toThrow(/out\/gate\.json: verdict must be equal to one of the allowed values/);
    expect(() => parseGateReport({ ...good, findings: [{ ...good.findings[0], severity: "urgent" }] }, "g.json")).toThrow(/g\.json: findings\[0\]\.severity must be equal to one of the allowed values \("critical", "high", "medium", "low"\)/);
    expect(() => parseGateReport({ ...good, findings: [{ ...good.findings[0], message: "plain" }] }, "g.json")).toThrow(/g\.json: findings\[0\]\.message must be object/);
    expect(() => parseGateReport(JSON.parse(renderJson(evaluateReport())), "e.json")).toThrow(/e\.json: kind is 'evaluate', expected a gate result/);
    const ev = JSON.parse(renderJson(evaluateReport()));
    ev.findings[0].clauses = ["0-12.3.6"];
    const [e] = parseEvaluateReports(ev, "e.json");
    expect(e!.findings[0]!.clauses).toEqual(["O-12.3.6"]);
    expect(e!.evaluation.stack).toBe("prod");
  });
});

describe.skipIf(!haveChromium && allowMissing)("HTML report in headless Chromium", () => {
  it("requires Chromium unless CLAUSIER_ALLOW_MISSING_TOOLS=1", () => {
    expect(haveChromium, `${CHROMIUM} is missing: install Debian's chromium package (or set CLAUSIER_ALLOW_MISSING_TOOLS=1 to skip)`).toBe(true);
  });

  for (const lang of ["fr", "en"] as const) {
    it(`renders in ${lang} with no console error, no network request, one row per clause`, async () => {
      const { gate, evaluate } = sampleInputs();
      const html = renderHtml({ gate, evaluate, lang, profileWaivers, secrets: [PLANTED], now: NOW });
      const { page, consoleErrors, requests } = await openPage(html, "http://report.test/");

      expect(await page.locator("html").getAttribute("lang")).toBe(lang);
      const rows = page.locator("tr[data-clause]");
      expect(await rows.count()).toBe(CLAUSES.length);
      const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-clause")));
      expect(ids).toEqual(CLAUSES.map((c) => c.id));
      expect(await page.locator('tr[data-clause="O-8.1"]').getAttribute("data-status")).toBe("failed");
      expect(await page.locator('tr[data-clause="O-12.5.2"]').getAttribute("data-status")).toBe("manual");
      expect(await page.locator("#verdict").getAttribute("data-verdict")).toBe("blocked");
      expect(await page.locator("svg").count()).toBe(2);
      const expired = page.locator('#waivers tr.expired');
      expect(await expired.count()).toBe(1);
      expect(await expired.innerText()).toContain("W-2025-007");

      const text = await page.locator("body").innerText();
      if (lang === "fr") {
        expect(text).toContain("Matrice de couverture des clauses");
        expect(text).toContain("Preuve manuelle");
        expect(text).toContain("Accord de séquestre du code source");
      } else {
        expect(text).toContain("Clause coverage matrix");
        expect(text).toContain("Manual evidence");
        expect(text).toContain("Source code escrow agreement");
        expect(text).not.toContain("Matrice de couverture");
      }
      expect(text).toContain("urn:pulumi:prod::hospital::aws:lb/listener:Listener::web");
      expect(text).toContain("src/module0.ts:1");
      expect(text).toContain("1.185.0");
      // Hostile text is shown as text: no element was injected.
      expect(await page.locator("main img, main a[href^='http']").count()).toBe(0);
      expect(text).toContain("<img src=x onerror=alert(1)>");
      expect(await page.content()).not.toContain(PLANTED);

      expect(consoleErrors).toEqual([]);
      expect(requests).toEqual(["http://report.test/"]);

      mkdirSync(ARTIFACTS, { recursive: true });
      const shot = join(ARTIFACTS, lang === "fr" ? "report.png" : "report-en.png");
      await page.screenshot({ path: shot, fullPage: true });
      expect(existsSync(shot)).toBe(true);
      // Once: the README screenshot (kept in git; regenerate by deleting it).
      const doc = join(ROOT, "docs", "report-screenshot.png");
      if (lang === "fr" && !existsSync(doc)) {
        mkdirSync(join(ROOT, "docs"), { recursive: true });
        await page.screenshot({ path: join(ARTIFACTS, "report-top.png"), fullPage: false });
        copyFileSync(join(ARTIFACTS, "report-top.png"), doc);
      }
      await page.close();
    });
  }

  it("renders a portfolio of generated bundles with no console error and no network request", async () => {
    const root = mkdtempSync(join(tmpdir(), "cg-portfolio-"));
    generateBundles(join(root, "current"), { bundles: 40, vendors: 6, now: new Date() });
    generateBundles(join(root, "previous"), { bundles: 40, vendors: 6, now: new Date(), previous: true });
    const code = await reportCommand(["--bundles", join(root, "current"), "--previous", join(root, "previous"), "--out", join(root, "report")],
      { stdout: () => undefined, stderr: () => undefined, cwd: root, env: {} });
    expect(code).toBe(0);
    const html = readFileSync(join(root, "report", "portfolio.html"), "utf8");
    const { page, consoleErrors, requests } = await openPage(html, "http://portfolio.test/");
    expect(await page.locator("tr[data-repository]").count()).toBe(40);
    expect(await page.locator("tr.vendor").count()).toBe(6);
    expect(await page.locator("#portfolio-matrix tr[data-clause]").count()).toBe(CLAUSES.length);
    expect(await page.locator("#portfolio-matrix tr[data-clause] td.cell").count()).toBe(CLAUSES.length * 6);
    expect(["blocked", "error"]).toContain(await page.locator("#verdict").getAttribute("data-verdict"));
    // The run before had repositories this one has not, and this one has new ones.
    expect(await page.locator("#removed li").count()).toBeGreaterThan(0);
    expect(await page.locator("body").innerText()).toContain("nouveau dépôt");
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual(["http://portfolio.test/"]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "portfolio.png"), fullPage: true });
    await page.close();
  });
});
