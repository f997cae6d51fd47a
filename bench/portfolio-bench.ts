// The portfolio report over N generated evidence bundles (default 500, with the run before for the
// comparison): time and peak memory of `clausier-guard report --bundles` as a user runs it, then
// the page in headless Chromium (load time, a full-page screenshot). Prints the figures and writes
// them as JSON for bench/report.ts. Nothing is asserted.
// Usage: node --import tsx bench/portfolio-bench.ts [--bundles N] [--vendors V] [--out DIR] [--results DIR] [--screenshot FILE]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { generateBundles } from "./lib/gen-bundles";

const ROOT = resolve(__dirname, "..");
const { values } = parseArgs({
  options: {
    bundles: { type: "string", default: "500" },
    vendors: { type: "string", default: "25" },
    out: { type: "string", default: join(ROOT, "bench", "out", "portfolio") },
    results: { type: "string", default: join(ROOT, "bench", "out", "results") },
    screenshot: { type: "string" },
  },
});
const n = Number(values.bundles), vendors = Number(values.vendors);
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(vendors) || vendors < 1) {
  console.error("portfolio-bench: --bundles and --vendors must be positive integers");
  process.exit(2);
}
const out = resolve(values.out!);
rmSync(out, { recursive: true, force: true });
const now = new Date();

let t0 = performance.now();
const files = generateBundles(join(out, "current"), { bundles: n, vendors, now }) + generateBundles(join(out, "previous"), { bundles: n, vendors, now, previous: true });
const generateMs = performance.now() - t0;

/** The CLI under GNU time: wall clock and the peak RSS of the process. */
function timed(format: "html" | "json") {
  const timeFile = join(out, `time-${format}.json`);
  const r = spawnSync("/usr/bin/time", ["-o", timeFile, "-f", '{"wallS": %e, "maxRssKb": %M}', process.execPath, join(ROOT, "bin", "clausier-guard.cjs"), "report",
    "--bundles", join(out, "current"), "--previous", join(out, "previous"), "--format", format, "--out", join(out, "report")], { encoding: "utf8" });
  if (r.status !== 0) {
    console.error(`portfolio-bench: report --format ${format} failed (exit ${r.status}): ${r.stderr}`);
    process.exit(1);
  }
  const t = JSON.parse(readFileSync(timeFile, "utf8").trim().split("\n").pop()!) as { wallS: number; maxRssKb: number };
  return { ...t, stderr: r.stderr.trim() };
}
const html = timed("html");
const json = timed("json");
const page = join(out, "report", "portfolio.html");
const summary = JSON.parse(readFileSync(join(out, "report", "portfolio.json"), "utf8")) as { verdict: string; totals: Record<string, unknown> };

async function main(): Promise<void> {
  // The page in Chromium, as a reader opens it (served as a document so that the CSP applies).
  const userDataDir = mkdtempSync(join(tmpdir(), "cg-bench-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: "/usr/bin/chromium", headless: true, viewport: { width: 1400, height: 1000 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  tab.on("pageerror", (e) => errors.push(String(e)));
  const body = readFileSync(page, "utf8");
  await tab.route("http://portfolio.test/", (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body }));
  t0 = performance.now();
  await tab.goto("http://portfolio.test/", { waitUntil: "load" });
  const loadMs = performance.now() - t0;
  const rows = await tab.locator("tr[data-repository]").count();
  const shot = join(out, "portfolio.png");
  await tab.screenshot({ path: shot, fullPage: false });
  if (values.screenshot) {
    mkdirSync(resolve(values.screenshot, ".."), { recursive: true });
    writeFileSync(resolve(values.screenshot), readFileSync(shot));
  }
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });

  const figures = {
    bundles: n, vendors, files, generateMs: Math.round(generateMs),
    html: { wallS: html.wallS, maxRssKb: html.maxRssKb, bytes: statSync(page).size },
    json: { wallS: json.wallS, maxRssKb: json.maxRssKb },
    chromium: { loadMs: Math.round(loadMs), repositoryRows: rows, consoleErrors: errors.length },
    verdict: summary.verdict, totals: summary.totals,
  };
  mkdirSync(values.results!, { recursive: true });
  writeFileSync(join(values.results!, "portfolio.json"), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`portfolio: ${n} bundles (+${n} previous, ${files} files) generated in ${(generateMs / 1000).toFixed(1)} s`);
  console.log(`  report --format html: ${html.wallS} s, peak ${(html.maxRssKb / 1024).toFixed(0)} MiB, ${(figures.html.bytes / 1024).toFixed(0)} KiB page`);
  console.log(`  report --format json: ${json.wallS} s, peak ${(json.maxRssKb / 1024).toFixed(0)} MiB`);
  console.log(`  Chromium: loaded in ${figures.chromium.loadMs} ms, ${rows} repository rows, ${errors.length} console errors; screenshot ${existsSync(shot) ? shot : "missing"}`);
}

main().catch((e: unknown) => {
  console.error(`portfolio-bench: ${(e as Error).message}`);
  process.exit(1);
});
