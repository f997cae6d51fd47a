import path from "node:path";
import { describe, expect, it } from "vitest";
import { AnalyzerSession } from "../../../ci/evaluate/analyzer-client";
import type { EngineResource } from "../../../ci/evaluate/engine-view";
import { defaultProfile } from "../../../policies/core/profile";
import type { StackResourceView } from "../../../policies/core/rule";
import { UNKNOWN, type Unknown } from "../../../policies/core/unknown";
import { makeContext } from "../../../policies/core/view";
import { rule } from "../../../policies/rules/stack/stack-outputs-no-plaintext-secrets";

const ctx = makeContext("prod", defaultProfile(), new Date("2026-11-29"));
const stack = (props: Record<string, unknown>, secrets?: string[]): StackResourceView => ({
  urn: "urn:pulumi:prod::app::pulumi:pulumi:Stack::app-prod", type: "pulumi:pulumi:Stack", name: "app-prod",
  props, tags: {}, dependencies: [], propertyDependencies: {}, ...(secrets ? { secrets } : {}),
});
const KUBE_TOKEN = "apiVersion: v1\nkind: Config\nclusters: []\nusers:\n- name: admin\n  user:\n    token: 0123456789abcdefghij\n";
const KUBE_EXEC = "apiVersion: v1\nkind: Config\nusers:\n- name: aws\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [eks, get-token, --cluster-name, c]\n";
const CONN = "DefaultEndpointsProtocol=https;AccountName=docs;AccountKey=" + "A".repeat(86) + "==;EndpointSuffix=core.windows.net";
const check = (props: Record<string, unknown>, secrets?: string[]) => rule.check([stack(props, secrets)], ctx);

describe("stack-outputs-no-plaintext-secrets", () => {
  it("passes ordinary outputs, references to secrets and kubeconfigs that authenticate through an exec plugin", () => {
    expect(check({ managedIdentity: "Server=tcp:db.database.windows.net;Authentication=Active Directory Default;Database=app", vpcId: "vpc-1", url: "https://app.example.fr", dbPasswordSecretArn: "arn:aws:secretsmanager:eu-west-3:111111111111:secret:db", kubeconfig: KUBE_EXEC, keyVaultUri: "https://kv.vault.azure.net/" })).toEqual([]);
  });
  it("passes the same secrets when they were exported with pulumi.secret()", () => {
    expect(check({ kubeconfig: KUBE_TOKEN, storageConnection: CONN, dbPassword: "hunter2-real" }, ["kubeconfig", "storageConnection", "dbPassword"])).toEqual([]);
  });
  it("fails credential-bearing values and secret names exported in clear, without printing them", () => {
    const out = check({ kubeconfig: KUBE_TOKEN, storageConnection: CONN, db: { adminPassword: "hunter2-real" }, kubeB64: Buffer.from(KUBE_TOKEN).toString("base64"), sb: "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=[secret]" });
    expect(out.map((v) => v.message.en.split(" exported")[0])).toEqual(["output `kubeconfig`", "output `storageConnection`", "output `db.adminPassword`", "output `kubeB64`", "output `sb`"]);
    for (const v of out) {
      expect(v.resource).toBeNull();
      expect(JSON.stringify(v)).not.toContain("hunter2-real");
      expect(JSON.stringify(v)).not.toContain("0123456789abcdefghij");
    }
  });
  it("fails a secret-named output whose value is unknown during preview, not an innocuous one", () => {
    const unknown: Unknown = UNKNOWN;
    expect(check({ primaryKey: unknown, kubeconfig: unknown, bucketArn: unknown })).toHaveLength(2);
  });
});

describe("secret marks through the analyzer protocol (@pulumi/policy's own server)", () => {
  it("sees which outputs the engine sent as secrets", async () => {
    const session = await AnalyzerSession.start(path.resolve(__dirname, "../../../policies"));
    try {
      await session.configure({});
      await session.configureStack("prod", "app", true);
      const sig = "4dabf18193072939515e22adb298388d";
      const secret = (value: unknown) => ({ [sig]: "1b47061264138c4ac30d75fd1eb44270", value });
      const root: EngineResource = {
        urn: "urn:pulumi:prod::app::pulumi:pulumi:Stack::app-prod", type: "pulumi:pulumi:Stack", name: "app-prod",
        dependencies: [], propertyDependencies: {}, protect: false,
        properties: { kubeconfig: secret(KUBE_TOKEN), adminKubeconfig: KUBE_TOKEN },
      };
      const diags = (await session.analyzeStack([root], new Map([[root.urn, root]]))).filter((d) => d.policyName === rule.name);
      expect(diags).toHaveLength(1);
      expect(diags[0].message).toContain("adminKubeconfig");
      expect(diags[0].enforcementLevel).toBe("mandatory");
    } finally {
      session.stop();
    }
  }, 60_000);
});
