import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/aws-log-bucket-lifecycle";
import { runStackRule, UNKNOWN_STRING } from "../../helpers/policy-harness";
import { CCTP } from "../unverified";

const logs = { type: "aws:s3/bucket:Bucket", name: "logs", props: { bucket: "hop-logs" } };
const trail = { type: "aws:cloudtrail/trail:Trail", name: "trail", props: { s3BucketName: "hop-logs" } };
const lifecycle = (days: unknown, status = "Enabled") => ({ type: "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", name: "lc", props: { bucket: "hop-logs", rules: [{ id: "purge", status, expiration: { days } }] } });

describe("aws-log-bucket-lifecycle", () => {
  it("passes a trail bucket purged within the maximum", () => {
    expect(runStackRule(rule, [logs, trail, lifecycle(365)])).toEqual([]);
  });
  it("fails a log bucket without expiration, or beyond the maximum, or with a disabled rule", () => {
    const cctp = { profile: CCTP };
    expect(runStackRule(rule, [logs, trail], cctp)[0].message).toContain("aucune expiration ≤ 365");
    expect(runStackRule(rule, [logs, trail], cctp)[0].enforcementLevel).toBe("mandatory");
    expect(runStackRule(rule, [logs, trail, lifecycle(400)], cctp)).toHaveLength(1);
    expect(runStackRule(rule, [logs, trail, lifecycle(90, "Disabled")], cctp)).toHaveLength(1);
  });
  it("without the CCTP's maximum, any expiration purges and a bucket without one is advisory, naming the key", () => {
    expect(runStackRule(rule, [logs, trail, lifecycle(400)])).toEqual([]);
    const out = runStackRule(rule, [logs, trail]);
    expect(out).toHaveLength(1);
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(out[0].message).toContain("logRetentionDays.max");
  });
  it("fails an Object Lock COMPLIANCE longer than the maximum", () => {
    const lock = { type: "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration", name: "lock", props: { bucket: "hop-logs", rule: { defaultRetention: { mode: "COMPLIANCE", years: 3 } } } };
    expect(runStackRule(rule, [logs, trail, lifecycle(365), lock], { profile: CCTP })[0].message).toContain("purge impossible");
  });
  it("finds log buckets by tag and ignores data buckets; reports unknown lifecycles", () => {
    const tagged = { ...logs, props: { bucket: "hop-logs", tags: { "clausier:role": "logs" } } };
    expect(runStackRule(rule, [tagged])).toHaveLength(1);
    expect(runStackRule(rule, [logs])).toEqual([]);
    expect(runStackRule(rule, [logs, trail, lifecycle(UNKNOWN_STRING)])[0].message).toContain("inconnu");
  });
});
