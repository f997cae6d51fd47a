// Cases 6 and 8 (issue 11): a detector that throws, and detectors under a deadline.
import { describe, expect, it } from "vitest";
import { runGate } from "../../ci/gate/gate";
import { createDetectorsScanner, DETECTORS, detectorsScanner } from "../../ci/gate/scanners/detectors";
import { NOW, profile, selection, tempDir, write } from "../gate/core/helpers";

const LOCK = JSON.stringify({
  name: "app", lockfileVersion: 3, requires: true,
  packages: {
    "": { name: "app", version: "1.0.0", dependencies: { left: "1.0.0" } },
    "node_modules/left": { version: "1.0.0", resolved: "https://u:pa%zzss@registry.npmjs.org/left/-/left-1.0.0.tgz", integrity: "sha512-AAAA" },
  },
}, null, 2);

async function gate(files: Record<string, string>, scanner = detectorsScanner, timeoutMs?: number) {
  const root = tempDir();
  write(root, files);
  return runGate({ root, profile: profile(), scanners: [scanner], now: NOW, selection: selection(Object.keys(files)), timeoutMs });
}

describe("case 6: a detector that throws is a failed scanner", () => {
  it("credentials with a bad percent-escape in a lockfile URL block (they made the lockfile detector throw and the gate pass)", async () => {
    const { report, secrets } = await gate({ "package.json": '{"name":"app","version":"1.0.0","dependencies":{"left":"1.0.0"}}', "package-lock.json": LOCK });
    expect(report.scanners[0].status).toBe("ok");
    const f = report.findings.find((x) => x.rule === "lockfile-provenance")!;
    expect(f).toMatchObject({ severity: "critical", file: "package-lock.json" });
    expect(report.verdict).toBe("blocked");
    expect(secrets).toContain("pa%zzss");
    expect(JSON.stringify(report)).not.toContain("pa%zzss");
  });

  it("any detector that throws makes the verdict error, naming the detector and the file", async () => {
    const boom = { ...DETECTORS[0], name: "boom", appliesTo: () => true, scan: () => { throw new URIError("URI malformed"); } };
    const { report } = await gate({ "src/a.ts": "x" }, createDetectorsScanner([boom]));
    expect(report.verdict).toBe("error");
    expect(report.scanners[0]).toMatchObject({ status: "failed", reason: "detector boom threw on src/a.ts: URI malformed" });
  });
});

describe("case 8: detectors honour the deadline", () => {
  it("a slow detector is stopped at the deadline: failed, interrupted, long before it would end", async () => {
    // 40 files × 100 ms of synchronous work = 4 s; the deadline is 0.5 s.
    const slow = { ...DETECTORS[0], name: "slow", appliesTo: () => true, scan: () => { const end = Date.now() + 100; while (Date.now() < end) { /* busy */ } return []; } };
    const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`src/f${i}.ts`, "x"]));
    const t0 = Date.now();
    const { report } = await gate(files, createDetectorsScanner([slow]), 500);
    expect(Date.now() - t0).toBeLessThan(2500);
    expect(report.verdict).toBe("error");
    expect(report.scanners[0].status).toBe("failed");
  });

  it.each([
    ["a. (subdomain-like runs)", "a."],
    ["1.", "1."],
    ["a-", "a-"],
    ["xn--", "xn--"],
  ])("1 MB of %s in comments is read in linear time by every detector", async (_, unit) => {
    const text = `// ${unit.repeat(Math.ceil(1_000_000 / unit.length))}\n`;
    const { report } = await gate({ "src/big.ts": text }, detectorsScanner, 60_000);
    expect(report.scanners[0].status).toBe("ok");
    // Quadratic before (unverified-snippet-sources took > 70 s on `a.`); a few seconds now.
    expect(report.scanners[0].durationMs).toBeLessThan(20_000);
  }, 60_000);
});
