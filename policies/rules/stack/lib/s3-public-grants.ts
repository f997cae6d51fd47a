// What makes an S3 bucket public in a stack: an open policy statement or a public canned ACL,
// on the bucket itself or on its BucketPolicy / BucketAcl resources.
import type { StackResourceView } from "../../../core/rule";
import { isUnknown } from "../../../core/unknown";
import { openToAnyone, PUBLIC_CANNED_ACLS } from "../../aws/lib/policy-doc";
import { bucketChildren } from "./links";

export const BUCKET_POLICY_TYPES = ["aws:s3/bucketPolicy:BucketPolicy"];
export const BUCKET_ACL_TYPES = ["aws:s3/bucketAcl:BucketAcl", "aws:s3/bucketAclV2:BucketAclV2"];

/** The bucket's policy documents: its inline `policy` and its BucketPolicy resources'. */
export function bucketPolicyDocs(b: StackResourceView, resources: StackResourceView[]): unknown[] {
  return [b.props.policy, ...bucketChildren(b, resources, BUCKET_POLICY_TYPES).map((p) => p.props.policy)].filter((d) => d !== undefined);
}

/**
 * "public" when a policy or ACL grants anyone access, "unknown" when one cannot be read yet.
 * `docs`: the bucket's policy documents when the caller has already read them.
 */
export function publicGrant(b: StackResourceView, resources: StackResourceView[], docs = bucketPolicyDocs(b, resources)): "public" | "private" | "unknown" {
  const acls = [b.props.acl, ...bucketChildren(b, resources, BUCKET_ACL_TYPES).map((a) => a.props.acl)].filter((a) => a !== undefined);
  if (docs.some((d) => !isUnknown(d) && openToAnyone(d).length > 0)) return "public";
  if (acls.some((a) => typeof a === "string" && PUBLIC_CANNED_ACLS.has(a))) return "public";
  return [...docs, ...acls].some(isUnknown) ? "unknown" : "private";
}
