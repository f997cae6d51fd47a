// Runs a rule through its real CrossGuard policy with args built the way @pulumi/policy's server
// builds them: props behind the unknown-checking proxy, a provider resource, stack tags, config.
import type { PolicyResource, ResourceValidationArgs, StackValidationArgs } from "@pulumi/policy";
import { toResourcePolicy, toStackPolicy } from "../../policies/core/crossguard";
import type { EnforcementLevel, Severity } from "../../policies/core/model";
import { installDeserializer, secretValue } from "../../policies/core/deserializer";
import { parseProfile } from "../../policies/core/profile";
import type { ResourceRule, StackRule } from "../../policies/core/rule";

// Internal to @pulumi/policy (not in its typings), but it is exactly what server.js applies.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { unknownCheckingProxy } = require("@pulumi/policy/proxy") as { unknownCheckingProxy: <T extends object>(o: T) => T };

/** What the engine sends for an unknown string during preview. */
export const UNKNOWN_STRING = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
export const UNKNOWN_BOOL = "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7";
export const UNKNOWN_NUMBER = "3eeb2bf0-c639-47a8-9e75-3b44932eb421";
export const UNKNOWN_ARRAY = "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2";
export const UNKNOWN_OBJECT = "dd056dcd-154b-4c76-9bd3-c8f88648b5ff";

export interface Reported {
  message: string;
  urn?: string;
  enforcementLevel: EnforcementLevel;
  severity: Severity;
}

export interface ResourceInput {
  type: string;
  name?: string;
  props: Record<string, unknown>;
  /** Provider props; default: the default provider of the type's package with `region: eu-west-3` / `location: francecentral`. */
  provider?: { type?: string; name?: string; props: Record<string, unknown> } | null;
  stack?: string;
  profile?: unknown;
  now?: string;
  /** Top-level properties the engine sends as secrets (config secrets, random passwords). */
  secrets?: string[];
}

/** Props as @pulumi/policy's deserializer leaves them when the engine sent `keys` as secrets. */
function deserialized(props: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const mod = { deserializeProperties: (_s: { toJavaScript(): Record<string, unknown> }, _proxySecrets: boolean) => structuredClone(props) };
  installDeserializer(mod);
  const wire = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, keys.includes(k) ? secretValue(v) : v]));
  return mod.deserializeProperties({ toJavaScript: () => wire }, false);
}

export function urnOf(stack: string, type: string, name: string): string {
  return `urn:pulumi:${stack}::hospital-app::${type}::${name}`;
}

function defaultProvider(type: string): { type: string; name: string; props: Record<string, unknown> } {
  const pkg = type.split(":")[0];
  const props = pkg === "aws" ? { region: "eu-west-3" } : pkg === "azure-native" ? { location: "francecentral" } : {};
  return { type: `pulumi:providers:${pkg}`, name: `default_${pkg}`, props };
}

function config(input: { profile?: unknown; now?: string }) {
  const cfg: Record<string, unknown> = {};
  if (input.profile !== undefined) cfg.profile = input.profile;
  if (input.now) cfg.now = input.now;
  // Validate like `profile compile` would, so a test with a broken profile fails loudly.
  if (input.profile !== undefined) parseProfile(input.profile, "test profile");
  return cfg;
}

function collector() {
  const out: Reported[] = [];
  const report = ((m: string | Reported, urn?: string) => {
    out.push(typeof m === "string" ? { message: m, urn, enforcementLevel: "mandatory", severity: "high" } : m);
  }) as unknown as Parameters<NonNullable<ReturnType<typeof toResourcePolicy>["validateResource"]> & ((...a: never[]) => unknown)>[1];
  return { out, report };
}

export function runResourceRule(rule: ResourceRule, input: ResourceInput): Reported[] {
  const policy = toResourcePolicy(rule);
  const stack = input.stack ?? "prod";
  const name = input.name ?? "res";
  const prov = input.provider === null ? undefined : { ...defaultProvider(input.type), ...input.provider };
  const args: ResourceValidationArgs = {
    type: input.type,
    props: unknownCheckingProxy(deserialized(input.props, input.secrets ?? [])),
    urn: urnOf(stack, input.type, name),
    name,
    opts: { protect: false, ignoreChanges: [], aliases: [], customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 }, additionalSecretOutputs: [] },
    stackTags: new Map(),
    isType: () => false,
    asType: () => undefined,
    getConfig: <T extends object>() => config(input) as T,
    notApplicable: () => { throw new Error("not applicable"); },
  } as unknown as ResourceValidationArgs;
  if (prov) {
    args.provider = { type: prov.type, name: prov.name, urn: urnOf(stack, prov.type, prov.name), props: unknownCheckingProxy(structuredClone(prov.props)) };
  }
  const { out, report } = collector();
  const validate = policy.validateResource as (a: ResourceValidationArgs, r: typeof report) => void;
  validate(args, report);
  return out;
}

export interface StackInputResource {
  type: string;
  name: string;
  props: Record<string, unknown>;
  provider?: { type?: string; name?: string; props: Record<string, unknown> } | null;
  parent?: string;
  dependencies?: string[];
  propertyDependencies?: Record<string, string[]>;
}

export function runStackRule(rule: StackRule, resources: StackInputResource[], opts: { stack?: string; profile?: unknown; now?: string } = {}): Reported[] {
  const policy = toStackPolicy(rule);
  const stack = opts.stack ?? "prod";
  const byName = new Map<string, PolicyResource>();
  const built: PolicyResource[] = resources.map((r) => {
    const prov = r.provider === null ? undefined : { ...defaultProvider(r.type), ...r.provider };
    const pr = {
      type: r.type, name: r.name, urn: urnOf(stack, r.type, r.name),
      props: unknownCheckingProxy(structuredClone(r.props)),
      opts: {}, dependencies: [], propertyDependencies: {},
      provider: prov ? { type: prov.type, name: prov.name, urn: urnOf(stack, prov.type, prov.name), props: unknownCheckingProxy(structuredClone(prov.props)) } : undefined,
      isType: () => false, asType: () => undefined,
    } as unknown as PolicyResource;
    byName.set(r.name, pr);
    return pr;
  });
  resources.forEach((r, i) => {
    const pr = built[i] as unknown as { parent?: PolicyResource; dependencies: PolicyResource[]; propertyDependencies: Record<string, PolicyResource[]> };
    const look = (n: string) => {
      const x = byName.get(n);
      if (!x) throw new Error(`test stack: unknown resource name ${n}`);
      return x;
    };
    if (r.parent) pr.parent = look(r.parent);
    pr.dependencies = (r.dependencies ?? []).map(look);
    pr.propertyDependencies = Object.fromEntries(Object.entries(r.propertyDependencies ?? {}).map(([k, v]) => [k, v.map(look)]));
  });
  const args = {
    resources: built,
    stackTags: new Map(),
    getConfig: <T extends object>() => config(opts) as T,
  } as unknown as StackValidationArgs;
  const { out, report } = collector();
  const validate = policy.validateStack as (a: StackValidationArgs, r: typeof report) => void;
  validate(args, report);
  return out;
}
