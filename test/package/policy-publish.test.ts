// What `pulumi policy publish` needs, checked offline (publishing itself needs Pulumi Cloud: "this
// command requires the Pulumi Cloud backend"). The CLI archives the pack folder with `npm pack`
// and the service installs the folder's package.json dependencies, so: the pack imports nothing
// from outside policies/, its package.json lists every package it imports (with the checkout's
// ranges), `npm pack` of the folder carries the entry, the rules and PulumiPolicy.yaml, and the
// compiled profile is valid configuration for every policy (what a policy group is given).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import Ajv from "ajv";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compilePolicyConfig } from "../../policies/compile";
import { buildPolicies } from "../../policies/pack";
import { parseProfile } from "../../policies/core/profile";
import { allRules } from "../../policies/rules";

const root = resolve(__dirname, "..", "..");
const packDir = join(root, "policies");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("the pack as Pulumi Cloud receives it", () => {
  const imports = sources(packDir).flatMap((file) => ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles.map((i) => ({ file, spec: i.fileName })));

  it("imports nothing from outside its folder", () => {
    const outside = imports.filter(({ file, spec }) => spec.startsWith(".") && relative(packDir, resolve(file, "..", spec)).startsWith(`..${sep}`));
    expect(outside).toEqual([]);
  });

  it("lists every package it imports in its own package.json, with the checkout's ranges", () => {
    const pack = JSON.parse(readFileSync(join(packDir, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    const top = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    const bare = new Set(imports.map((i) => i.spec).filter((s) => !s.startsWith(".") && !s.startsWith("node:")).map((s) => (s.startsWith("@") ? s.split("/").slice(0, 2).join("/") : s.split("/")[0])));
    // @pulumi/policy runs the pack on @pulumi/pulumi's runtime: the service must install both.
    bare.add("@pulumi/pulumi");
    expect(Object.keys(pack.dependencies ?? {}).sort()).toEqual([...bare].sort());
    for (const name of bare) expect(pack.dependencies?.[name], name).toBe(top.dependencies[name]);
  });

  it("npm pack of the folder carries PulumiPolicy.yaml, the entry and every rule", () => {
    const [packed] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: packDir, encoding: "utf8" })) as Array<{ files: Array<{ path: string }> }>;
    const files = new Set(packed.files.map((f) => f.path));
    expect(files.has("PulumiPolicy.yaml")).toBe(true);
    expect(files.has("index.ts")).toBe(true);
    for (const f of sources(join(packDir, "rules"))) expect(files.has(relative(packDir, f).split(sep).join("/")), f).toBe(true);
  });

  it("the compiled profile is valid configuration for every policy (and a wrong one is not)", () => {
    const profile = parseProfile(parse(readFileSync(join(root, "stacks/hospital-profile.yaml"), "utf8")), "stacks/hospital-profile.yaml");
    const config = compilePolicyConfig(profile, allRules, new Date("2026-12-01T00:00:00Z"));
    const ajv = new Ajv({ strict: false });
    const policies = buildPolicies();
    expect(Object.keys(config).sort()).toEqual(policies.map((p) => p.name).sort());
    for (const p of policies) {
      const { enforcementLevel: _level, ...values } = config[p.name];
      const validate = ajv.compile({ type: "object", ...p.configSchema });
      expect(validate(values), `${p.name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(validate({ ...values, profile: "not an object" })).toBe(false);
    }
  });
});
