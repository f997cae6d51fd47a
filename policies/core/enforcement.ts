// Grounded enforcement (docs/checks.md, "Enforcement grounding"): a finding blocks only when
// its severity says so AND its basis is the clause text or a value the hospital's profile sets.
import { enforcementFor, type Basis, type Bilingual, type EnforcementLevel, type RuleMeta, type Severity } from "./model";
import { isBag } from "./props";
import type { Profile } from "./profile";
import type { RuleContext } from "./rule";

function present(v: unknown): boolean {
  if (v === undefined || v === null || v === "") return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isBag(v)) return Object.values(v).some(present);
  return true;
}

/** Profile keys that always hold a value: they enable a check only when set to one value. */
const SWITCHES: Record<string, { on: unknown; hint: string }> = {
  "keys.scope": { on: "all", hint: "keys.scope: all" },
};

/** Whether the profile sets `key` (dotted; `*` matches every entry of a map, e.g. `environments.*.awsAccounts`). */
export function profileKeySet(profile: Profile, key: string): boolean {
  let level: unknown[] = [profile];
  for (const part of key.split(".")) {
    level = level.flatMap((v) => (!isBag(v) ? [] : part === "*" ? Object.values(v) : [v[part]]));
  }
  const sw = SWITCHES[key];
  return sw ? level.includes(sw.on) : level.some(present);
}

/** A practice policy the hospital made enforceable (`enforcement.raise`: policy names or families). */
export function isRaised(rule: Pick<RuleMeta, "name" | "family">, profile: Profile): boolean {
  return profile.enforcement.raise.some((x) => x === rule.name || x === rule.family);
}

/** The basis a finding stands on: the rule's, which a finding may lower but never raise above practice. */
export function findingBasis(rule: Basis, own?: Basis): Basis {
  return rule.kind === "practice" ? rule : (own ?? rule);
}

/** Critical and high always block; medium and low as the profile says (default: medium in prod). */
export function severityEnforcement(severity: Severity, ctx: RuleContext): EnforcementLevel {
  const { medium, low } = ctx.profile.enforcement;
  if (severity === "medium") return medium === "mandatory-in-prod" ? enforcementFor(severity, ctx.isProd) : medium;
  if (severity === "low") return low;
  return enforcementFor(severity, ctx.isProd);
}

export interface Decision {
  level: EnforcementLevel;
  /** Appended to the message when the basis, not the severity, made the finding advisory. */
  note?: Bilingual;
}

/** The enforcement of one finding: its severity's, capped at advisory when its basis does not allow blocking. */
export function groundedEnforcement(rule: Pick<RuleMeta, "name" | "family">, severity: Severity, basis: Basis, ctx: RuleContext): Decision {
  const level = severityEnforcement(severity, ctx);
  if (level !== "mandatory" || isRaised(rule, ctx.profile)) return { level };
  if (basis.kind === "practice") return { level: "advisory" };
  if (basis.kind === "profile" && !profileKeySet(ctx.profile, basis.key)) {
    const key = SWITCHES[basis.key]?.hint ?? basis.key;
    return {
      level: "advisory",
      note: {
        fr: `avis : le profil ne fixe pas \`${key}\` (valeur du CCTP), à renseigner pour rendre ce contrôle bloquant`,
        en: `advisory: the profile does not set \`${key}\` (a CCTP figure); set it to make this check blocking`,
      },
    };
  }
  return { level };
}
