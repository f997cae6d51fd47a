import { describe, expect, it } from "vitest";
import { defaultScanners, lazyScanner, SCANNER_MODULES } from "../../../ci/gate/scanner-registry";
import type { ScanInput } from "../../../ci/gate/types";
import { fakeScanner, NOW, profile } from "./helpers";

const input: ScanInput = { root: "/tmp", files: [], profile: profile(), signal: new AbortController().signal, now: NOW };

describe("scanner registry", () => {
  it("names the four scanners", () => {
    expect(SCANNER_MODULES.map((m) => [m.module, m.exportName])).toEqual([
      ["./scanners/semgrep", "semgrepScanner"], ["./scanners/gitleaks", "gitleaksScanner"],
      ["./scanners/detectors", "detectorsScanner"], ["./scanners/vulns", "vulnsScanner"],
    ]);
    expect(defaultScanners().map((s) => s.name)).toEqual(["semgrep", "gitleaks", "clausier-detectors", "advisories"]);
  });

  it("turns a module that cannot be loaded into a failed result", async () => {
    const s = lazyScanner({ name: "ghost", module: "./scanners/does-not-exist", exportName: "ghostScanner" });
    const r = await s.run(input);
    expect(r).toMatchObject({ name: "ghost", status: "failed", findings: [] });
    expect(r.reason).toMatch(/^scanner module \.\/scanners\/does-not-exist could not be loaded/);
  });

  it("turns a module that throws on load into a failed result", async () => {
    const s = lazyScanner({ name: "broken", module: "x", exportName: "y" }, async () => { throw new SyntaxError("Unexpected token"); });
    expect((await s.run(input)).reason).toBe("scanner module x could not be loaded: Unexpected token");
  });

  it("turns a module without the expected export into a failed result", async () => {
    const s = lazyScanner({ name: "odd", module: "./m", exportName: "oddScanner" }, async () => ({ otherScanner: {} }));
    expect((await s.run(input)).reason).toBe("module ./m does not export a scanner named oddScanner");
  });

  it("delegates to the real scanner once loaded, loading it once", async () => {
    let loads = 0;
    const real = fakeScanner("real-name");
    const s = lazyScanner({ name: "real", module: "./m", exportName: "realScanner" }, async () => { loads++; return { realScanner: real }; });
    expect((await s.run(input)).name).toBe("real-name");
    await s.run(input);
    expect(loads).toBe(1);
    expect(real.inputs).toHaveLength(2);
  });
});
