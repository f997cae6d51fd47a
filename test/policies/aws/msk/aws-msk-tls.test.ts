import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/msk/aws-msk-tls";
import { run } from "../helpers";

const T = "aws:msk/cluster:Cluster";
describe("aws-msk-tls", () => {
  it("passes the secure defaults and explicit TLS", () => {
    expect(run(rule, T, {})).toEqual([]);
    expect(run(rule, T, { encryptionInfo: { encryptionInTransit: { clientBroker: "TLS", inCluster: true } } })).toEqual([]);
  });
  it("fails plaintext or mixed client traffic", () => {
    expect(run(rule, T, { encryptionInfo: { encryptionInTransit: { clientBroker: "TLS_PLAINTEXT" } } })[0].message).toContain("TLS_PLAINTEXT");
    expect(run(rule, T, { encryptionInfo: { encryptionInTransit: { clientBroker: "PLAINTEXT" } } })).toHaveLength(1);
  });
  it("fails inCluster false", () => expect(run(rule, T, { encryptionInfo: { encryptionInTransit: { inCluster: false } } })[0].message).toContain("inCluster"));
});
