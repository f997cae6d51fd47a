import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/all/aws-docdb-redshift-tls";
import { run } from "../helpers";

describe("aws-docdb-redshift-tls", () => {
  it("passes DocumentDB with TLS (explicit or default)", () => {
    expect(run(rule, "aws:docdb/clusterParameterGroup:ClusterParameterGroup", { family: "docdb5.0", parameters: [{ name: "tls", value: "enabled" }] })).toEqual([]);
    expect(run(rule, "aws:docdb/clusterParameterGroup:ClusterParameterGroup", { family: "docdb5.0" })).toEqual([]);
  });
  it("fails DocumentDB tls disabled", () => expect(run(rule, "aws:docdb/clusterParameterGroup:ClusterParameterGroup", { parameters: [{ name: "tls", value: "disabled" }] })[0].message).toContain("tls"));
  it("requires require_ssl=true on Redshift (absent is false)", () => {
    expect(run(rule, "aws:redshift/parameterGroup:ParameterGroup", { parameters: [{ name: "require_ssl", value: "true" }] })).toEqual([]);
    expect(run(rule, "aws:redshift/parameterGroup:ParameterGroup", { parameters: [{ name: "require_ssl", value: "false" }] })).toHaveLength(1);
    expect(run(rule, "aws:redshift/parameterGroup:ParameterGroup", {})[0].message).toContain("require_ssl");
  });
});
