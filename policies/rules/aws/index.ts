// Every AWS resource rule, one per file.
import type { Rule } from "../../core/rule";
import { rule as awsResourceRegionAllowed } from "./all/aws-resource-region-allowed";

export const awsRules: Rule[] = [
  awsResourceRegionAllowed,
];
