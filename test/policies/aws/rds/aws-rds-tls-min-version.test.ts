import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/rds/aws-rds-tls-min-version";
import { run } from "../helpers";

const pg = (value: string) => run(rule, "aws:rds/parameterGroup:ParameterGroup", { family: "postgres16", parameters: [{ name: "rds.force_ssl", value: "1" }, { name: "ssl_min_protocol_version", value }] });
const my = (value: string) => run(rule, "aws:rds/clusterParameterGroup:ClusterParameterGroup", { family: "aurora-mysql8.0", parameters: [{ name: "tls_version", value }] });
describe("aws-rds-tls-min-version", () => {
  it("passes TLS 1.2+ settings", () => {
    expect(pg("TLSv1.2")).toEqual([]);
    expect(my("TLSv1.2,TLSv1.3")).toEqual([]);
    expect(run(rule, "aws:rds/parameterGroup:ParameterGroup", { family: "postgres16" })).toEqual([]);
  });
  it("fails PostgreSQL below TLSv1.2", () => expect(pg("TLSv1.1")[0].message).toContain("ssl_min_protocol_version"));
  it("fails MySQL tls_version with TLSv1 or TLSv1.1 (and not TLSv1.2 alone)", () => {
    expect(my("TLSv1,TLSv1.2")[0].message).toContain("TLSv1");
    expect(my("TLSv1.1, TLSv1.2")).toHaveLength(1);
  });
  it("is medium: advisory outside prod", () => expect(pg("TLSv1")[0].severity).toBe("medium"));
});
