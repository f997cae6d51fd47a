// Every Azure (azure-native v3) resource rule, one per file.
import type { Rule } from "../../core/rule";

export const azureRules: Rule[] = [];
