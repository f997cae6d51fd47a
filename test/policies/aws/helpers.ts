// Shorthands for the AWS rule tests (the real CrossGuard path is test/helpers/policy-harness.ts).
import type { ResourceRule } from "../../../policies/core/rule";
import { runResourceRule, type ResourceInput, type Reported } from "../../helpers/policy-harness";

export function run(rule: ResourceRule, type: string, props: Record<string, unknown>, extra: Partial<ResourceInput> = {}): Reported[] {
  return runResourceRule(rule, { type, props, ...extra });
}

/** A customer-managed key ARN (any literal key passes when the profile lists no allowed keys). */
export const CMK = "arn:aws:kms:eu-west-3:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
export const AWS_MANAGED = "alias/aws/ebs";
/** A profile that allows only the keys of account 111122223333. */
export const STRICT_KEYS = { keys: { awsKmsAccounts: ["111122223333"] } };
export const OTHER_ACCOUNT_KEY = "arn:aws:kms:eu-west-3:999988887777:key/abcd";
export const HEALTH_TAGS = { "data-classification": "health" };
