// Every stack rule (families E, F, G and cross-resource checks), one per file.
import type { Rule } from "../../core/rule";

export const stackRules: Rule[] = [];
