import type { ResourceRule, RuleContext } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { bags, get } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";
import { isForbiddenPartition, parseArn } from "../lib/arn";
import { classifyAwsRegion } from "../lib/region";

function outside(region: string, ctx: RuleContext): boolean {
  return classifyAwsRegion(region, ctx.profile.regions.aws, ctx.profile.regions.awsEu) === "non-eu";
}

/** A target given as a region name: unknown cannot be proven, so it fails. */
function regionTarget(path: string, v: unknown, ctx: RuleContext): Violation[] {
  if (isUnknown(v)) return [unverified(path)];
  if (typeof v !== "string" || !v) return [];
  return outside(v, ctx) ? [violation(`\`${path}\` = ${v} : copie des données hors de France et de l'UE`, `\`${path}\` = ${v}: data copied outside France and the EU`)] : [];
}

/**
 * A target given as an ARN. An unknown ARN is the output of a resource declared in the stack, whose
 * own region aws-resource-region-allowed checks. S3 bucket ARNs carry no region: only the partition
 * can be checked here (the destination bucket's region is checked on the bucket).
 */
function arnTarget(path: string, v: unknown, ctx: RuleContext): Violation[] {
  if (typeof v !== "string") return [];
  const arn = parseArn(v);
  if (!arn) return [];
  if (isForbiddenPartition(arn.partition)) return [violation(`\`${path}\` = ${v} : partition ${arn.partition} hors UE`, `\`${path}\` = ${v}: ${arn.partition} partition is outside the EU`)];
  return arn.region && outside(arn.region, ctx) ? [violation(`\`${path}\` = ${v} : cible en région ${arn.region}, hors de France et de l'UE`, `\`${path}\` = ${v}: target in region ${arn.region}, outside France and the EU`)] : [];
}

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-replication-target-region",
  clauses: ["O-12.3.2"],
  severity: "high",
  basis: { kind: "clause", text: "Dans le cas d'hébergement hors communauté européenne les dispositions adaptées doivent être proposées par le titulaire et validées" },
  family: "A",
  scope: "saas",
  description: {
    fr: "Les réplications et copies de données (S3, DynamoDB, KMS, RDS, Secrets Manager, sauvegardes, peering) restent en France/UE",
    en: "Data replications and copies (S3, DynamoDB, KMS, RDS, Secrets Manager, backups, peering) stay in France/EU",
  },
  remediation: {
    fr: "Choisir une région cible autorisée par le profil pour chaque réplique ou copie",
    en: "Pick a target region the profile allows for every replica or copy",
  },
  unknownHandled: ["*.destinationVaultArn"],
  types: [
    "aws:s3/bucketReplicationConfig:BucketReplicationConfig", "aws:dynamodb/table:Table", "aws:dynamodb/globalTable:GlobalTable",
    "aws:kms/replicaKey:ReplicaKey", "aws:kms/replicaExternalKey:ReplicaExternalKey", "aws:rds/instance:Instance",
    "aws:rds/globalCluster:GlobalCluster", "aws:ec2/vpcPeeringConnection:VpcPeeringConnection", "aws:backup/plan:Plan",
    "aws:secretsmanager/secret:Secret",
  ],
  check(r, ctx) {
    const p = r.props;
    switch (r.type) {
      case "aws:s3/bucketReplicationConfig:BucketReplicationConfig":
        return bags(p.rules).flatMap((x, i) => arnTarget(`rules[${i}].destination.bucket`, get(x, "destination.bucket"), ctx));
      case "aws:dynamodb/table:Table":
      case "aws:dynamodb/globalTable:GlobalTable":
        return bags(p.replicas).flatMap((x, i) => regionTarget(`replicas[${i}].regionName`, x.regionName, ctx));
      case "aws:kms/replicaKey:ReplicaKey":
      case "aws:kms/replicaExternalKey:ReplicaExternalKey":
        return regionTarget("region", p.region, ctx);
      case "aws:rds/instance:Instance":
        return arnTarget("replicateSourceDb", p.replicateSourceDb, ctx);
      case "aws:rds/globalCluster:GlobalCluster":
        return arnTarget("sourceDbClusterIdentifier", p.sourceDbClusterIdentifier, ctx);
      case "aws:ec2/vpcPeeringConnection:VpcPeeringConnection":
        return regionTarget("peerRegion", p.peerRegion, ctx);
      case "aws:backup/plan:Plan":
        return bags(p.rules).flatMap((x, i) => bags(x.copyActions).flatMap((c, j) => arnTarget(`rules[${i}].copyActions[${j}].destinationVaultArn`, c.destinationVaultArn, ctx)));
      case "aws:secretsmanager/secret:Secret":
        return bags(p.replicas).flatMap((x, i) => regionTarget(`replicas[${i}].region`, x.region, ctx));
      default:
        return [];
    }
  },
};
