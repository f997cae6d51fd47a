// The one advisory a policy gives when its input is unknown during preview (policies/core/unknown.ts).
import { expect } from "vitest";
import type { Reported } from "../helpers/policy-harness";

/** Exactly one advisory, naming each property that could not be verified and saying `pulumi up` decides. */
export function expectUnverified(out: Reported[], ...paths: string[]): void {
  expect(out).toHaveLength(1);
  expect(out[0].enforcementLevel).toBe("advisory");
  expect(out[0].message).toContain("pulumi up");
  for (const p of paths) expect(out[0].message).toContain(`\`${p}\``);
}

/** The CCTP figures of the example hospital (stacks/hospital-profile.yaml): the profile, not the pack, sets them. */
export const CCTP = { logRetentionDays: { min: 180, max: 365 }, backupRetentionDays: { min: 7, prodMin: 30 } };
