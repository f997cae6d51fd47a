import { describe, expect, it } from "vitest";
import { containerBaseImage, parseImageRef } from "../../../scanners/detectors/container-base-image";
import { depsObsolete } from "../../../scanners/detectors/deps-obsolete";
import { lowestNodeMajor, nvmrcMajor } from "../../../scanners/detectors/lib/eol";
import { pulumiConfigPlaintextSecret } from "../../../scanners/detectors/pulumi-config-plaintext-secret";
import { stackConfigSeparation } from "../../../scanners/detectors/stack-config-separation";
import { defaultProfile } from "../../../policies/core/profile";
import { ctx, run } from "./helpers";

describe("pulumi-config-plaintext-secret (T2-S7)", () => {
  it("flags plaintext secret-named keys, at any depth, with the right line", () => {
    const y = [
      "config:",
      "  aws:region: eu-west-3",
      "  app:dbPassword: Sup3rS3cret",
      "  app:apiToken:",
      "    secure: AAABAKhg7l0=",
      "  app:settings:",
      "    clientSecret: abc123xyz",
      "  app:tokenTtl: \"3600\"",
      "  app:secretName: prod-db",
      "  app:mdp: \"\"",
    ].join("\n");
    const hits = run(pulumiConfigPlaintextSecret, "infra/Pulumi.dev.yaml", y);
    expect(hits.map((h) => [h.line, h.secret])).toEqual([[3, "Sup3rS3cret"], [7, "abc123xyz"]]);
    expect(hits[0].message.en).not.toContain("Sup3r");
  });
  it("only reads Pulumi.<stack>.yaml", () => {
    expect(pulumiConfigPlaintextSecret.appliesTo("Pulumi.yaml")).toBe(false);
    expect(pulumiConfigPlaintextSecret.appliesTo("stacks/x/Pulumi.prod.yml")).toBe(true);
  });
});

describe("stack-config-separation (T2-E1)", () => {
  const PROD_ACCOUNT = "1111" + "2222" + "3333";
  const DEV_ACCOUNT = "4444" + "5555" + "6666";
  const PROD_SUB = ["0a1b2c3d", "0000", "4000", "8000", "00000000abcd"].join("-");
  const p = defaultProfile();
  p.environments.prod.awsAccounts = [PROD_ACCOUNT];
  p.environments.prod.azureSubscriptions = [PROD_SUB];
  p.environments.dev.awsAccounts = [DEV_ACCOUNT];
  const c = ctx({ profile: { environments: p.environments } });
  it("flags production ids in a non-production stack", () => {
    const y = `config:\n  aws:allowedAccountIds:\n    - "${PROD_ACCOUNT}"\n  app:kmsKey: arn:aws:kms:eu-west-3:${PROD_ACCOUNT}:key/x\n  azure-native:subscriptionId: ${PROD_SUB.toUpperCase()}\n`;
    const hits = run(stackConfigSeparation, "Pulumi.dev.yaml", y, c);
    expect(hits.map((h) => h.line)).toEqual([3, 4, 5]);
  });
  it("accepts a dev stack with dev ids and a prod stack with prod ids", () => {
    expect(run(stackConfigSeparation, "Pulumi.dev.yaml", `config:\n  aws:allowedAccountIds: ["${DEV_ACCOUNT}"]\n`, c)).toEqual([]);
    expect(run(stackConfigSeparation, "Pulumi.prod.yaml", `config:\n  aws:allowedAccountIds: ["${PROD_ACCOUNT}"]\n  azure-native:subscriptionId: ${PROD_SUB}\n`, c)).toEqual([]);
  });
  it("flags a prod stack allowing a non-prod account", () => {
    expect(run(stackConfigSeparation, "Pulumi.prod.yaml", `config:\n  aws:allowedAccountIds: ["${DEV_ACCOUNT}"]\n`, c)).toHaveLength(1);
  });
});

describe("deps-obsolete (T2-V2, Node line)", () => {
  it("computes the lowest major of a range", () => {
    expect(["^18.0.0", ">=20", ">=22", "20 || 22", ">18", "18.x", "16 - 22", "*", "<=20", ">=22.0.0 <25"].map(lowestNodeMajor)).toEqual([18, 20, 22, 20, 19, 18, 16, 0, 0, 22]);
    expect(["v20.11.1\n", "lts/iron", "24", "node", "lts/*"].map(nvmrcMajor)).toEqual([20, 20, 24, undefined, undefined]);
  });
  it("flags engines.node on an EOL line (≤ 20 after April 2026), not ≥ 22", () => {
    const now = new Date("2026-05-15T00:00:00Z");
    expect(run(depsObsolete, "package.json", JSON.stringify({ engines: { node: ">=20" } }), ctx({ now }))).toHaveLength(1);
    expect(run(depsObsolete, "package.json", JSON.stringify({ engines: { node: ">=22" } }), ctx({ now }))).toEqual([]);
    expect(run(depsObsolete, ".nvmrc", "18\n", ctx({ now }))).toHaveLength(1);
    expect(run(depsObsolete, ".tool-versions", "python 3.12.1\nnodejs 20.11.0\n", ctx({ now }))[0].line).toBe(2);
  });
  it("warns (medium) when the line ends within six months", () => {
    const hits = run(depsObsolete, ".nvmrc", "20", ctx({ now: new Date("2026-02-01T00:00:00Z") }));
    expect(hits[0].severity).toBe("medium");
  });
});

describe("container-base-image (T2-V4)", () => {
  const D = "@sha256:" + "a".repeat(64);
  it("parses refs with registry ports, tags and digests", () => {
    expect(parseImageRef("registry:5000/team/app:1.2" + D)).toEqual({ name: "registry:5000/team/app", tag: "1.2", digest: "sha256:" + "a".repeat(64) });
    expect(parseImageRef("node")).toEqual({ name: "node", tag: undefined, digest: undefined });
  });
  it("flags latest, missing digests and EOL lines; accepts digests, scratch and stage names", () => {
    const df = [
      "ARG BASE=node:24-alpine",
      "FROM ${BASE} AS build",
      "FROM node:24-alpine" + D + " AS runtime",
      "FROM build",
      "FROM scratch",
      "FROM --platform=linux/amd64 ubuntu",
      "FROM python:3.8-slim" + D,
    ].join("\n");
    const hits = run(containerBaseImage, "Dockerfile", df);
    expect(hits.map((h) => h.line)).toEqual([2, 6, 7]);
    expect(hits[1].message.en).toMatch(/latest/);
    expect(hits[2].message.en).toMatch(/Python 3.8/);
  });
  it("flags an EOL Node base image", () => {
    expect(run(containerBaseImage, "docker/app.Dockerfile", "FROM node:18" + D).map((h) => h.message.en)).toEqual([expect.stringMatching(/Node.js 18/)]);
  });
});
