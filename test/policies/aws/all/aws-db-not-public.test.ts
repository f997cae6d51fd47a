import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/all/aws-db-not-public";
import { run } from "../helpers";

describe("aws-db-not-public", () => {
  it.each(["aws:rds/instance:Instance", "aws:redshift/cluster:Cluster", "aws:mq/broker:Broker", "aws:dms/replicationInstance:ReplicationInstance"])("checks %s", (t) => {
    expect(run(rule, t, { publiclyAccessible: false })).toEqual([]);
    expect(run(rule, t, {})).toEqual([]);
    const out = run(rule, t, { publiclyAccessible: true });
    expect(out[0].severity).toBe("critical");
    expect(out[0].message).toContain("publiclyAccessible");
  });
});
