// `profile compile | check | schema`: one profile drives `evaluate` and `pulumi preview --policy-pack-config`.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allRules } from "../../policies/rules";
import { cli, ROOT } from "../evaluate/cli-helpers";

function tmpProfile(text: string): string {
  const f = path.join(mkdtempSync(path.join(os.tmpdir(), "cg-profile-")), "profile.yaml");
  writeFileSync(f, text);
  return f;
}

describe("profile", () => {
  it("compiles into the policy-pack config: every policy gets the profile, out-of-scope policies are disabled", async () => {
    const f = tmpProfile("scopes: [saas, hosted-admin, dev-provider]\nregions:\n  aws: [eu-west-3]\nadminCidrs: [192.0.2.0/24]\n");
    const r = await cli(["profile", "compile", "--profile", f]);
    expect(r.code).toBe(0);
    const cfg = JSON.parse(r.stdout) as Record<string, { enforcementLevel: string; profile: { adminCidrs: string[] } }>;
    for (const rule of allRules) expect(cfg[rule.name], rule.name).toBeDefined();
    expect(cfg["aws-resource-region-allowed"]).toMatchObject({ enforcementLevel: "mandatory", profile: { adminCidrs: ["192.0.2.0/24"] } });
    expect(cfg["ai-component-declared"].enforcementLevel).toBe("disabled");
    expect(cfg["aws-resource-region-france"].enforcementLevel).toBe("advisory");
    expect(cfg["clausier-derogations-hygiene"]).toBeDefined();
  });
  it("checks the example hospital profile, and prints the JSON schema", async () => {
    expect(await cli(["profile", "check", "--profile", path.join(ROOT, "stacks/hospital-profile.yaml")])).toMatchObject({ code: 0 });
    const schema = JSON.parse((await cli(["profile", "schema"])).stdout);
    expect(schema.properties.regions.properties.aws).toBeDefined();
    expect(schema.additionalProperties).toBe(false);
  });
  it.each([
    ["an unknown key", "regionz: [eu-west-3]\n", "regionz: unknown key"],
    ["a bad CIDR", "adminCidrs: [300.0.0.0/8]\n", "adminCidrs.0: not a CIDR"],
    ["a bad AWS region", "regions:\n  aws: [paris]\n", "regions.aws.0: bad value"],
    ["min above max", "logRetentionDays: {min: 400, max: 365}\n", "min (400) is greater than max (365)"],
    ["a waiver without expiry", "waivers:\n  - {id: D1, reason: r, cctpReference: c, approvedBy: a}\n", "waivers.0: must have required property 'expires'"],
    ["a YAML syntax error", "regions: [eu-west-3\n", "invalid YAML"],
  ])("rejects %s with exit 2, naming the file and the key", async (_what, text, expected) => {
    const f = tmpProfile(text);
    const r = await cli(["profile", "check", "--profile", f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(f);
    expect(r.stderr).toContain(expected);
  });
  it("rejects a missing profile file and an unknown subcommand", async () => {
    expect((await cli(["profile", "check", "--profile", "/nonexistent/profile.yaml"])).stderr).toContain("/nonexistent/profile.yaml: cannot be read");
    expect(await cli(["profile", "frobnicate"])).toMatchObject({ code: 2 });
  });
});
