// Helpers shared by the stack rules: linking resources to each other (propertyDependencies first,
// literal names second), reading provider config, health tags, ARNs and key allowlists.
import type { ResourceRef } from "../../../core/model";
import type { Profile } from "../../../core/profile";
import { get, isBag, str, strs } from "../../../core/props";
import type { ProviderView, ResourceView, RuleContext, StackResourceView } from "../../../core/rule";
import { isUnknown } from "../../../core/unknown";

export function ref(r: ResourceView): ResourceRef {
  return { urn: r.urn, type: r.type, name: r.name };
}

/** True when the type is one of `types` (exact tokens). */
export function isType(r: { type: string }, types: readonly string[]): boolean {
  return types.includes(r.type);
}

export function ofType(resources: StackResourceView[], types: readonly string[]): StackResourceView[] {
  return resources.filter((r) => types.includes(r.type));
}

/** The urns a (possibly nested) property depends on; propertyDependencies are keyed by top-level name. */
export function depsOf(r: StackResourceView, path: string): string[] {
  return r.propertyDependencies[path.split(".")[0]] ?? [];
}

/**
 * Whether `child`'s property `path` points at `target`: through propertyDependencies (ids and ARNs
 * of resources being created are unknown during preview), or by equality with one of the target's
 * known literal identifiers.
 */
export function refersTo(child: StackResourceView, path: string, target: ResourceView, literals: (string | undefined)[]): boolean {
  if (depsOf(child, path).includes(target.urn)) return true;
  const vals = strs(get(child.props, path)).map((s) => s.toLowerCase());
  if (!vals.length) return false;
  return literals.some((l) => typeof l === "string" && l !== "" && vals.includes(l.toLowerCase()));
}

/** Provider inputs that are not strings reach the engine JSON-encoded (@pulumi/aws provider.js). */
export function jsonish(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const t = v.trim();
  if (!t.startsWith("{") && !t.startsWith("[")) return v;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return v;
  }
}

/** Parses a policy document given as a JSON string or an object; undefined when unreadable. */
export function policyDocument(v: unknown): Record<string, unknown> | undefined {
  const doc = jsonish(v);
  return isBag(doc) ? doc : undefined;
}

export function tagValue(r: ResourceView, key: string): string | undefined {
  const k = Object.keys(r.tags).find((t) => t.toLowerCase() === key.toLowerCase());
  return k === undefined ? undefined : r.tags[k];
}

export { isHealthData as isHealthTagged, raisedOnHealth } from "../../../core/health";

export { parseArn, type Arn } from "../../aws/lib/arn";
import { parseArn } from "../../aws/lib/arn";

const SUBSCRIPTION_RE = /\/subscriptions\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/gi;

export function subscriptionsIn(s: string): string[] {
  return [...s.matchAll(SUBSCRIPTION_RE)].map((m) => m[1].toLowerCase());
}

/**
 * The other environment an AWS account or Azure subscription belongs to, when it is listed by an
 * environment other than the stack's and not by the stack's own. Undefined when it cannot be told.
 */
export function foreignEnvironment(id: string, kind: "aws" | "azure", ctx: RuleContext): string | undefined {
  const own = ctx.environment;
  if (!own) return undefined;
  const norm = id.toLowerCase();
  const list = (d: { awsAccounts: string[]; azureSubscriptions: string[] }) => (kind === "aws" ? d.awsAccounts : d.azureSubscriptions).map((x) => x.toLowerCase());
  if (list(own.def).includes(norm)) return undefined;
  for (const [name, def] of Object.entries(ctx.profile.environments)) {
    if (name !== own.name && list(def).includes(norm)) return name;
  }
  return undefined;
}

export const S3_BUCKET_TYPES = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"] as const;

/** Literal identifiers a child resource may use for a bucket: its name and its ARN. */
export function bucketLiterals(b: ResourceView): string[] {
  const name = str(b.props.bucket);
  return name ? [name, `arn:aws:s3:::${name}`] : [];
}

/** Resources of `types` whose `prop` points at bucket `b`. */
export function bucketChildren(b: StackResourceView, resources: StackResourceView[], types: readonly string[], prop = "bucket"): StackResourceView[] {
  const lits = bucketLiterals(b);
  return resources.filter((r) => types.includes(r.type) && refersTo(r, prop, b, lits));
}

/** Stateful data stores (used by backup, lock, tag and crypto-shredding rules). */
export const AWS_STATEFUL_TYPES = [
  ...S3_BUCKET_TYPES, "aws:rds/instance:Instance", "aws:rds/cluster:Cluster", "aws:dynamodb/table:Table",
  "aws:efs/fileSystem:FileSystem", "aws:ebs/volume:Volume", "aws:docdb/cluster:Cluster", "aws:neptune/cluster:Cluster",
  "aws:redshift/cluster:Cluster", "aws:elasticache/replicationGroup:ReplicationGroup", "aws:opensearch/domain:Domain",
  "aws:elasticsearch/domain:Domain",
] as const;

export const AZURE_STATEFUL_TYPES = [
  "azure-native:storage:StorageAccount", "azure-native:sql:Server", "azure-native:sql:Database",
  "azure-native:dbforpostgresql:Server", "azure-native:dbformysql:Server", "azure-native:cosmosdb:DatabaseAccount",
  "azure-native:compute:Disk", "azure-native:recoveryservices:Vault", "azure-native:dataprotection:BackupVault",
] as const;

export type KeyVerdict = "cmk" | "absent" | "not-cmk" | "unknown";

const AWS_KEY_TYPES = ["aws:kms/key:Key", "aws:kms/replicaKey:ReplicaKey", "aws:kms/alias:Alias", "aws:kms/externalKey:ExternalKey"];

/**
 * Whether an AWS KMS key reference is a customer-managed key the hospital accepts (docs/checks.md
 * §3.2): a key declared in the stack, an allowlisted ARN, or an ARN of an allowlisted account.
 */
export function awsKeyVerdict(value: unknown, deps: string[], resources: StackResourceView[], profile: Profile): KeyVerdict {
  const stackKeys = resources.filter((r) => AWS_KEY_TYPES.includes(r.type));
  if (deps.some((u) => stackKeys.some((k) => k.urn === u))) return "cmk";
  if (isUnknown(value)) return "unknown";
  const v = str(value);
  if (v === undefined || v === "") return "absent";
  if (/(^|:)alias\/aws\//.test(v)) return "not-cmk";
  if (profile.keys.awsKmsKeyArns.includes(v)) return "cmk";
  const arn = parseArn(v);
  if (arn && profile.keys.awsKmsAccounts.includes(arn.account)) return "cmk";
  const literals = stackKeys.flatMap((k) => [str(k.props.arn), str(k.props.keyId), str(k.props.name), str(k.props.targetKeyArn)]);
  return literals.includes(v) ? "cmk" : "not-cmk";
}

const AZURE_KEY_TYPES = ["azure-native:keyvault:Key", "azure-native:keyvault:Vault", "azure-native:keyvault:ManagedHsm"];

/** Same for an Azure Key Vault key URI: allowlisted vault URI prefix, or a vault declared in the stack. */
export function azureKeyVerdict(value: unknown, deps: string[], resources: StackResourceView[], profile: Profile): KeyVerdict {
  const stackKeys = resources.filter((r) => AZURE_KEY_TYPES.includes(r.type));
  if (deps.some((u) => stackKeys.some((k) => k.urn === u))) return "cmk";
  if (isUnknown(value)) return "unknown";
  const v = str(value)?.toLowerCase();
  if (v === undefined || v === "") return "absent";
  if (profile.keys.azureKeyVaultUris.some((p) => v.startsWith(p.toLowerCase()))) return "cmk";
  const host = /^https:\/\/([a-z0-9-]+)\.(vault|managedhsm)\.azure\.net\//.exec(v)?.[1];
  const vaults = stackKeys.filter((k) => k.type !== "azure-native:keyvault:Key").map((k) => (str(k.props.vaultName) ?? str(k.props.name))?.toLowerCase());
  return host !== undefined && vaults.includes(host) ? "cmk" : "not-cmk";
}

/** Providers of a package: declared provider resources and those attached to resources, once each. */
export function providersOf(resources: StackResourceView[], pkg: string): ProviderView[] {
  const token = `pulumi:providers:${pkg}`;
  const seen = new Map<string, ProviderView>();
  for (const r of resources) {
    if (r.type === token && !seen.has(r.urn)) seen.set(r.urn, { urn: r.urn, type: r.type, name: r.name, props: r.props });
    if (r.provider?.type === token && !seen.has(r.provider.urn)) seen.set(r.provider.urn, r.provider);
  }
  return [...seen.values()];
}

/** Names of the environments listing an AWS account or Azure subscription. */
export function environmentsOwning(id: string, kind: "aws" | "azure", profile: Profile): string[] {
  const norm = id.toLowerCase();
  return Object.entries(profile.environments)
    .filter(([, d]) => (kind === "aws" ? d.awsAccounts : d.azureSubscriptions).some((x) => x.toLowerCase() === norm))
    .map(([n]) => n);
}

/** Resources the environment rules look at: cloud resources, not providers nor components. */
export function isCloudResource(type: string): boolean {
  return type.startsWith("aws:") || type.startsWith("azure-native:");
}
