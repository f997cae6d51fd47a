import { violation, type StackRule, type Violation } from "../../core/rule";
import { isUnknown } from "../../core/unknown";
import { bucketChildren, ofType, ref, S3_BUCKET_TYPES } from "./lib/links";

const FLAGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"] as const;
const PAB = ["aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock"];
const ACCOUNT_PAB = "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock";

export const rule: StackRule = {
  kind: "stack",
  name: "aws-s3-public-access-block",
  clauses: ["O-12.3.12"],
  severity: "critical",
  family: "D",
  scope: "core",
  description: {
    fr: "Chaque bucket S3 est couvert par un blocage d'accès public (bucket ou compte) dont les 4 options sont actives",
    en: "Every S3 bucket is covered by a public access block (bucket or account) with all 4 flags on",
  },
  remediation: {
    fr: "Déclarer une BucketPublicAccessBlock (ou AccountPublicAccessBlock) avec blockPublicAcls, blockPublicPolicy, ignorePublicAcls et restrictPublicBuckets à true",
    en: "Declare a BucketPublicAccessBlock (or AccountPublicAccessBlock) with blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets set to true",
  },
  check(resources) {
    const fullyOn = (r: { props: Record<string, unknown> }) => FLAGS.every((f) => r.props[f] === true);
    if (resources.some((r) => r.type === ACCOUNT_PAB && fullyOn(r))) return [];
    const out: Violation[] = [];
    for (const b of ofType(resources, S3_BUCKET_TYPES)) {
      const pabs = bucketChildren(b, resources, PAB);
      if (pabs.some(fullyOn)) continue;
      const unknown = pabs.flatMap((p) => FLAGS.filter((f) => isUnknown(p.props[f])));
      const off = pabs.flatMap((p) => FLAGS.filter((f) => !isUnknown(p.props[f]) && p.props[f] !== true));
      out.push(pabs.length === 0
        ? violation(`bucket ${b.name} sans blocage d'accès public`, `bucket ${b.name} has no public access block`, ref(b))
        : off.length
          ? violation(`bucket ${b.name} : blocage d'accès public incomplet (${[...new Set(off)].join(", ")} ≠ true)`, `bucket ${b.name}: incomplete public access block (${[...new Set(off)].join(", ")} ≠ true)`, ref(b))
          : violation(`bucket ${b.name} : options du blocage d'accès public inconnues (${[...new Set(unknown)].join(", ")})`, `bucket ${b.name}: public access block flags unknown (${[...new Set(unknown)].join(", ")})`, ref(b)));
    }
    return out;
  },
};
