// Under the real engine, a preview that stops partway (a data source the stand-ins cannot answer)
// is an incomplete evaluation: exit 2 naming what failed, with what was found still shown. The
// data sources the offline engine answers (route53.getZone, ec2.getAmi) no longer stop it.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pulumiToolsAvailable } from "../../ci/engine/pulumi-cli";
import { cli, evaluateJson, PROGRAMS } from "../evaluate/cli-helpers";

const available = pulumiToolsAvailable();
const allowMissing = process.env.CLAUSIER_ALLOW_MISSING_TOOLS === "1";
const dir = path.join(PROGRAMS, "partial-preview");

describe.skipIf(!available && allowMissing)("an incomplete evaluation under the real engine", () => {
  it("is an error (exit 2) naming the data source, with the findings made before it", async () => {
    const r = await evaluateJson(dir, "dev", ["--engine", "pulumi"]);
    expect(r.code).toBe(2);
    expect(r.json.evaluation.errors.join("\n")).toContain("aws:ec2/getKeyPair:getKeyPair");
    expect(r.json.evaluation.errors.join("\n")).not.toMatch(/\n\s+at /);
    const names = (r.json.findings as Array<{ rule: string; resource: { name: string } | null }>).map((v) => [v.rule, v.resource?.name]);
    // Built from getZone and getAmi results: those were answered.
    expect(names).toContainEqual(["aws-sg-no-open-admin-ports", "ssh-open"]);
    expect(names.some(([, n]) => n === "bastion")).toBe(true);
    expect(names.some(([, n]) => n === "after-keypair")).toBe(false);
  }, 240_000);
});

describe("the same program under the mocks engine", () => {
  it("runs to the end and says which data source it answered only approximately", async () => {
    const r = await evaluateJson(dir, "dev");
    expect(r.code).toBe(1);
    expect(r.json.evaluation.errors).toEqual([]);
    expect(r.json.evaluation.warnings.map((w: { en: string }) => w.en).join(" ")).toContain("aws:ec2/getKeyPair:getKeyPair");
    const text = await cli(["evaluate", dir, "--stack", "dev", "--lang", "en"]);
    expect(text.stdout).toMatch(/Warning: data sources with no offline answer \(inputs echoed\): aws:ec2\/getKeyPair:getKeyPair/);
  });
});
