import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/all/aws-replication-target-region";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";

describe("aws-replication-target-region", () => {
  it("passes DynamoDB replicas in the EU and fails one in the US", () => {
    expect(run(rule, "aws:dynamodb/table:Table", { replicas: [{ regionName: "eu-west-1" }] })).toEqual([]);
    const out = run(rule, "aws:dynamodb/table:Table", { replicas: [{ regionName: "eu-west-3" }, { regionName: "us-west-2" }] });
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain("`replicas[1].regionName` = us-west-2");
  });
  it("fails an unknown replica region", () => expect(run(rule, "aws:dynamodb/table:Table", { replicas: [{ regionName: UNKNOWN_STRING }] })).toHaveLength(1));
  it("checks KMS replica keys, VPC peering and Secrets Manager replicas", () => {
    expect(run(rule, "aws:kms/replicaKey:ReplicaKey", { region: "us-east-1" })).toHaveLength(1);
    expect(run(rule, "aws:ec2/vpcPeeringConnection:VpcPeeringConnection", { peerRegion: "eu-west-2" })).toHaveLength(1);
    expect(run(rule, "aws:ec2/vpcPeeringConnection:VpcPeeringConnection", {})).toEqual([]);
    expect(run(rule, "aws:secretsmanager/secret:Secret", { replicas: [{ region: "ca-central-1" }] })).toHaveLength(1);
  });
  it("checks the source of an RDS read replica and backup copy targets", () => {
    expect(run(rule, "aws:rds/instance:Instance", { replicateSourceDb: "arn:aws:rds:us-east-1:111122223333:db:src" })).toHaveLength(1);
    expect(run(rule, "aws:rds/instance:Instance", { replicateSourceDb: "src-db" })).toEqual([]);
    const plan = (arn: string) => run(rule, "aws:backup/plan:Plan", { rules: [{ ruleName: "r", copyActions: [{ destinationVaultArn: arn }] }] });
    expect(plan("arn:aws:backup:eu-west-3:111122223333:backup-vault:v")).toEqual([]);
    expect(plan("arn:aws:backup:us-east-1:111122223333:backup-vault:v")[0].message).toContain("copyActions[0].destinationVaultArn");
  });
  it("treats an unknown vault ARN as a vault of the stack", () => {
    expect(run(rule, "aws:backup/plan:Plan", { rules: [{ copyActions: [{ destinationVaultArn: UNKNOWN_STRING }] }] })).toEqual([]);
  });
  it("checks S3 replication destinations' partition (bucket ARNs carry no region)", () => {
    expect(run(rule, "aws:s3/bucketReplicationConfig:BucketReplicationConfig", { rules: [{ destination: { bucket: "arn:aws:s3:::dst" } }] })).toEqual([]);
    expect(run(rule, "aws:s3/bucketReplicationConfig:BucketReplicationConfig", { rules: [{ destination: { bucket: "arn:aws-cn:s3:::dst" } }] })).toHaveLength(1);
  });
});
