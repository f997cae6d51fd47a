import { get, str } from "../../core/props";
import { violation, type StackRule, type Violation } from "../../core/rule";
import { isUnknown, unverified } from "../../core/unknown";
import { bucketChildren, ofType, ref, S3_BUCKET_TYPES } from "./lib/links";
import { isLogBucket } from "./aws-log-bucket-lifecycle";

const VERSIONING = ["aws:s3/bucketVersioning:BucketVersioning", "aws:s3/bucketVersioningV2:BucketVersioningV2"];

export const rule: StackRule = {
  kind: "stack",
  name: "aws-s3-versioning",
  clauses: ["O-12.3.10"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "G",
  scope: "saas",
  description: {
    fr: "Les buckets de données sont versionnés (récupération après suppression ou écrasement)",
    en: "Data buckets are versioned (recovery after deletion or overwrite)",
  },
  remediation: { fr: "Déclarer une BucketVersioning avec versioningConfiguration.status Enabled", en: "Declare a BucketVersioning with versioningConfiguration.status Enabled" },
  check(resources) {
    const out: Violation[] = [];
    // Log buckets are purged on purpose (aws-log-bucket-lifecycle).
    for (const b of ofType(resources, S3_BUCKET_TYPES).filter((x) => !isLogBucket(x, resources))) {
      const states = [
        ...bucketChildren(b, resources, VERSIONING).map((v) => get(v.props, "versioningConfiguration.status")),
        ...(b.props.versioning !== undefined ? [get(b.props, "versioning.enabled") === true ? "Enabled" : get(b.props, "versioning.enabled")] : []),
      ];
      if (states.some((s) => str(s) === "Enabled")) continue;
      out.push(states.some(isUnknown)
        ? unverified("versioningConfiguration.status", ref(b))
        : violation(`bucket ${b.name} non versionné`, `bucket ${b.name} is not versioned`, ref(b)));
    }
    return out;
  },
};
