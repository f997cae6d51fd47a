// ci/engine/pulumi-cli.ts: the pack under the real `pulumi preview` and `pulumi policy analyze`, offline.
// The end-to-end part needs `pulumi` and `pulumi-language-nodejs` (scripts/bootstrap.sh pulumi). When
// they are absent it fails, unless CLAUSIER_ALLOW_MISSING_TOOLS=1, where it is skipped with a message.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  analyzeState, defaultPulumiBinDir, detectStack, EngineError, findPulumiTools, offlineStackConfig,
  parseEventLog, previewWithPolicies, pulumiToolsAvailable,
} from "../../ci/engine/pulumi-cli";
import { buildPolicies } from "../../policies/pack";

const root = resolve(__dirname, "..", "..");
const packDir = join(root, "policies");

describe("engine helpers (no CLI needed)", () => {
  it("parses policy events and error diagnostics from an event log", () => {
    const log = [
      JSON.stringify({ sequence: 1, timestamp: 1, diagnosticEvent: { message: "boom\n", color: "never", severity: "error" } }),
      JSON.stringify({
        sequence: 2, timestamp: 2, policyEvent: {
          resourceUrn: "urn:pulumi:dev::p::aws:s3/bucket:Bucket::b", message: "\u001b[31m[O-12.3.2] région — EN: region\u001b[0m",
          color: "raw", policyName: "aws-resource-region-allowed", policyPackName: "clausier-sante", policyPackVersion: "0.1.0",
          policyPackVersionTag: "0.1.0", enforcementLevel: "mandatory", severity: "high",
        },
      }),
      "{truncated",
    ].join("\n");
    const { diagnostics, errors } = parseEventLog(log);
    expect(errors).toEqual(["boom"]);
    expect(diagnostics).toEqual([{
      policyName: "aws-resource-region-allowed", policyPackName: "clausier-sante", message: "[O-12.3.2] région — EN: region",
      enforcementLevel: "mandatory", severity: "high", urn: "urn:pulumi:dev::p::aws:s3/bucket:Bucket::b",
    }]);
  });

  it("makes an offline copy of a stack config: secure values blanked, salt dropped", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cg-cfg-"));
    try {
      writeFileSync(join(dir, "Pulumi.prod.yaml"), "encryptionsalt: v1:abc\nconfig:\n  aws:region: eu-west-3\n  app:db:\n    secure: v1:xyz\n");
      const text = await offlineStackConfig(join(dir, "Pulumi.prod.yaml"));
      expect(text).not.toMatch(/encryptionsalt|secure/);
      expect(text).toMatch(/aws:region: eu-west-3/);
      expect(text).toMatch(/app:db: clausier-guard-offline-secret/);
      expect(detectStack(dir)).toBe("prod");
      expect(await offlineStackConfig(join(dir, "none.yaml"))).toBe("config: {}\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names the missing binaries and the bootstrap command", () => {
    const empty = mkdtempSync(join(tmpdir(), "cg-bin-"));
    try {
      expect(() => findPulumiTools(empty)).toThrow(EngineError);
      expect(() => findPulumiTools(empty)).toThrow(/missing .*pulumi and .*pulumi-language-nodejs.*bootstrap\.sh pulumi/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

// ------------------------------------------------------------------------------------------------

const binDir = defaultPulumiBinDir();
const haveTools = pulumiToolsAvailable(binDir);
const allowMissing = process.env.CLAUSIER_ALLOW_MISSING_TOOLS === "1";
if (!haveTools && allowMissing) {
  console.warn(`[test/engine] skipping the end-to-end Pulumi tests: no pulumi/pulumi-language-nodejs in ${binDir} (CLAUSIER_ALLOW_MISSING_TOOLS=1). Run: bash scripts/bootstrap.sh pulumi`);
}

/** Policy config keeping only the region rules: the verdict then depends on the region alone. */
function regionOnlyConfig(dir: string): string {
  const keep = new Set(["aws-resource-region-allowed", "aws-provider-region-allowed"]);
  const cfg: Record<string, unknown> = {};
  for (const p of buildPolicies()) cfg[p.name] = keep.has(p.name) ? "mandatory" : "disabled";
  const file = join(dir, "policy-config.json");
  writeFileSync(file, JSON.stringify(cfg, null, 2));
  return file;
}

function writeProgram(dir: string, region: string): string {
  const prog = join(dir, `prog-${region}`);
  mkdirSync(prog, { recursive: true });
  writeFileSync(join(prog, "Pulumi.yaml"), "name: cg-engine-test\nruntime: nodejs\ndescription: offline preview test\n");
  writeFileSync(join(prog, "Pulumi.dev.yaml"), `config:\n  aws:region: ${region}\n`);
  writeFileSync(join(prog, "package.json"), JSON.stringify({
    name: "cg-engine-test", private: true, main: "index.ts",
    dependencies: { "@pulumi/pulumi": "*", "@pulumi/aws": "*" },
  }, null, 2));
  writeFileSync(join(prog, "tsconfig.json"), JSON.stringify({
    compilerOptions: { target: "ES2022", module: "commonjs", moduleResolution: "node10", strict: true, skipLibCheck: true, ignoreDeprecations: "6.0" },
  }, null, 2));
  writeFileSync(join(prog, "index.ts"), [
    'import * as aws from "@pulumi/aws";',
    'const bucket = new aws.s3.Bucket("records", { tags: { env: "dev" } });',
    "export const bucketName = bucket.id;",
    "",
  ].join("\n"));
  symlinkSync(join(root, "node_modules"), join(prog, "node_modules"));
  return prog;
}

describe.skipIf(!haveTools && allowMissing)("pulumi preview with the pack, offline (real engine)", () => {
  let work: string;
  let config: string;
  beforeAll(() => {
    if (!haveTools) {
      throw new Error(`pulumi and pulumi-language-nodejs are missing from ${binDir}: run \`bash scripts/bootstrap.sh pulumi\` (or set CLAUSIER_ALLOW_MISSING_TOOLS=1 to skip)`);
    }
    work = mkdtempSync(join(tmpdir(), "cg-engine-"));
    config = regionOnlyConfig(work);
  });
  afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

  it("blocks an S3 bucket in us-east-1 with O-12.3.2", async () => {
    const r = await previewWithPolicies({ programDir: writeProgram(work, "us-east-1"), packDir, policyConfigFile: config, binDir });
    expect(r.passed).toBe(false);
    const region = r.diagnostics.filter((d) => d.message.includes("O-12.3.2"));
    expect(region.map((d) => d.policyName).sort()).toEqual(["aws-provider-region-allowed", "aws-resource-region-allowed"]);
    expect(region.every((d) => d.policyPackName === "clausier-sante")).toBe(true);
    // The bucket blocks; its provider is reported, not blocking a second time.
    expect(region.find((d) => d.policyName === "aws-resource-region-allowed")?.enforcementLevel).toBe("mandatory");
    expect(region.find((d) => d.policyName === "aws-provider-region-allowed")?.enforcementLevel).toBe("advisory");
    expect(region.find((d) => d.policyName === "aws-resource-region-allowed")?.urn).toMatch(/aws:s3\/bucket:Bucket::records$/);
  }, 600_000);

  it("lets the same bucket through in eu-west-3", async () => {
    const r = await previewWithPolicies({ programDir: writeProgram(work, "eu-west-3"), packDir, policyConfigFile: config, binDir });
    expect(r.diagnostics.filter((d) => d.message.includes("O-12.3.2"))).toEqual([]);
    expect(r.passed).toBe(true);
    expect(r.exitCode).toBe(0);
  }, 600_000);

  it("analyzes an exported state with `pulumi policy analyze`", async () => {
    const state = join(work, "state.json");
    const urn = (t: string, n: string) => `urn:pulumi:dev::cg-engine-test::${t}::${n}`;
    writeFileSync(state, JSON.stringify({
      version: 3,
      deployment: {
        manifest: { time: "2026-01-01T00:00:00Z", magic: "", version: "v3.276.0" },
        resources: [
          { urn: urn("pulumi:pulumi:Stack", "cg-engine-test-dev"), custom: false, type: "pulumi:pulumi:Stack" },
          {
            urn: urn("pulumi:providers:aws", "default_7_48_0"), custom: true, id: "p1", type: "pulumi:providers:aws",
            inputs: { region: "us-east-1", version: "7.48.0" }, outputs: { region: "us-east-1", version: "7.48.0" },
          },
          {
            urn: urn("aws:s3/bucket:Bucket", "records"), custom: true, id: "records-1234", type: "aws:s3/bucket:Bucket",
            inputs: { bucket: "records-1234" }, outputs: { bucket: "records-1234", region: "us-east-1" },
            parent: urn("pulumi:pulumi:Stack", "cg-engine-test-dev"),
            provider: `${urn("pulumi:providers:aws", "default_7_48_0")}::p1`,
          },
        ],
      },
    }));
    const r = await analyzeState(state, packDir, config, { binDir });
    expect(r.passed).toBe(false);
    expect(r.diagnostics.some((d) => d.policyName === "aws-resource-region-allowed" && d.message.includes("O-12.3.2"))).toBe(true);
  }, 600_000);

  it("reports a broken program as an EngineError naming the step, not a stack trace", async () => {
    const prog = writeProgram(work, "broken");
    writeFileSync(join(prog, "index.ts"), 'throw new Error("program exploded");\n');
    await expect(previewWithPolicies({ programDir: prog, packDir, policyConfigFile: config, binDir }))
      .rejects.toThrow(/preview: .*failed/);
  }, 600_000);
});
