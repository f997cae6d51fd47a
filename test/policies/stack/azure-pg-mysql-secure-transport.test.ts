import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/azure-pg-mysql-secure-transport";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";
import { expectUnverified } from "../unverified";

const pg = { type: "azure-native:dbforpostgresql:Server", name: "pg", props: { serverName: "hop-pg" } };
const my = { type: "azure-native:dbformysql:Server", name: "my", props: { serverName: "hop-my" } };
const cfg = (kind: "pg" | "my", configurationName: string, value: unknown) => ({
  type: `azure-native:${kind === "pg" ? "dbforpostgresql" : "dbformysql"}:Configuration`, name: `${kind}-${configurationName}`,
  props: { serverName: UNKNOWN_STRING, configurationName, value }, propertyDependencies: { serverName: [kind] },
});

describe("azure-pg-mysql-secure-transport", () => {
  it("passes secure settings (and a stack with no configuration: the service default is ON)", () => {
    expect(runStackRule(rule, [pg, my, cfg("pg", "require_secure_transport", "ON"), cfg("pg", "ssl_min_protocol_version", "TLSv1.2"), cfg("my", "tls_version", "TLSv1.2,TLSv1.3")])).toEqual([]);
    expect(runStackRule(rule, [pg, my])).toEqual([]);
  });
  it("fails require_secure_transport off on either engine", () => {
    const out = runStackRule(rule, [pg, cfg("pg", "require_secure_transport", "off")]);
    expect(out[0].message).toMatch(/^\[O-8\.1, O-8\.2\] pg\/require_secure_transport/);
    expect(runStackRule(rule, [my, cfg("my", "require_secure_transport", "OFF")])).toHaveLength(1);
  });
  it("fails TLS below 1.2", () => {
    expect(runStackRule(rule, [pg, cfg("pg", "ssl_min_protocol_version", "TLSv1.1")])).toHaveLength(1);
    expect(runStackRule(rule, [my, cfg("my", "tls_version", "TLSv1.1,TLSv1.2")])[0].message).toContain("TLSv1.1");
  });
  it("reports unknown values", () => {
    expectUnverified(runStackRule(rule, [pg, cfg("pg", "require_secure_transport", UNKNOWN_STRING)]), "pg/require_secure_transport.value");
  });
});
