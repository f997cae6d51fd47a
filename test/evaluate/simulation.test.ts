// Simulation mode: provider-shaped outputs (ids, ARNs, Azure resource ids, endpoints), so that
// documents built from outputs are checked; --preview keeps the first-preview view.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { simulate } from "../../ci/evaluate/simulation";
import { DEFAULT_PLACEMENT } from "../../ci/evaluate/child/offline-invokes";
import { evaluateJson, PROGRAMS } from "./cli-helpers";

const where = { ...DEFAULT_PLACEMENT, region: "eu-west-3" };
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const sim = (type: string, name: string, inputs: Record<string, unknown> = {}) => simulate(type, name, inputs, where, `${type}::${name}#1`);

describe("provider-shaped outputs", () => {
  it("builds AWS ARNs from partition, region, account and name as the provider does", () => {
    const b = sim("aws:s3/bucket:Bucket", "docs", { bucket: "chu-docs" });
    expect(b.id).toBe("chu-docs");
    expect(b.state).toMatchObject({ arn: "arn:aws:s3:::chu-docs", bucket: "chu-docs", bucketRegionalDomainName: "chu-docs.s3.eu-west-3.amazonaws.com" });
    const k = sim("aws:kms/key:Key", "data-key");
    expect(k.state.arn).toMatch(new RegExp(`^arn:aws:kms:eu-west-3:111111111111:key/${UUID}$`));
    expect(k.state.keyId).toBe(k.id);
    expect(sim("aws:iam/role:Role", "app", { name: "app-role" }).state.arn).toBe("arn:aws:iam::111111111111:role/app-role");
    expect(sim("aws:sqs/queue:Queue", "jobs", { name: "jobs" }).id).toBe("https://sqs.eu-west-3.amazonaws.com/111111111111/jobs");
    expect(sim("aws:cloudwatch/logGroup:LogGroup", "app", { name: "/app" }).state.arn).toBe("arn:aws:logs:eu-west-3:111111111111:log-group:/app");
    expect(sim("aws:ec2/vpc:Vpc", "main").id).toMatch(/^vpc-[0-9a-f]{17}$/);
    // A CloudFront origin access identity is named in bucket policies by its IAM ARN.
    const oai = sim("aws:cloudfront/originAccessIdentity:OriginAccessIdentity", "oai");
    expect(oai.state.iamArn).toBe(`arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity ${oai.id}`);
    expect(oai.state.cloudfrontAccessIdentityPath).toBe(`origin-access-identity/cloudfront/${oai.id}`);
    // A type not in the table: a generic ARN from its module.
    expect(sim("aws:sagemaker/model:Model", "triage", { name: "triage" }).state.arn).toBe("arn:aws:sagemaker:eu-west-3:111111111111:model/triage");
  });

  it("auto-names like the provider (logical name + random suffix), the same in every run", () => {
    const a = sim("aws:s3/bucket:Bucket", "Docs");
    expect(a.id).toMatch(/^docs-[0-9a-f]{7}$/);
    expect(sim("aws:s3/bucket:Bucket", "Docs").id).toBe(a.id);
    expect(simulate("aws:s3/bucket:Bucket", "Docs", {}, where, "other parent").id).not.toBe(a.id);
  });

  it("builds Azure resource ids from subscription, resource group, namespace, type and name", () => {
    const sa = sim("azure-native:storage:StorageAccount", "st", { resourceGroupName: "rg-sante", accountName: "stsante" });
    expect(sa.state.id).toBe("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-sante/providers/Microsoft.Storage/storageAccounts/stsante");
    expect(sa.state).toMatchObject({ name: "stsante", primaryEndpoints: { blob: "https://stsante.blob.core.windows.net/" } });
    expect(sim("azure-native:resources:ResourceGroup", "rg", { resourceGroupName: "rg-sante" }).id).toBe("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-sante");
    const kv = sim("azure-native:keyvault:Vault", "kv", { resourceGroupName: "rg", vaultName: "kv-sante", properties: { tenantId: "t" } });
    expect(kv.state.properties).toEqual({ tenantId: "t", vaultUri: "https://kv-sante.vault.azure.net/" });
    expect(sim("azure-native:sql:Database", "db", { resourceGroupName: "rg", serverName: "sql1", databaseName: "patients" }).id)
      .toBe("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql1/databases/patients");
    expect(sim("azure-native:web:WebApp", "app", { resourceGroupName: "rg" }).state.defaultHostName).toMatch(/^app[0-9a-f]{8}\.azurewebsites\.net$/);
  });

  it("leaves unknown what cannot be known: random values, and what derives from an unknown input", () => {
    const pw = sim("random:index/randomPassword:RandomPassword", "pw", { length: 24 });
    expect(pw.id).toBeUndefined();
    expect(pw.state).toEqual({ length: 24 });
    const unknown = { __pulumiUnknown: true };
    const b = sim("aws:s3/bucket:Bucket", "docs", { bucket: unknown });
    expect(b.id).toBeUndefined();
    expect(b.state.arn).toBeUndefined();
  });
});

describe("evaluate: simulation by default, --preview on request", () => {
  const dir = path.join(PROGRAMS, "computed-policy");

  it("checks a bucket policy built from the bucket's ARN (apply): compliant in simulation", async () => {
    const r = await evaluateJson(dir, "dev");
    expect(r.stderr).toBe("");
    expect(r.json.evaluation.view).toBe("simulation");
    const vs = r.json.findings as Array<{ rule: string; view: string }>;
    expect(vs.length).toBeGreaterThan(0);
    expect(vs.every((v) => v.view === "simulation")).toBe(true);
    expect(vs.map((v) => v.rule)).not.toContain("aws-s3-deny-insecure-transport");
  });

  it("still finds a wrong document built the same way", async () => {
    const r = await evaluateJson(dir, "bad");
    const v = (r.json.findings as Array<{ rule: string; message: { fr: string; en: string } }>).find((x) => x.rule === "aws-s3-deny-insecure-transport");
    expect(`${v?.message.fr} ${v?.message.en}`).not.toMatch(/inconnue|unknown/);
  });

  it("--preview keeps the first-preview view: the policy is unknown", async () => {
    const r = await evaluateJson(dir, "dev", ["--preview"]);
    expect(r.json.evaluation.view).toBe("preview");
    const v = (r.json.findings as Array<{ rule: string; view: string; enforcementLevel: string; message: { fr: string; en: string } }>).find((x) => x.rule === "aws-s3-deny-insecure-transport");
    expect(v?.view).toBe("preview");
    // One advisory naming the policy document: it decides at `pulumi up`, never blocks on an unknown.
    expect(v?.enforcementLevel).toBe("advisory");
    expect(v?.message.en).toMatch(/cannot be verified during preview \(`BucketPolicy.policy` unknown\)/);
  });
});
