import { bags, get, num, str } from "../../core/props";
import { violation, type StackResourceView, type StackRule, type Violation } from "../../core/rule";
import { isUnknown, unverified } from "../../core/unknown";
import { bucketChildren, bucketLiterals, depsOf, ofType, ref, S3_BUCKET_TYPES, tagValue } from "./lib/links";

const LIFECYCLE = ["aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2"];
const LIFECYCLE_NAME = "BucketLifecycleConfiguration";
const OBJECT_LOCK = ["aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration", "aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2"];
const LOGGING = ["aws:s3/bucketLogging:BucketLogging", "aws:s3/bucketLoggingV2:BucketLoggingV2"];

/** Resources that write logs into a bucket, with the property naming it. */
const WRITERS: [string, string][] = [
  ["aws:cloudtrail/trail:Trail", "s3BucketName"],
  ["aws:lb/loadBalancer:LoadBalancer", "accessLogs.bucket"],
  ["aws:alb/loadBalancer:LoadBalancer", "accessLogs.bucket"],
  ...LOGGING.map((t): [string, string] => [t, "targetBucket"]),
];

/** Buckets holding logs: written to by a trail, LB or BucketLogging, or tagged clausier:role=logs. */
export function isLogBucket(b: StackResourceView, resources: StackResourceView[]): boolean {
  if (tagValue(b, "clausier:role")?.toLowerCase() === "logs") return true;
  const lits = bucketLiterals(b).map((l) => l.toLowerCase());
  return WRITERS.some(([type, path]) => resources.some((r) => r.type === type
    && (depsOf(r, path).includes(b.urn) || lits.includes((str(get(r.props, path)) ?? "").toLowerCase()))));
}

export const rule: StackRule = {
  kind: "stack",
  name: "aws-log-bucket-lifecycle",
  clauses: ["O-6.5"],
  severity: "high",
  basis: { kind: "profile", key: "logRetentionDays.max" },
  family: "F",
  scope: "core",
  description: {
    fr: "Les buckets de journaux purgent les traces au-delà de la durée légale (expiration ≤ max du profil) et aucun verrouillage COMPLIANCE ne l'empêche",
    en: "Log buckets purge traces beyond the legal duration (expiration ≤ the profile's max) and no COMPLIANCE lock prevents it",
  },
  remediation: {
    fr: "Ajouter une BucketLifecycleConfiguration active avec expiration.days ≤ logRetentionDays.max ; limiter Object Lock COMPLIANCE à cette durée",
    en: "Add an enabled BucketLifecycleConfiguration with expiration.days ≤ logRetentionDays.max; keep Object Lock COMPLIANCE within that duration",
  },
  check(resources, ctx) {
    const max = ctx.profile.logRetentionDays.max;
    const out: Violation[] = [];
    for (const b of ofType(resources, S3_BUCKET_TYPES).filter((x) => isLogBucket(x, resources))) {
      const say = (fr: string, en: string) => out.push(violation(`bucket de journaux ${b.name} : ${fr}`, `log bucket ${b.name}: ${en}`, ref(b)));
      const cfgs = bucketChildren(b, resources, LIFECYCLE);
      const rules = cfgs.flatMap((c) => bags(c.props.rules)).filter((r) => str(r.status) !== "Disabled");
      const days = rules.map((r) => get(r, "expiration.days"));
      // Without the CCTP's maximum, any expiration purges; with it, one at most that long.
      const purges = (d: unknown) => num(d) !== undefined && (max === undefined || (num(d) as number) <= max);
      if (cfgs.some((c) => isUnknown(c.props.rules)) || days.some(isUnknown)) out.push(unverified(`${LIFECYCLE_NAME}.rules`, ref(b)));
      else if (!days.some(purges)) {
        if (max === undefined) say("aucune expiration : traces conservées sans limite", "no expiration: traces kept forever");
        else say(`aucune expiration ≤ ${max} jours : traces conservées au-delà de la durée légale`, `no expiration ≤ ${max} days: traces kept beyond the legal duration`);
      }
      for (const lock of bucketChildren(b, resources, OBJECT_LOCK)) {
        const ret = get(lock.props, "rule.defaultRetention");
        if (str(get(ret, "mode")) !== "COMPLIANCE") continue;
        const lockDays = (num(get(ret, "days")) ?? 0) + (num(get(ret, "years")) ?? 0) * 365;
        if (max !== undefined && lockDays > max) say(`Object Lock COMPLIANCE de ${lockDays} jours > ${max} : purge impossible`, `Object Lock COMPLIANCE of ${lockDays} days > ${max}: purge impossible`);
      }
    }
    return out;
  },
};
