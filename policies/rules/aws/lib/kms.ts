// "CMK-allowlisted" key references (docs/checks.md §3.2): customer-managed KMS keys only, never the
// AWS-managed `alias/aws/*` keys nor the service-owned default used when no key is given.
import type { Profile } from "../../../core/profile";
import { violation, type Violation } from "../../../core/rule";
import { isUnknown } from "../../../core/unknown";
import { parseArn } from "./arn";

export type KeyVerdict = "cmk" | "absent" | "aws-managed" | "not-allowlisted";

export function keyVerdict(ref: unknown, profile: Profile): KeyVerdict {
  // An unknown reference during preview is the ARN/id output of a key declared in the stack:
  // the only way a key reference is computed (literal keys are known), so it counts as a CMK.
  if (isUnknown(ref)) return "cmk";
  if (typeof ref !== "string" || ref.trim() === "") return "absent";
  const key = ref.trim();
  const arn = parseArn(key);
  const resource = arn ? arn.resource : key;
  if (/^alias\/aws\//i.test(resource)) return "aws-managed";
  const { awsKmsKeyArns, awsKmsAccounts } = profile.keys;
  if (awsKmsKeyArns.length === 0 && awsKmsAccounts.length === 0) return "cmk";
  if (awsKmsKeyArns.includes(key)) return "cmk";
  if (arn && awsKmsAccounts.includes(arn.account)) return "cmk";
  return "not-allowlisted";
}

/** One violation naming `prop` when its key reference is not a CMK; none otherwise. */
export function cmkViolations(prop: string, ref: unknown, profile: Profile): Violation[] {
  const v = keyVerdict(ref, profile);
  if (v === "cmk") return [];
  if (v === "absent") {
    return [violation(
      `\`${prop}\` absent : le chiffrement utilise une clé gérée par AWS et non une clé KMS maîtrisée (CMK)`,
      `\`${prop}\` is absent: encryption uses an AWS-managed key, not a customer-managed KMS key (CMK)`)];
  }
  const shown = String(ref);
  if (v === "aws-managed") {
    return [violation(
      `\`${prop}\` = ${shown} est une clé gérée par AWS (alias/aws/*), pas une CMK`,
      `\`${prop}\` = ${shown} is an AWS-managed key (alias/aws/*), not a CMK`)];
  }
  return [violation(
    `\`${prop}\` = ${shown} n'est pas dans les clés KMS autorisées du profil (keys.awsKmsKeyArns / keys.awsKmsAccounts)`,
    `\`${prop}\` = ${shown} is not among the profile's allowed KMS keys (keys.awsKmsKeyArns / keys.awsKmsAccounts)`)];
}
