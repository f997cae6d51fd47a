// Rules are small pure predicates over plain data: a resource view (or the whole stack) and a
// context in, violations out. Pulumi and gRPC plumbing stays in crossguard.ts.
import type { ResolvedEnvironment } from "./environment";
import type { Basis, Bilingual, ResourceRef, RuleMeta, Severity } from "./model";
import type { Bag } from "./props";
import type { Profile } from "./profile";

export interface ProviderView {
  urn: string;
  type: string;
  name: string;
  props: Bag;
}

export interface ResourceView extends ResourceRef {
  props: Bag;
  provider?: ProviderView;
  /** Resource tags merged over the AWS provider's defaultTags; string values only. */
  tags: Record<string, string>;
  /** Top-level properties the engine sent as secrets (core/deserializer.ts); absent when none. */
  secrets?: string[];
}

export interface StackResourceView extends ResourceView {
  parent?: string;
  dependencies: string[];
  propertyDependencies: Record<string, string[]>;
}

export interface RuleContext {
  profile: Profile;
  stack: string;
  environment?: ResolvedEnvironment;
  isProd: boolean;
  now: Date;
}

export interface Violation {
  message: Bilingual;
  /** For stack rules: the resource concerned (null for stack-wide findings). */
  resource?: ResourceRef | null;
  /** Overrides the rule's severity for this finding (e.g. raised on health data). */
  severity?: Severity;
  /**
   * Lowers the rule's basis for this finding only (e.g. a customer key on a disk holding no personal
   * data is good practice where the rule's clause covers stores of personal data). Never raises it.
   */
  basis?: Basis;
  /** Properties that could not be verified (unknown during preview): see core/unknown.ts. */
  unknown?: string[];
}

export interface ResourceRule extends RuleMeta {
  kind: "resource";
  basis: Basis;
  /** Resource tokens; a trailing `*` matches a prefix (`aws:*`, `aws:bedrock/*`). */
  types: string[];
  /**
   * Properties (paths or prefixes) whose unknown value the rule reads on purpose: an output of a
   * resource the stack creates (a key, a disk encryption set, a network), or a gap another policy
   * reports. Reads of other unknown properties make the edge report the policy as unverified.
   * Indices are written `[]` (`ingress[].cidrBlocks`); `*.kmsKeyId` matches the name at any depth.
   */
  unknownHandled?: string[];
  check(r: ResourceView, ctx: RuleContext): Violation[];
}

export interface StackRule extends RuleMeta {
  kind: "stack";
  basis: Basis;
  check(resources: StackResourceView[], ctx: RuleContext): Violation[];
}

export type Rule = ResourceRule | StackRule;

export function appliesTo(rule: ResourceRule, type: string): boolean {
  return rule.types.some((t) => (t.endsWith("*") ? type.startsWith(t.slice(0, -1)) : t === type));
}

/** The CCTP's backup retention for this stack (prodMin in production), if the profile sets one. */
export function backupMinimum(ctx: RuleContext): number | undefined {
  const { min, prodMin } = ctx.profile.backupRetentionDays;
  return ctx.isProd ? (prodMin ?? min) : min;
}

/** Shorthand for a violation carrying both languages. */
export function violation(fr: string, en: string, resource?: ResourceRef | null): Violation {
  return resource === undefined ? { message: { fr, en } } : { message: { fr, en }, resource };
}
