// Health-data classification for AWS rules (the shared definition is policies/core/health.ts).
import { classificationTag, isHealthData as isHealth } from "../../../core/health";
import type { ResourceView, RuleContext } from "../../../core/rule";

export function classification(r: ResourceView, ctx: RuleContext): string | undefined {
  return classificationTag(r, ctx.profile);
}

export function isHealthData(r: ResourceView, ctx: RuleContext): boolean {
  return isHealth(r, ctx.profile);
}
