// The reference programs in stacks/: the compliant landing zones pass the whole pack, and the
// non-compliant variants yield exactly the expected (resource, clause) findings.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateJson, ROOT } from "./cli-helpers";

const PROFILE = path.join(ROOT, "stacks/hospital-profile.yaml");

interface V { clauses: string[]; enforcementLevel: string; resource: { name: string } | null; waived?: unknown }

async function findings(dir: string, stack: string) {
  const r = await evaluateJson(path.join(ROOT, dir), stack, ["--profile", PROFILE, "--now", "2026-11-29"]);
  expect(r.stderr).toBe("");
  const vs = r.json.findings as V[];
  const pairs = [...new Set(vs.flatMap((v) => v.clauses.map((c) => JSON.stringify([v.resource?.name ?? "(stack)", c]))))].sort().map((s) => JSON.parse(s) as [string, string]);
  return { code: r.code, vs, pairs };
}

describe("reference stacks", () => {
  it("the AWS landing zone (eu-west-3) passes: no blocking finding, only documented advisories", async () => {
    const { code, vs, pairs } = await findings("stacks/aws-landing-zone", "prod");
    expect(code).toBe(0);
    expect(vs.filter((v) => v.enforcementLevel === "mandatory")).toEqual([]);
    expect(pairs).toEqual([["(stack)", "O-6.4"], ["data-key", "O-12.3.14"], ["log-key", "O-12.3.14"], ["vpc-flow-logs", "O-12.3.8"]]);
  });

  it("the Azure landing zone (francecentral) passes: no blocking finding, only documented advisories", async () => {
    const { code, vs, pairs } = await findings("stacks/azure-landing-zone", "prod");
    expect(code).toBe(0);
    expect(vs.filter((v) => v.enforcementLevel === "mandatory")).toEqual([]);
    // Written the ordinary way (ids and URIs from other resources' outputs, a resource group's
    // name inside a web app's siteConfig): the simulation resolves them, so every check decides
    // (none is left "decided at pulumi up") and the compliant stack passes on what it declares.
    expect(pairs).toEqual([["(stack)", "O-6.4"], ["hospital-keys", "O-12.3.14"]]);
    expect(vs.some((v) => /pulumi up/i.test(JSON.stringify(v)))).toBe(false);
  });

  it("the root Pulumi.yaml previews the reference stack chosen by config", async () => {
    const { code, vs } = await findings(".", "prod");
    expect(code).toBe(0);
    expect(vs.filter((v) => v.enforcementLevel === "mandatory")).toEqual([]);
  });

  it("the non-compliant AWS program yields exactly the expected findings", async () => {
    const { code, pairs } = await findings("stacks/aws-noncompliant", "dev");
    expect(code).toBe(1);
    expect(pairs).toEqual([
      ["(stack)", "O-12.3.14"], ["app-logs", "O-6.1"], ["app-logs", "O-6.5"], ["app-logs", "O-8.2"], ["bastion", "O-5.3"],
      ["default_7_48_0", "O-12.5.11"], ["exports-us", "O-12.3.10"], ["exports-us", "O-12.3.13"],
      ["exports-us", "O-12.3.2"], ["exports-us", "O-12.3.3"], ["exports-us", "O-6.2"], ["exports-us", "O-6.3"], ["exports-us", "O-8.1"],
      ["exports-us", "O-8.4"], ["legacy-db", "O-12.3.6"], ["legacy-db", "O-5.3"], ["legacy-db", "O-6.2"], ["legacy-db", "O-8.2"],
      ["legacy-db", "O-8.4"], ["legacy-https", "O-8.1"], ["virginia", "O-12.3.2"], ["virginia", "O-12.5.11"],
    ]);
  });

  it("the non-compliant Azure program yields exactly the expected findings", async () => {
    const { code, pairs } = await findings("stacks/azure-noncompliant", "dev");
    expect(code).toBe(1);
    expect(pairs).toEqual([
      ["(stack)", "O-12.3.14"], ["allow-azure", "O-5.3"], ["assistant", "O-12.3.12"], ["assistant", "O-12.3.13"], ["assistant", "O-12.6.1"],
      ["assistant", "O-12.6.2"], ["assistant", "O-12.6.4"], ["assistant", "O-5.1"], ["assistant", "O-6.1"], ["default_3_28_0", "O-12.5.11"],
      ["exportsus", "O-12.3.10"], ["exportsus", "O-12.3.12"], ["exportsus", "O-12.3.13"], ["exportsus", "O-12.3.2"], ["exportsus", "O-12.3.3"],
      ["exportsus", "O-5.1"], ["exportsus", "O-6.1"], ["exportsus", "O-8.4"], ["gpt", "O-12.3.2"], ["gpt", "O-12.6.1"],
      ["gpt", "O-12.6.2"], ["gpt", "O-12.6.5"], ["jumpbox", "O-5.3"], ["legacy-sql", "O-12.3.13"], ["legacy-sql", "O-12.3.6"],
      ["legacy-sql", "O-5.3"], ["legacy-sql", "O-6.1"], ["legacy-sql", "O-6.2"], ["legacy-sql", "O-8.1"], ["legacy-sql", "O-8.2"], ["legacy-sql", "O-8.4"],
    ]);
  });

  // Programs in the idiom of public examples (computed ids, outputs inside objects): the compliant
  // stack passes, and the planted one blocks on exactly the violations its comments name.
  const blocking = (vs: V[]) => [...new Set(vs.filter((v) => v.enforcementLevel === "mandatory" && !v.waived).map((v) => `${v.resource?.name ?? "(stack)"} ${(v as V & { rule: string }).rule}`))].sort();

  it("ECS/ECR/Lambda/EC2 (aws-containers): prod passes, prod-planted blocks on its five planted violations", async () => {
    const ok = await findings("stacks/aws-containers", "prod");
    expect(ok.code).toBe(0);
    expect(blocking(ok.vs)).toEqual([]);
    const bad = await findings("stacks/aws-containers", "prod-planted");
    expect(bad.code).toBe(1);
    expect(blocking(bad.vs)).toEqual([
      "(stack) stack-outputs-no-plaintext-secrets", "api aws-ecs-task-no-plaintext-secrets", "api-pull aws-ecr-policy-no-public",
      "ops aws-ec2-no-eol-image", "worker aws-no-deprecated-runtimes",
    ]);
    // The sixth plant (tasks with public IPs) is good practice: advisory.
    expect(bad.vs.some((v) => (v as V & { rule: string }).rule === "aws-ecs-service-no-public-ip" && v.enforcementLevel === "advisory")).toBe(true);
  });

  it("VM and Functions (azure-vm-functions): prod passes, prod-planted blocks on its EOL image and runtimes, the unfiltered public IP and the exported key", async () => {
    const ok = await findings("stacks/azure-vm-functions", "prod");
    expect(ok.code).toBe(0);
    expect(blocking(ok.vs)).toEqual([]);
    const bad = await findings("stacks/azure-vm-functions", "prod-planted");
    expect(bad.code).toBe(1);
    // Node 18 and Functions ~3 sit in a siteConfig built from other resources' outputs, and the
    // exported connection string carries a key read through listStorageAccountKeys: both resolved.
    expect(blocking(bad.vs)).toEqual([
      "(stack) stack-outputs-no-plaintext-secrets", "api azure-no-eol-engines", "batch azure-public-ip-nsg-filtered", "batch azure-vm-no-eol-image",
    ]);
  });
});
