// The CycloneDX SBOM of the evidence bundle (O-12.5.8): the real @cyclonedx/cyclonedx-npm on a
// repository that has a lockfile but no node_modules, and the "not evaluated" note otherwise.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderJson } from "../../ci/report/json";
import type { CommandIO } from "../../ci/cli/io";
import { makeGateCommand } from "../../ci/cli/gate-command";
import { reportCommand } from "../../ci/cli/report-command";
import { SBOM_FILE, SBOM_NOTE_FILE, writeSbom } from "../../ci/report/sbom";
import { gateReport } from "../github/helpers";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tmp(files: Record<string, string> = {}): string {
  const d = mkdtempSync(join(tmpdir(), "cg-sbom-"));
  dirs.push(d);
  for (const [p, t] of Object.entries(files)) writeFileSync(join(d, p), t);
  return d;
}
const io = (cwd: string): CommandIO => ({ stdout: () => undefined, stderr: () => undefined, cwd, env: {} });
const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

const PKG = JSON.stringify({ name: "delivery", version: "1.2.0", dependencies: { lodash: "4.17.11", "node-serialize": "0.0.4" }, devDependencies: { minimist: "1.2.0" } });
const LOCK = JSON.stringify({
  name: "delivery", version: "1.2.0", lockfileVersion: 3, requires: true, packages: {
    "": { name: "delivery", version: "1.2.0", dependencies: { lodash: "4.17.11", "node-serialize": "0.0.4" }, devDependencies: { minimist: "1.2.0" } },
    "node_modules/lodash": { version: "4.17.11", license: "MIT" },
    "node_modules/node-serialize": { version: "0.0.4", license: "MIT" },
    "node_modules/minimist": { version: "1.2.0", dev: true, license: "MIT" },
  },
}, null, 2);

describe("CycloneDX SBOM of the delivery", () => {
  it("lists the lockfile's production packages without node_modules, reproducibly", async () => {
    const repo = tmp({ "package.json": PKG, "package-lock.json": LOCK });
    const out = tmp();
    const r = await writeSbom(out, repo);
    expect(r).toEqual({ status: "ok", file: SBOM_FILE, components: 2, specVersion: "1.6" });
    expect(existsSync(join(repo, "node_modules"))).toBe(false);
    const bom = JSON.parse(readFileSync(join(out, SBOM_FILE), "utf8")) as { bomFormat: string; metadata: { component: { name: string; version: string } }; components: { purl: string; licenses?: { license: { id: string } }[] }[] };
    expect(bom.bomFormat).toBe("CycloneDX");
    expect(bom.metadata.component).toMatchObject({ name: "delivery", version: "1.2.0" });
    expect(bom.components.map((c) => c.purl).sort()).toEqual(["pkg:npm/lodash@4.17.11", "pkg:npm/node-serialize@0.0.4"]);
    expect(bom.components[0].licenses?.[0].license.id).toBe("MIT");
    const first = sha(join(out, SBOM_FILE));
    await writeSbom(out, repo);
    expect(sha(join(out, SBOM_FILE))).toBe(first);
  }, 60_000);

  it("writes a not-evaluated note, not an SBOM, without a lockfile or without package.json", async () => {
    const pinsOnly = await writeSbom(tmp(), tmp({ "package.json": PKG }));
    expect(pinsOnly).toMatchObject({ status: "not-evaluated", file: SBOM_NOTE_FILE });
    expect(pinsOnly.status === "not-evaluated" && pinsOnly.reason).toMatch(/no package-lock\.json: the delivered versions are unknown/);
    const out = tmp();
    expect(await writeSbom(out, tmp())).toMatchObject({ status: "not-evaluated", reason: expect.stringMatching(/no package\.json at the repository root/) });
    expect(readFileSync(join(out, SBOM_NOTE_FILE), "utf8")).toMatch(/^SBOM non évalué \/ SBOM not evaluated \(O-12\.5\.8\): /);
    expect(existsSync(join(out, SBOM_FILE))).toBe(false);
  });

  it("says not evaluated when cyclonedx-npm fails (a lockfile npm cannot read)", async () => {
    const out = tmp();
    const r = await writeSbom(out, tmp({ "package.json": PKG, "package-lock.json": "{ broken" }));
    expect(r.status).toBe("not-evaluated");
    expect(existsSync(join(out, SBOM_FILE))).toBe(false);
  }, 60_000);

  it("is written by gate --out and listed, with its sha256, in report --out's manifest.json", async () => {
    const repo = tmp({ "package.json": PKG, "package-lock.json": LOCK });
    const out = join(repo, "evidence");
    await makeGateCommand({ scanners: () => [], now: () => new Date("2026-05-15T00:00:00Z") })([repo, "--out", out, "--format", "json"], io(repo));
    expect(existsSync(join(out, SBOM_FILE))).toBe(true);
    mkdirSync(join(repo, "in"));
    writeFileSync(join(repo, "in", "gate.json"), renderJson(gateReport(1)));
    expect(await reportCommand(["--gate", "in/gate.json", "--out", "evidence"], io(repo))).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as { sbom: { file: string; sha256: string; components: number }; files: { path: string; sha256: string }[] };
    const digest = sha(join(out, SBOM_FILE));
    expect(manifest.sbom).toEqual({ file: SBOM_FILE, sha256: digest, components: 2 });
    expect(manifest.files.find((f) => f.path === SBOM_FILE)?.sha256).toBe(digest);
  }, 60_000);
});
