import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/all/aws-db-no-plaintext-master-password";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";

const SECRET = "Sup3r-Secret-Value";
describe("aws-db-no-plaintext-master-password", () => {
  it("passes managed passwords and write-only variants", () => {
    expect(run(rule, "aws:rds/instance:Instance", { manageMasterUserPassword: true })).toEqual([]);
    expect(run(rule, "aws:rds/cluster:Cluster", { masterPasswordWo: SECRET })).toEqual([]);
    expect(run(rule, "aws:redshift/cluster:Cluster", { manageMasterPassword: true })).toEqual([]);
  });
  it("fails a set password without printing it", () => {
    const out = run(rule, "aws:rds/instance:Instance", { password: SECRET });
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain("`password`");
    expect(out[0].message).not.toContain(SECRET);
  });
  it("fails an unknown password that is not a secret: it still lands in clear in the state", () => {
    const out = run(rule, "aws:docdb/cluster:Cluster", { masterPassword: UNKNOWN_STRING });
    expect(out.map((v) => v.enforcementLevel)).toEqual(["mandatory"]);
  });
  it("advises only when the password is a Pulumi secret (config secret, random password): encrypted in the state, not in clear", () => {
    for (const masterPassword of [SECRET, UNKNOWN_STRING]) {
      const out = run(rule, "aws:redshift/cluster:Cluster", { masterPassword }, { secrets: ["masterPassword"] });
      expect(out.map((v) => v.enforcementLevel)).toEqual(["advisory"]);
      expect(out[0].message).toContain("manageMasterPassword");
      expect(out[0].message).not.toContain(SECRET);
    }
    // Another property being secret does not change a plaintext password.
    expect(run(rule, "aws:rds/instance:Instance", { password: SECRET, tags: {} }, { secrets: ["tags"] }).map((v) => v.enforcementLevel)).toEqual(["mandatory"]);
  });
  it("covers ElastiCache auth tokens and users, and MQ users", () => {
    expect(run(rule, "aws:elasticache/replicationGroup:ReplicationGroup", { authToken: SECRET })).toHaveLength(1);
    expect(run(rule, "aws:elasticache/user:User", { passwords: [SECRET] })).toHaveLength(1);
    expect(run(rule, "aws:elasticache/user:User", { authenticationMode: { type: "iam" } })).toEqual([]);
    expect(run(rule, "aws:mq/broker:Broker", { users: [{ username: "a", password: SECRET }] })[0].message).toContain("users[0].password");
  });
});
