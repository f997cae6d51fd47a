// KMS key specs: `customerMasterKeySpec` on aws.kms.Key, `keySpec` on aws.kms.ExternalKey.
import { str } from "../../../core/props";
import type { ResourceView } from "../../../core/rule";

export const KMS_KEY_TYPES = ["aws:kms/key:Key", "aws:kms/externalKey:ExternalKey"];

/** RGS B1: 2048-bit RSA moduli are accepted until the end of 2030 only. */
export const RSA_2048_UNTIL = Date.parse("2030-12-31T23:59:59Z");

export function keySpec(r: ResourceView): { prop: string; spec: string } | undefined {
  for (const prop of ["customerMasterKeySpec", "keySpec"]) {
    const spec = str(r.props[prop]);
    if (spec) return { prop, spec: spec.toUpperCase() };
  }
  return undefined;
}
