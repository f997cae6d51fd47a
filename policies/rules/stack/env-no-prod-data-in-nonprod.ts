import { bags, get, str } from "../../core/props";
import { violation, type RuleContext, type StackResourceView, type StackRule, type Violation } from "../../core/rule";
import { isUnknown, unverified } from "../../core/unknown";
import { depsOf, environmentsOwning, parseArn, ref, subscriptionsIn, tagValue } from "./lib/links";

/** Properties through which a resource is created from existing data (snapshot, replica, copy, restore). */
const SOURCES: Record<string, string[]> = {
  "aws:rds/instance:Instance": ["snapshotIdentifier", "replicateSourceDb", "restoreToPointInTime.sourceDbInstanceIdentifier", "restoreToPointInTime.sourceDbiResourceId", "restoreToPointInTime.sourceDbInstanceAutomatedBackupsArn"],
  "aws:rds/cluster:Cluster": ["snapshotIdentifier", "replicationSourceIdentifier", "restoreToPointInTime.sourceClusterIdentifier", "restoreToPointInTime.sourceClusterResourceId"],
  "aws:docdb/cluster:Cluster": ["snapshotIdentifier"],
  "aws:neptune/cluster:Cluster": ["snapshotIdentifier"],
  "aws:dynamodb/table:Table": ["restoreSourceTableArn", "restoreSourceName", "restoreBackupArn", "importTable.s3BucketSource.bucket", "importTable.s3BucketSource.bucketOwner"],
  "azure-native:sql:Database": ["sourceDatabaseId", "sourceResourceId", "recoverableDatabaseId", "restorableDroppedDatabaseId", "longTermRetentionBackupResourceId"],
  "azure-native:dbforpostgresql:Server": ["sourceServerResourceId"],
  "azure-native:dbformysql:Server": ["sourceServerResourceId"],
  "azure-native:cosmosdb:DatabaseAccount": ["restoreParameters.restoreSource"],
};

const REPLICATION = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";
export const ANONYMISED_TAG = "clausier:anonymised-source";
const PROD_NAME = /(^|[^a-z])(prod|prd|production)([^a-z]|$)/i;

/** Which production environment a source identifier belongs to (account, subscription, or name). */
function prodOrigin(v: string, ctx: RuleContext): string | undefined {
  const prodEnvs = (ids: string[]) => ids.filter((n) => ctx.profile.environments[n]?.production);
  const arn = parseArn(v);
  const fromAccount = arn?.account ? prodEnvs(environmentsOwning(arn.account, "aws", ctx.profile)) : [];
  if (/^\d{12}$/.test(v)) fromAccount.push(...prodEnvs(environmentsOwning(v, "aws", ctx.profile)));
  const fromSub = subscriptionsIn(v).flatMap((s) => prodEnvs(environmentsOwning(s, "azure", ctx.profile)));
  const hit = [...fromAccount, ...fromSub][0];
  if (hit) return hit;
  // Names such as `prod-db-2025-01-01` or `.../resourceGroups/rg-prod/...` give the origin away.
  return PROD_NAME.test(v) ? "prod (nom / name)" : undefined;
}

export const rule: StackRule = {
  kind: "stack",
  name: "env-no-prod-data-in-nonprod",
  clauses: ["O-12.5.12"],
  severity: "high",
  basis: { kind: "clause", text: "un mécanisme d'anonymisation ou de pseudonymisation des données de production devrait être mis en place" },
  family: "E",
  scope: "dev-provider",
  description: {
    fr: "Aucune base, table ou bucket hors production n'est créé à partir de données de production (instantané, réplique, copie, restauration) sans anonymisation tracée",
    en: "No non-production database, table or bucket is created from production data (snapshot, replica, copy, restore) without a recorded anonymisation",
  },
  remediation: {
    fr: "Partir de données synthétiques ou d'un jeu anonymisé ; si la source est un export anonymisé, poser l'étiquette clausier:anonymised-source=<ticket>",
    en: "Start from synthetic data or an anonymised set; when the source is an anonymised export, tag it clausier:anonymised-source=<ticket>",
  },
  check(resources, ctx) {
    if (!ctx.environment) return [];
    return ctx.isProd ? prodToNonProd(resources, ctx) : nonProdFromProd(resources, ctx);
  },
};

function nonProdFromProd(resources: StackResourceView[], ctx: RuleContext): Violation[] {
  const out: Violation[] = [];
  for (const r of resources) {
    const paths = SOURCES[r.type];
    if (!paths || tagValue(r, ANONYMISED_TAG)) continue;
    for (const path of paths) {
      const v = get(r.props, path);
      if (isUnknown(v)) {
        // A source built in this very stack is non-production data.
        if (!depsOf(r, path).length) out.push(unverified(path, ref(r)));
        continue;
      }
      const s = str(v);
      const origin = s ? prodOrigin(s, ctx) : undefined;
      if (origin) out.push(violation(`${r.name} créé depuis des données de production (${path} = ${s}, ${origin}) dans l'environnement ${ctx.environment?.name}`, `${r.name} is created from production data (${path} = ${s}, ${origin}) in environment ${ctx.environment?.name}`, ref(r)));
    }
  }
  return out;
}

/** In production, the reverse leak: replicating buckets into a non-production account. */
function prodToNonProd(resources: StackResourceView[], ctx: RuleContext): Violation[] {
  const out: Violation[] = [];
  for (const r of resources.filter((x) => x.type === REPLICATION)) {
    for (const rule of bags(r.props.rules)) {
      const account = str(get(rule, "destination.account"));
      const envs = account ? environmentsOwning(account, "aws", ctx.profile).filter((n) => !ctx.profile.environments[n]?.production) : [];
      if (envs.length) out.push(violation(`${r.name} réplique des données de production vers le compte ${account} (${envs.join(", ")})`, `${r.name} replicates production data to account ${account} (${envs.join(", ")})`, ref(r)));
    }
  }
  return out;
}
