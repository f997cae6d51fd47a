import type { Rule } from "../core/rule";
import { awsRules } from "./aws";
import { azureRules } from "./azure";
import { commonRules } from "./common";
import { stackRules } from "./stack";

/** All rules of the pack, in catalog order. */
export const allRules: Rule[] = [...awsRules, ...azureRules, ...commonRules, ...stackRules];
