// evaluate's text (by clause, French or English) and SARIF (code scanning) outputs.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, ROOT } from "./cli-helpers";

const args = ["evaluate", path.join(ROOT, "stacks/aws-noncompliant"), "--stack", "dev", "--profile", path.join(ROOT, "stacks/hospital-profile.yaml")];

describe("evaluate output formats", () => {
  it("SARIF 2.1.0 with our rules, a result per violation and the resource URN", async () => {
    const r = await cli([...args, "--format", "sarif"]);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe("2.1.0");
    const run = sarif.runs[0];
    const ruleIds = run.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(ruleIds).toContain("aws-resource-region-allowed");
    const region = run.results.find((x: { ruleId: string }) => x.ruleId === "aws-resource-region-allowed");
    expect(region.level).toBe("error");
    expect(JSON.stringify(region)).toContain("urn:pulumi:dev::aws-noncompliant::aws:s3/bucket:Bucket::exports-us");
    expect(region.locations[0].physicalLocation.artifactLocation.uri).toMatch(/Pulumi\.yaml$/);
    const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === "aws-resource-region-allowed");
    expect(JSON.stringify(rule)).toContain("O-12.3.2");
  });
  it("text grouped by clause, in French by default and in English on request", async () => {
    const fr = await cli(args);
    const en = await cli([...args, "--lang", "en"]);
    expect(fr.stdout).toContain("Verdict: BLOQUÉ");
    expect(fr.stdout).toMatch(/■ O-12\.3\.2\n[\s\S]*aws-resource-region-allowed — aws:s3\/bucket:Bucket « exports-us »/);
    expect(en.stdout).toContain("Verdict: BLOCKED");
    expect(en.stdout).toContain("is outside France and the EU");
    expect(en.stdout).not.toContain("hors de France");
  });
});
