// The default encryption of an S3 bucket, from its separate configuration resource(s) or the
// deprecated inline `serverSideEncryptionConfiguration`.
import { bags, get, isBag } from "../../../core/props";
import type { StackResourceView } from "../../../core/rule";
import { isUnknown } from "../../../core/unknown";
import { bucketChildren, depsOf } from "./links";

export const SSE_TYPES = [
  "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
];

export interface SseRule {
  algorithm: unknown;
  key: unknown;
  keyDeps: string[];
  bucketKey: unknown;
}

export interface BucketSse {
  rules: SseRule[];
  /** A configuration exists whose rules are unknown during preview. */
  unknown: boolean;
}

function toRule(r: unknown, keyDeps: string[]): SseRule | undefined {
  if (!isBag(r)) return undefined;
  return {
    algorithm: get(r, "applyServerSideEncryptionByDefault.sseAlgorithm"),
    key: get(r, "applyServerSideEncryptionByDefault.kmsMasterKeyId"),
    keyDeps,
    bucketKey: r.bucketKeyEnabled,
  };
}

export function bucketSse(b: StackResourceView, resources: StackResourceView[]): BucketSse {
  const rules: SseRule[] = [];
  let unknown = false;
  const inline = b.props.serverSideEncryptionConfiguration;
  if (isUnknown(inline) || isUnknown(get(inline, "rule"))) unknown = true;
  const inlineRule = toRule(get(inline, "rule"), depsOf(b, "serverSideEncryptionConfiguration"));
  if (inlineRule) rules.push(inlineRule);
  for (const cfg of bucketChildren(b, resources, SSE_TYPES)) {
    if (isUnknown(cfg.props.rules)) unknown = true;
    for (const r of bags(cfg.props.rules)) {
      const x = toRule(r, depsOf(cfg, "rules"));
      if (x) rules.push(x);
    }
  }
  return { rules, unknown };
}

export const isKmsAlgorithm = (a: unknown) => typeof a === "string" && ["aws:kms", "aws:kms:dsse"].includes(a.toLowerCase());

/** SSE-S3 (AES256, the default since 2023) or no configuration at all. */
export function usesSseS3(sse: BucketSse): boolean {
  return !sse.unknown && sse.rules.every((r) => !isUnknown(r.algorithm) && !isKmsAlgorithm(r.algorithm));
}
