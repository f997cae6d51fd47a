// evaluate on programs written the way people write them, and on broken ones.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allRules } from "../../policies/rules";
import { cli, evaluateJson, PROGRAMS, ROOT } from "./cli-helpers";

interface V { rule: string; clauses: string[]; enforcementLevel: string; resource: { urn: string; type: string; name: string } | null; message: { fr: string; en: string } }

describe("evaluate on real-world programs", () => {
  it("runs explicit providers, components, invokes, stack references, secrets, apply chains and local files", async () => {
    const r = await evaluateJson(path.join(PROGRAMS, "realworld-aws"), "dev-alice");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const vs = r.json.findings as V[];
    // The us-east-1 provider puts its bucket outside the EU: found on that resource only.
    const region = vs.filter((v) => v.rule === "aws-resource-region-allowed");
    expect(region.map((v) => v.resource?.name)).toEqual(["us-copy"]);
    expect(region[0].clauses).toEqual(["O-12.3.2"]);
    expect(region[0].enforcementLevel).toBe("mandatory");
    // Component children keep the engine's URN shape (parent type chain).
    const urns = vs.map((v) => v.resource?.urn ?? "");
    expect(r.json.evaluation.resources).toBeGreaterThanOrEqual(12);
    expect(urns.every((u) => u === "" || u.startsWith("urn:pulumi:dev-alice::realworld-aws::"))).toBe(true);
  });

  it("runs an ESM program with top-level await", async () => {
    const r = await evaluateJson(path.join(PROGRAMS, "esm-program"), "dev");
    expect(r.stderr).toBe("");
    expect([0, 1]).toContain(r.code);
    // The root stack and the bucket (default providers are not counted, as the engine does not).
    expect(r.json.evaluation.resources).toBe(2);
    expect((r.json.findings as V[]).some((v) => v.resource?.name === "esm-bucket")).toBe(true);
  });

  it("lists the policies the profile scoped out, and the report does not count them as run", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cg-scopes-"));
    writeFileSync(path.join(dir, "profile.yaml"), "hospital: CHU Test\nscopes: [saas]\n");
    const r = await evaluateJson(path.join(PROGRAMS, "esm-program"), "dev", ["--profile", path.join(dir, "profile.yaml")]);
    expect(r.stderr).toBe("");
    const disabled = r.json.evaluation.policyPack.disabled as string[];
    expect(disabled).toEqual(allRules.filter((x) => x.scope !== "core" && x.scope !== "saas").map((x) => x.name).sort());
    writeFileSync(path.join(dir, "evaluate.json"), r.stdout);
    const cov = await cli(["report", "--evaluate", path.join(dir, "evaluate.json"), "--format", "json"]);
    const clauses = JSON.parse(cov.stdout).clauses as { id: string; rules: { name: string; evaluated: boolean }[] }[];
    const ai = clauses.filter((c) => c.rules.length && c.rules.every((x) => disabled.includes(x.name)));
    expect(ai.length).toBeGreaterThan(0);
    for (const c of ai) expect(c.rules.every((x) => !x.evaluated), c.id).toBe(true);
  });

  it("resolves an azure-native web app's settings built from other resources' outputs and an invoke", async () => {
    // The resource group's name, the account's name, a key from listStorageAccountKeys and the
    // Application Insights key and connection string: the simulation resolves them, so siteConfig
    // is checked field by field instead of being unknown.
    const r = await evaluateJson(path.join(PROGRAMS, "azure-webapp-computed"), "dev");
    expect(r.stderr).toBe("");
    const mine = (r.json.findings as V[]).filter((v) => v.resource?.name === "functions");
    const rules = mine.filter((v) => v.enforcementLevel === "mandatory").map((v) => v.rule).sort();
    expect(rules).toEqual(["azure-appservice-scm-restricted", "azure-no-eol-engines", "azure-webapp-no-secrets-in-config"]);
    expect(mine.some((v) => /cannot be verified/.test(v.message.en))).toBe(false);
    expect(mine.find((v) => v.rule === "azure-webapp-no-secrets-in-config")!.message.en).toContain("AzureWebJobsStorage");
    // The offline key never reaches the output.
    expect(r.stdout).not.toContain(Buffer.alloc(64, "offline").toString("base64"));
  });

  it("tells a static website's account (linked by its computed name) from a data account, in both views", async () => {
    for (const view of [[], ["--preview"]]) {
      const r = await evaluateJson(path.join(PROGRAMS, "azure-static-website"), "dev", view);
      expect(r.stderr).toBe("");
      const cmk = (r.json.findings as V[]).filter((v) => v.rule === "azure-storage-cmk").map((v) => [v.resource?.name, v.enforcementLevel]);
      expect(cmk.sort()).toEqual([["records", "mandatory"], ["web", "advisory"]]);
    }
  });

  it("blocks the default-VPC web server that serves plain HTTP to the internet, not its private twin, in both views", async () => {
    for (const view of [[], ["--preview"]]) {
      const r = await evaluateJson(path.join(PROGRAMS, "aws-webserver"), "dev", view);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(1);
      const blocking = (r.json.findings as V[]).filter((v) => v.enforcementLevel === "mandatory").map((v) => [v.rule, v.resource?.name, v.clauses]);
      expect(blocking).toEqual([["aws-ec2-public-http-only", "web-server-www", ["O-8.1"]]]);
    }
  });

  it("runs a CommonJS program exporting an async function, honouring per-resource regions (aws v7)", async () => {
    const r = await evaluateJson(path.join(PROGRAMS, "cjs-program"), "dev");
    expect(r.code).toBe(1);
    const v = (r.json.findings as V[]).find((x) => x.rule === "aws-resource-region-allowed");
    expect(v?.resource?.name).toBe("cjs-bucket");
    expect(v?.message.en).toContain("us-west-2");
  });

  it("evaluates any CrossGuard pack given with --policy-pack", async () => {
    const r = await evaluateJson(path.join(PROGRAMS, "cjs-program"), "dev", ["--policy-pack", path.join(ROOT, "test/fixtures/packs/tiny-pack")]);
    expect(r.code).toBe(1);
    expect(r.json.evaluation.policyPack).toMatchObject({ name: "tiny-pack", policies: 1 });
    expect((r.json.findings as V[]).map((v) => [v.rule, v.resource?.name])).toEqual([["bucket-must-have-tags", "cjs-bucket"]]);
  });
});

describe("evaluate on bad input: exit 2 with a clear message", () => {
  it("names the missing module and the command that fixes it", async () => {
    const r = await cli(["evaluate", path.join(PROGRAMS, "missing-dep"), "--stack", "dev"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("hospital-naming-conventions");
    expect(r.stderr).toContain("npm install");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it("reports a program that throws, with its message", async () => {
    const r = await cli(["evaluate", path.join(PROGRAMS, "throws"), "--stack", "dev"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("mustBeSet");
  });
  it("reports a program without an entry point", async () => {
    const r = await cli(["evaluate", path.join(PROGRAMS, "no-entry"), "--stack", "dev"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no entry point");
  });
  it("reports invalid stack config YAML with file and line", async () => {
    const r = await cli(["evaluate", path.join(PROGRAMS, "bad-yaml"), "--stack", "dev"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Pulumi\.dev\.yaml:\d+: invalid YAML/);
  });
  it("reports a pack that fails to start", async () => {
    const r = await cli(["evaluate", path.join(PROGRAMS, "cjs-program"), "--stack", "dev", "--policy-pack", path.join(ROOT, "test/fixtures/packs/broken-pack")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("broken on purpose");
  });
  it("rejects an unknown option, a missing --stack, a bad format", async () => {
    for (const args of [["evaluate", ".", "--stack", "x", "--colour"], ["evaluate", "."], ["evaluate", ".", "--stack", "x", "--format", "pdf"]]) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^clausier-guard: evaluate: /);
    }
  });
  it("rejects a profile with an unknown key or a bad CIDR, naming the key and the file", async () => {
    const fs = await import("node:fs");
    const os = await import("node:os");
    const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cg-")), "bad.yaml");
    fs.writeFileSync(f, "adminCidrs: [10.0.0.0/33]\nregion: eu-west-3\n");
    const r = await cli(["evaluate", path.join(PROGRAMS, "cjs-program"), "--stack", "dev", "--profile", f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(f);
    expect(r.stderr).toContain("adminCidrs.0: not a CIDR");
    expect(r.stderr).toContain("region: unknown key");
  });
});
