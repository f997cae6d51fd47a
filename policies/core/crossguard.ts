// The edge between our pure rules and @pulumi/policy: turns each rule into a CrossGuard policy,
// reads raw property bags (unknowns made visible), applies the profile and the waivers.
import type {
  PolicyProviderResource, PolicyResource, ReportViolation, ResourceValidationArgs,
  ResourceValidationPolicy, StackValidationArgs, StackValidationPolicy,
} from "@pulumi/policy";
import { stackFromUrn } from "./environment";
import { findingBasis, groundedEnforcement } from "./enforcement";
import { enforcementFor, type EnforcementLevel, type ResourceRef, type Severity } from "./model";
import { isBag, type Bag } from "./props";
import { defaultProfile, parseProfile, type Profile } from "./profile";
import { appliesTo, type ProviderView, type ResourceRule, type Rule, type RuleContext, type StackResourceView, type StackRule, type Violation } from "./rule";
import { installDeserializer, secretKeysOf } from "./deserializer";
import { foldUnknowns, watchUnknownReads, withUnknowns } from "./unknown";
import { makeContext, mergedTags } from "./view";
import { encodeViolation } from "./violation-codec";
import { findWaiver, waiverMatches, waiverProblems, waiverRef } from "./waivers";

/** @pulumi/policy's escape hatch from its unknown-checking proxy (proxy.js getSpecialProxyTarget). */
const PROXY_TARGET = "__getSpecialProxyTarget";

export function rawBag(props: unknown): Bag {
  const target = isBag(props) ? (props as Record<string, unknown>)[PROXY_TARGET] : undefined;
  const data = withUnknowns(target ?? props);
  return isBag(data) ? data : {};
}

export const WAIVER_HYGIENE_POLICY = "clausier-derogations-hygiene";

/** Config the compiled profile gives every policy (`clausier-guard profile compile`). */
export interface PolicyConfig {
  profile?: unknown;
  now?: string;
}

const profileCache = new WeakMap<object, Profile>();
/** Every policy receives its own copy of the same profile: parse (validate, merge) each content once. */
const profileByText = new Map<string, Profile>();

/** The profile from a policy's config, parsed once per config object and once per content. */
export function profileFromConfig(cfg: PolicyConfig): Profile {
  const raw = cfg.profile;
  if (!isBag(raw)) return defaultProfile();
  let p = profileCache.get(raw);
  if (!p) {
    const text = JSON.stringify(raw);
    p = profileByText.get(text);
    if (!p) {
      p = parseProfile(raw, "--policy-pack-config");
      if (profileByText.size > 16) profileByText.clear();
      profileByText.set(text, p);
    }
    profileCache.set(raw, p);
  }
  return p;
}

function contextFor(cfg: PolicyConfig, stack: string): RuleContext {
  return makeContext(stack, profileFromConfig(cfg), cfg.now ? new Date(cfg.now) : new Date());
}

function providerView(p: PolicyProviderResource | undefined): ProviderView | undefined {
  return p ? { urn: p.urn, type: p.type, name: p.name, props: rawBag(p.props) } : undefined;
}

// Before the analyzer server deserializes anything: once per Struct, recording secrets.
installDeserializer();

/** Frozen, so that sharing one view between the stack policies of a request cannot leak a change. */
function deepFreeze<T>(v: T): T {
  if (typeof v === "object" && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

/**
 * Each stack policy receives the same resources again (@pulumi/policy builds them per policy, over
 * the one deserialized bag per resource: core/deserializer.ts), so a view is built once per bag.
 */
const viewByBag = new WeakMap<object, StackResourceView>();

export function stackViews(resources: PolicyResource[]): StackResourceView[] {
  return resources.map((r) => {
    const bag = isBag(r.props) ? (r.props as Record<string, unknown>)[PROXY_TARGET] : undefined;
    const key = isBag(bag) ? bag : undefined;
    const hit = key && viewByBag.get(key);
    if (hit && hit.urn === r.urn) return hit;
    const view = deepFreeze(stackView(r));
    if (key) viewByBag.set(key, view);
    return view;
  });
}

function stackView(r: PolicyResource): StackResourceView {
  const props = rawBag(r.props);
  const provider = providerView(r.provider);
  const deps: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(r.propertyDependencies ?? {})) deps[k] = v.map((d) => d.urn);
  const secrets = secretKeysOf(r.props, PROXY_TARGET);
  return {
    urn: r.urn, type: r.type, name: r.name, props, provider, tags: mergedTags(props, provider),
    parent: r.parent?.urn, dependencies: (r.dependencies ?? []).map((d) => d.urn), propertyDependencies: deps,
    ...(secrets.length ? { secrets } : {}),
  };
}

function stackOf(views: StackResourceView[]): string {
  const first = views.find((v) => v.urn.startsWith("urn:pulumi:"));
  return first ? stackFromUrn(first.urn) : "";
}

const configSchema = {
  properties: {
    profile: { type: "object" as const, description: "The compiled hospital profile (clausier-guard profile compile)." },
    now: { type: "string" as const, description: "Evaluation date (ISO 8601), for reproducible waiver expiry." },
  },
};

function common(rule: Rule) {
  return {
    name: rule.name,
    description: `[${rule.clauses.join(", ")}] ${rule.description.fr} / ${rule.description.en}`,
    // Per-violation levels are computed in report(); this is what the CLI lists for the policy.
    enforcementLevel: enforcementFor(rule.severity, true),
    severity: rule.severity,
    remediationSteps: `FR: ${rule.remediation.fr}\nEN: ${rule.remediation.en}`,
    framework: { name: "Clausier conformité numérique (Club RSSI Santé)", version: "2025-v3", reference: rule.clauses.join(", "), specification: rule.description.en },
    tags: [`family:${rule.family}`, `scope:${rule.scope}`, ...rule.clauses],
    configSchema,
  };
}

/**
 * @pulumi/policy 1.21's reportViolation also takes an object carrying its own enforcement level
 * and severity (server.js makeReportViolationFun): that is how a waived finding stays visible as
 * advisory, and how a medium finding is mandatory in production only.
 */
interface ViolationReport {
  message: string;
  urn?: string;
  enforcementLevel: EnforcementLevel;
  severity: Severity;
}
type ObjectReport = (v: ViolationReport) => void;


function report(rule: Rule, v: Violation, reportViolation: ReportViolation, ctx: RuleContext, res: ResourceRef | null | undefined): void {
  const severity = v.severity ?? rule.severity;
  const target = { rule: rule.name, clauses: rule.clauses, stack: ctx.stack, resourceUrn: res?.urn, resourceName: res?.name };
  const waiver = findWaiver(ctx.profile, target, ctx.now);
  // An input unknown during preview is reported, never blocking: the same policy decides at `pulumi up`.
  const decision = v.unknown?.length ? { level: "advisory" as const } : groundedEnforcement(rule, severity, findingBasis(rule.basis, v.basis), ctx);
  const text = decision.note ? { fr: `${v.message.fr} (${decision.note.fr})`, en: `${v.message.en} (${decision.note.en})` } : v.message;
  const message = encodeViolation({ clauses: rule.clauses, message: text, severity, ...(waiver ? { waiver: waiverRef(waiver) } : {}), ...(v.unknown?.length ? { unknown: v.unknown } : {}) });
  // A waived finding stays visible, as advisory.
  const out: ViolationReport = { message, enforcementLevel: waiver ? "advisory" : decision.level, severity };
  if (v.resource) out.urn = v.resource.urn;
  (reportViolation as unknown as ObjectReport)(out);
}

export function toResourcePolicy(rule: ResourceRule): ResourceValidationPolicy {
  const validateResource = (args: ResourceValidationArgs, reportViolation: ReportViolation) => {
    if (!appliesTo(rule, args.type)) return;
    const ctx = contextFor(args.getConfig<PolicyConfig>(), stackFromUrn(args.urn));
    const props = rawBag(args.props);
    const provider = providerView(args.provider);
    const watched = watchUnknownReads(props, rule.unknownHandled);
    const secrets = secretKeysOf(args.props, PROXY_TARGET);
    const view = { urn: args.urn, type: args.type, name: args.name, props: watched.bag, provider, tags: mergedTags(props, provider), ...(secrets.length ? { secrets } : {}) };
    const found = rule.check(view, ctx);
    for (const v of foldUnknowns(found, [...watched.reads])) report(rule, v, reportViolation, ctx, view);
  };
  // @pulumi/policy (server.js makeAnalyzeRpcFun) skips a policy whose function carries the one type
  // it checks (what validateResourceOfType sets) before deserializing the resource's properties.
  if (rule.types.length === 1 && !rule.types[0].endsWith("*")) Object.assign(validateResource, { __pulumiType: rule.types[0] });
  return { ...common(rule), validateResource };
}

export function toStackPolicy(rule: StackRule): StackValidationPolicy {
  return {
    ...common(rule),
    validateStack: (args: StackValidationArgs, reportViolation) => {
      const views = stackViews(args.resources);
      const ctx = contextFor(args.getConfig<PolicyConfig>(), stackOf(views));
      for (const v of foldUnknowns(rule.check(views, ctx))) report(rule, v, reportViolation, ctx, v.resource);
    },
  };
}

/** Ids of the waivers that match at least one finding of the stack, whatever their status. */
export function matchedWaivers(rules: Rule[], views: StackResourceView[], ctx: RuleContext): Set<string> {
  const matched = new Set<string>();
  const take = (rule: Rule, res: ResourceRef | null | undefined) => {
    const target = { rule: rule.name, clauses: rule.clauses, stack: ctx.stack, resourceUrn: res?.urn, resourceName: res?.name };
    for (const w of ctx.profile.waivers) if (waiverMatches(w, target)) matched.add(w.id);
  };
  for (const rule of rules) {
    if (rule.kind === "stack") {
      for (const v of rule.check(views, ctx)) take(rule, v.resource);
    } else {
      for (const r of views) if (appliesTo(rule, r.type) && rule.check(r, ctx).length) take(rule, r);
    }
  }
  return matched;
}

/** Expired, unapproved, empty or unused waivers, as a stack rule (the rules re-run to know what matched). */
export function waiverHygieneRule(rules: Rule[]): StackRule {
  return {
    kind: "stack",
    name: WAIVER_HYGIENE_POLICY,
    clauses: ["O-12.5.1"],
    severity: "medium",
    family: "dérogations",
    scope: "core",
    basis: { kind: "profile", key: "waivers" },
    description: { fr: "Les dérogations du profil sont approuvées, en cours de validité et utilisées", en: "The profile's waivers are approved, unexpired and used" },
    remediation: { fr: "Corriger ou retirer la dérogation dans le profil", en: "Fix or remove the waiver in the profile" },
    check(views, ctx) {
      if (!ctx.profile.waivers.length) return [];
      return waiverProblems(ctx.profile, matchedWaivers(rules, views, ctx), ctx.now, ctx.stack).map((p) => ({ message: p.message, resource: null }));
    },
  };
}
