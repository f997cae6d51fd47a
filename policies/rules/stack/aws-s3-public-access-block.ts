import { defaultHolds, providerDefault } from "../../core/provider-defaults";
import { violation, type StackResourceView, type StackRule, type Violation } from "../../core/rule";
import { isUnknown, unverified } from "../../core/unknown";
import { bucketChildren, ofType, ref, S3_BUCKET_TYPES } from "./lib/links";
import { publicGrant } from "./lib/s3-public-grants";

const FLAGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"] as const;
const PAB = ["aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock"];
const ACCOUNT_PAB = "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock";

/** Flags a declared block leaves open: omitted ones are false (provider default), unknown ones are unverified. */
function opened(block: StackResourceView): { off: string[]; unknown: string[] } {
  const omitted = providerDefault("aws.s3.publicAccessBlock.flagOmitted");
  const value = (f: string) => (block.props[f] === undefined ? omitted : block.props[f]);
  return {
    off: FLAGS.filter((f) => !isUnknown(value(f)) && value(f) !== true),
    unknown: FLAGS.filter((f) => isUnknown(value(f))),
  };
}

/**
 * An opened block is what lets a public policy or ACL take effect: blocking where the bucket has
 * one (or one not readable yet). On a bucket that grants nobody access, nothing is exposed: a
 * safeguard removed, good practice to restore.
 */
function openedBlock(b: StackResourceView, p: StackResourceView, off: string[], grant: "public" | "private" | "unknown"): Violation {
  const v = violation(`bucket ${b.name} : blocage d'accès public ouvert par ${p.name} (${off.join(", ")} ≠ true)`, `bucket ${b.name}: public access block opened by ${p.name} (${off.join(", ")} ≠ true)`, ref(b));
  if (grant !== "private") return v;
  const message = { fr: `${v.message.fr} ; aucune politique ni ACL ne le rend public : garde-fou retiré`, en: `${v.message.en}; no policy or ACL makes it public: a safeguard removed` };
  return { ...v, message, basis: { kind: "practice" } };
}

export const rule: StackRule = {
  kind: "stack",
  name: "aws-s3-public-access-block",
  clauses: ["O-12.3.12"],
  severity: "critical",
  basis: { kind: "clause", text: "garantir un accès aux données aux seules personnes habilitées" },
  family: "D",
  scope: "core",
  description: {
    fr: "Aucun blocage d'accès public S3 (bucket ou compte) n'est ouvert explicitement (S3 bloque l'accès public des nouveaux buckets depuis avril 2023) ; sur un bucket qu'aucune politique ni ACL ne rend public, bonne pratique",
    en: "No S3 public access block (bucket or account) is explicitly opened (S3 blocks public access on new buckets since April 2023); good practice on a bucket no policy or ACL makes public",
  },
  remediation: {
    fr: "Retirer la BucketPublicAccessBlock (le défaut S3 bloque tout) ou mettre ses 4 options à true ; ne pas désactiver le blocage au niveau du compte",
    en: "Remove the BucketPublicAccessBlock (the S3 default blocks everything) or set its 4 options to true; do not turn the account-level block off",
  },
  check(resources, ctx) {
    const out: Violation[] = [];
    for (const acct of resources.filter((r) => r.type === ACCOUNT_PAB)) {
      const { off, unknown } = opened(acct);
      if (off.length) out.push(violation(`blocage d'accès public du compte ouvert (${off.join(", ")} ≠ true)`, `account public access block opened (${off.join(", ")} ≠ true)`, ref(acct)));
      else if (unknown.length) out.push(unverified(unknown, ref(acct)));
    }
    const judged = new Set<string>();
    for (const b of ofType(resources, S3_BUCKET_TYPES)) {
      const pabs = bucketChildren(b, resources, PAB);
      pabs.forEach((p) => judged.add(p.urn));
      // Without a block of its own the bucket keeps the S3 default (all four settings on).
      if (!pabs.length) {
        if (!defaultHolds("aws.s3.bucket.publicAccessBlocked", ctx.now)) out.push(violation(`bucket ${b.name} sans blocage d'accès public`, `bucket ${b.name} has no public access block`, ref(b)));
        continue;
      }
      for (const p of pabs) {
        const { off, unknown } = opened(p);
        if (off.length) out.push(openedBlock(b, p, off, publicGrant(b, resources)));
        else if (unknown.length) out.push(unverified(unknown.map((f) => `${p.name}.${f}`), ref(b)));
      }
    }
    // A block on a bucket this stack does not declare is judged on its own.
    for (const p of ofType(resources, PAB).filter((r) => !judged.has(r.urn))) {
      const { off, unknown } = opened(p);
      if (off.length) out.push(violation(`blocage d'accès public ${p.name} ouvert (${off.join(", ")} ≠ true)`, `public access block ${p.name} opened (${off.join(", ")} ≠ true)`, ref(p)));
      else if (unknown.length) out.push(unverified(unknown, ref(p)));
    }
    return out;
  },
};
