// Rules that span providers (AI declarations, sovereignty), one per file.
import type { Rule } from "../../core/rule";

export const commonRules: Rule[] = [];
