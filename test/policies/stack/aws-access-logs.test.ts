import { describe, expect, it } from "vitest";
import { rule } from "../../../policies/rules/stack/aws-access-logs";
import { runStackRule, UNKNOWN_BOOL, UNKNOWN_STRING } from "../../helpers/policy-harness";
import { expectUnverified } from "../unverified";

const lb = (props: Record<string, unknown>) => ({ type: "aws:lb/loadBalancer:LoadBalancer", name: "lb", props });
const vpc = { type: "aws:ec2/vpc:Vpc", name: "vpc", props: { cidrBlock: "10.0.0.0/16" } };

describe("aws-access-logs", () => {
  it("passes logged entry points and a VPC with a flow log linked by dependency", () => {
    const flow = { type: "aws:ec2/flowLog:FlowLog", name: "fl", props: { vpcId: UNKNOWN_STRING }, propertyDependencies: { vpcId: ["vpc"] } };
    expect(runStackRule(rule, [lb({ accessLogs: { enabled: true, bucket: "logs" } }), lb({ internal: true }), vpc, flow])).toEqual([]);
  });
  it("fails an internet-facing LB without logs: good practice, advisory unless the profile raises it", () => {
    expect(runStackRule(rule, [lb({})])[0].enforcementLevel).toBe("advisory");
    expect(runStackRule(rule, [lb({})], { profile: { enforcement: { raise: ["aws-access-logs"] } } })[0].enforcementLevel).toBe("mandatory");
    expect(runStackRule(rule, [lb({})], { stack: "dev-alice" })[0].enforcementLevel).toBe("advisory");
  });
  it("fails a VPC without flow log, a stage and a distribution without logs, and a health bucket without BucketLogging", () => {
    const stage = { type: "aws:apigateway/stage:Stage", name: "st", props: { stageName: "v1" } };
    const cf = { type: "aws:cloudfront/distribution:Distribution", name: "cf", props: {} };
    const b = { type: "aws:s3/bucket:Bucket", name: "b", props: { bucket: "hb", tags: { "data-classification": "sante" } } };
    expect(runStackRule(rule, [vpc, stage, cf, b])).toHaveLength(4);
  });
  it("reports unknown logging settings", () => {
    expectUnverified(runStackRule(rule, [lb({ accessLogs: { enabled: UNKNOWN_BOOL } })]), "logging");
  });
});
