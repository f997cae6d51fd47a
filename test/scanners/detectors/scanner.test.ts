import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDetectorsScanner, DETECTORS, detectorsScanner, runDetectors } from "../../../ci/gate/scanners/detectors";
import { defaultProfile } from "../../../policies/core/profile";
import { SEVERITIES } from "../../../policies/core/model";
import { makeNir } from "./helpers";

const dirs: string[] = [];
function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), "cg-det-"));
  dirs.push(root);
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), c);
  }
  return root;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const input = (root: string, files: string[]) => ({ root, files, profile: defaultProfile(), signal: new AbortController().signal, now: new Date("2026-05-15T00:00:00Z") });

describe("detector catalog", () => {
  it("every detector has complete metadata", () => {
    const names = new Set<string>();
    for (const d of DETECTORS) {
      expect(d.name).toMatch(/^[a-z0-9-]+$/);
      expect(names.has(d.name)).toBe(false);
      names.add(d.name);
      expect(d.clauses.length).toBeGreaterThan(0);
      d.clauses.forEach((c) => expect(c).toMatch(/^O-\d+(\.\d+)*$/));
      expect(SEVERITIES).toContain(d.severity);
      expect(d.row).toMatch(/^T2-[A-Z]\d+$/);
      for (const t of [d.description, d.remediation]) {
        expect(t.fr.length).toBeGreaterThan(10);
        expect(t.en.length).toBeGreaterThan(10);
      }
    }
    expect(DETECTORS).toHaveLength(21);
  });
});

describe("clausier-detectors scanner", () => {
  it("returns findings with clauses apart from their bilingual messages and fingerprints that never hold the secret", async () => {
    const nir = makeNir("1850775123456");
    const root = tree({
      "test/fixtures/p.csv": `nir\n${nir}\n`,
      "test/fixtures/provenance.yaml": "generator: hand-written\n",
      "src/a.ts": 'const u = "http://10.0.0.1/"; // password: S3cr3t!2024\n',
    });
    const r = await detectorsScanner.run(input(root, ["test/fixtures/p.csv", "test/fixtures/provenance.yaml", "src/a.ts"]));
    expect(r).toMatchObject({ name: "clausier-detectors", status: "ok" });
    const rules = r.findings.map((f) => `${f.rule}@${f.file}:${f.line}`).sort();
    expect(rules).toEqual(["sensitive-comments-credentials@src/a.ts:1", "testdata-nir@test/fixtures/p.csv:2"]);
    const nirF = r.findings.find((f) => f.rule === "testdata-nir")!;
    expect(nirF.clauses).toEqual(["O-12.5.12"]);
    expect(nirF.message.fr.length).toBeGreaterThan(0);
    expect(nirF.message.en.length).toBeGreaterThan(0);
    expect(nirF.message.fr).not.toContain("O-12.5.12");
    expect(nirF.severity).toBe("high");
    expect(nirF.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const all = JSON.stringify(r, withoutSecretField);
    expect(all).not.toContain(nir);
    expect(all).not.toContain("S3cr3t");
  });

  it("fingerprints are stable when the line moves", async () => {
    const nir = makeNir("2930475123045");
    const a = await runDetectors(input(tree({ "test/x.csv": nir }), ["test/x.csv"]));
    const b = await runDetectors(input(tree({ "test/x.csv": `\n\n${nir}` }), ["test/x.csv"]));
    expect(a.findings[0].fingerprint).toBe(b.findings[0].fingerprint);
  });

  it("skips symlinks, paths outside the root and binaries (except DICOM); a large file is reported not scanned", async () => {
    const outside = tree({ "secret.ts": "// password: S3cr3t!2024\n" });
    const dicom = Buffer.concat([Buffer.alloc(128), Buffer.from("DICM"), Buffer.from("\x10\x00\x10\x00PN\x08\x00DOE^JOHN", "latin1")]);
    const root = tree({
      "big/a.ts": "// password: S3cr3t!2024\n" + "x".repeat(2048),
      "img/photo.ts": Buffer.from([0, 1, 2, 0x2f, 0x2f, 0x20]),
      "data/scan.dcm": dicom,
    });
    symlinkSync(join(outside, "secret.ts"), join(root, "link.ts"));
    symlinkSync(outside, join(root, "linkdir"));
    const r = await runDetectors(input(root, ["link.ts", "linkdir/secret.ts", "../x.ts", "/etc/passwd", "big/a.ts", "img/photo.ts", "data/scan.dcm", "missing.ts"]), DETECTORS, 1024);
    expect(r.findings.map((f) => `${f.rule}@${f.file}`)).toEqual(["clausier-gate-file-not-scanned@big/a.ts", "testdata-medical-files@data/scan.dcm"]);
    expect(r.findings[0].message.en).toMatch(/not scanned by clausier-detectors: larger than/);
    expect(JSON.stringify(r, withoutSecretField)).not.toContain("DOE^JOHN");
  });

  it("deduplicates folder-level findings (synthetic marker)", async () => {
    const root = tree({ "test/fixtures/u/a.json": "{}", "test/fixtures/u/b.json": "{}" });
    const r = await runDetectors(input(root, ["test/fixtures/u/a.json", "test/fixtures/u/b.json"]));
    const marker = r.findings.filter((f) => f.rule === "testdata-synthetic-marker");
    expect(marker).toHaveLength(1);
    expect(marker[0].file).toBe("test/fixtures/u");
    expect(marker[0].line).toBeUndefined();
  });

  it("a detector that throws fails the scanner, naming the detector and the file; the others still run", async () => {
    const boom = { ...DETECTORS[0], name: "boom", appliesTo: () => true, scan: () => { throw new Error("kaput"); } };
    const fine = { ...DETECTORS[0], name: "fine", appliesTo: () => true, scan: () => [{ line: 1, message: { fr: "f", en: "f" } }] };
    const root = tree({ "a.txt": "x" });
    const r = await createDetectorsScanner([boom, fine]).run(input(root, ["a.txt"]));
    expect(r.status).toBe("failed");
    expect(r.reason).toBe("detector boom threw on a.txt: kaput");
    expect(r.findings.map((f) => f.rule)).toEqual(["fine"]);
  });

  it("reports an interrupted run as failed", async () => {
    const ac = new AbortController();
    ac.abort();
    const root = tree({ "a.ts": "// x" });
    const r = await detectorsScanner.run({ ...input(root, ["a.ts"]), signal: ac.signal });
    expect(r.status).toBe("failed");
    expect(r.reason).toMatch(/interrupted/);
  });
});

/** A finding's `secret` is for the gate's redactor only (it never reaches an output): the rest must not hold it. */
function withoutSecretField(key: string, value: unknown): unknown {
  return key === "secret" ? undefined : value;
}
