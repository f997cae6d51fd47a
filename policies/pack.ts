// Builds the CrossGuard policy list from the rules. Importing this file starts nothing:
// index.ts is the entry that starts the analyzer server.
import type { Policies } from "@pulumi/policy";
import { toResourcePolicy, toStackPolicy, waiverHygieneRule } from "./core/crossguard";
import { allRules } from "./rules";

export const PACK_NAME = "clausier-sante";

export function buildPolicies(): Policies {
  return [
    ...allRules.map((r) => (r.kind === "resource" ? toResourcePolicy(r) : toStackPolicy(r))),
    toStackPolicy(waiverHygieneRule(allRules)),
  ];
}
