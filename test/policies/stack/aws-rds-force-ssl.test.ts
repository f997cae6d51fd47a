import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/aws-rds-force-ssl";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";
import { expectUnverified } from "../unverified";

const pg = (parameters: unknown, name = "pg-tls") => ({ type: "aws:rds/parameterGroup:ParameterGroup", name: "pg", props: { name, family: "postgres14", parameters } });
const db = (props: Record<string, unknown>, linked = false) => ({
  type: "aws:rds/instance:Instance", name: "db", props: { engine: "postgres", engineVersion: "14.10", ...props },
  propertyDependencies: linked ? { parameterGroupName: ["pg"] } : undefined,
});
const forceSsl = [{ name: "rds.force_ssl", value: "1" }];

describe("aws-rds-force-ssl", () => {
  it("passes a PostgreSQL instance whose group (by literal name) forces SSL", () => {
    expect(runStackRule(rule, [pg(forceSsl), db({ parameterGroupName: "pg-tls" })])).toEqual([]);
  });
  it("links an unknown group name through propertyDependencies", () => {
    expect(runStackRule(rule, [pg(forceSsl), db({ parameterGroupName: UNKNOWN_STRING }, true)])).toEqual([]);
  });
  it("fails the default group on PostgreSQL 14", () => {
    const out = runStackRule(rule, [db({})]);
    expect(out).toHaveLength(1);
    expect(out[0].message).toMatch(/^\[O-8\.1, O-8\.2\] db \(postgres\) utilise groupe par défaut/);
  });
  it("accepts the default group on PostgreSQL 15+ (RDS default rds.force_ssl=1)", () => {
    expect(runStackRule(rule, [db({ engineVersion: "16.3" })])).toEqual([]);
  });
  it("fails a group with rds.force_ssl=0", () => {
    expect(runStackRule(rule, [pg([{ name: "rds.force_ssl", value: "0" }]), db({ parameterGroupName: "pg-tls" })])[0].message).toContain("rds.force_ssl=1");
  });
  it("fails a group referenced by name but not declared in the stack", () => {
    expect(runStackRule(rule, [db({ parameterGroupName: "legacy" })])[0].message).toContain("legacy");
  });
  it("reports unknown parameters and unknown unlinked group names", () => {
    expectUnverified(runStackRule(rule, [pg(UNKNOWN_STRING), db({ parameterGroupName: "pg-tls" })]));
    expectUnverified(runStackRule(rule, [db({ parameterGroupName: UNKNOWN_STRING })]), "parameterGroupName");
  });
  it("checks MySQL require_secure_transport and SQL Server TLS 1.0/1.1", () => {
    const my = { type: "aws:rds/parameterGroup:ParameterGroup", name: "pg", props: { name: "my", parameters: [{ name: "require_secure_transport", value: "ON" }] } };
    expect(runStackRule(rule, [my, db({ engine: "mysql", parameterGroupName: "my" })])).toEqual([]);
    const ss = { type: "aws:rds/parameterGroup:ParameterGroup", name: "pg", props: { name: "ss", parameters: [{ name: "rds.force_ssl", value: "1" }, { name: "rds.tls10", value: "disabled" }] } };
    const out = runStackRule(rule, [ss, db({ engine: "sqlserver-se", parameterGroupName: "ss" })]);
    expect(out[0].message).toContain("rds.tls11=disabled");
  });
  it("checks Aurora clusters through their cluster parameter group, not their instances", () => {
    const cpg = { type: "aws:rds/clusterParameterGroup:ClusterParameterGroup", name: "cpg", props: { name: "cpg", parameters: [{ name: "require_secure_transport", value: "0" }] } };
    const cluster = { type: "aws:rds/cluster:Cluster", name: "aurora", props: { engine: "aurora-mysql", dbClusterParameterGroupName: "cpg" } };
    const inst = { type: "aws:rds/instance:Instance", name: "aurora-1", props: { engine: "aurora-mysql" } };
    const out = runStackRule(rule, [cpg, cluster, inst]);
    expect(out).toHaveLength(1);
    expect(out[0].urn).toContain("aurora");
  });
  it("reports an unknown engine and ignores engines without a TLS parameter (Oracle)", () => {
    expect(runStackRule(rule, [db({ engine: UNKNOWN_STRING })])).toHaveLength(1);
    expect(runStackRule(rule, [db({ engine: "oracle-ee" })])).toEqual([]);
  });
});
