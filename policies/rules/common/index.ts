// Rules that span providers (AI declarations, sovereignty), one per file.
import type { Rule } from "../../core/rule";
import { rule as aiComponentDeclared } from "./ai/ai-component-declared";
import { rule as aiNoUnacceptableRisk } from "./ai/ai-no-unacceptable-risk";
import { rule as aiSovereignCloud } from "./ai/ai-sovereign-cloud";

export const commonRules: Rule[] = [
  aiComponentDeclared,
  aiNoUnacceptableRisk,
  aiSovereignCloud,
];
