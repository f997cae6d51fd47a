import { violation, type StackRule, type Violation } from "../../core/rule";
import { isUnknown, unverified } from "../../core/unknown";
import { ref } from "./lib/links";

export const TRAIL = "aws:cloudtrail/trail:Trail";

/** Settings a trail needs; `ok` accepts an absent value where the provider default is sound. */
const SETTINGS: { prop: string; ok: (v: unknown) => boolean; fr: string; en: string }[] = [
  { prop: "isMultiRegionTrail", ok: (v) => v === true, fr: "isMultiRegionTrail ≠ true", en: "isMultiRegionTrail ≠ true" },
  { prop: "includeGlobalServiceEvents", ok: (v) => v !== false, fr: "includeGlobalServiceEvents = false", en: "includeGlobalServiceEvents = false" },
  { prop: "enableLogFileValidation", ok: (v) => v === true, fr: "validation d'intégrité des journaux désactivée", en: "log file validation off" },
  { prop: "enableLogging", ok: (v) => v !== false, fr: "journalisation arrêtée (enableLogging = false)", en: "logging stopped (enableLogging = false)" },
  { prop: "kmsKeyId", ok: (v) => typeof v === "string" && v !== "", fr: "journaux non chiffrés par une clé KMS (kmsKeyId absent)", en: "logs not encrypted with a KMS key (no kmsKeyId)" },
];

export const rule: StackRule = {
  kind: "stack",
  name: "aws-cloudtrail-baseline",
  clauses: ["O-6.1", "O-9.9"],
  severity: "high",
  basis: { kind: "practice" },
  family: "F",
  scope: "core",
  description: {
    fr: "Une pile AWS de production déclare un CloudTrail multi-région, chiffré, à intégrité vérifiable et actif",
    en: "A production AWS stack declares an active, encrypted, multi-region CloudTrail with log file validation",
  },
  remediation: {
    fr: "Déclarer aws.cloudtrail.Trail avec isMultiRegionTrail, enableLogFileValidation, kmsKeyId (CMK) et sans désactiver includeGlobalServiceEvents ni enableLogging",
    en: "Declare aws.cloudtrail.Trail with isMultiRegionTrail, enableLogFileValidation, kmsKeyId (CMK) and without turning off includeGlobalServiceEvents or enableLogging",
  },
  check(resources, ctx) {
    const out: Violation[] = [];
    const trails = resources.filter((r) => r.type === TRAIL);
    if (ctx.isProd && !trails.length && resources.some((r) => r.type.startsWith("aws:"))) {
      out.push(violation("pile AWS de production sans CloudTrail", "production AWS stack without a CloudTrail", null));
    }
    for (const t of trails) {
      // A key created in the stack is unknown during preview but is a key.
      const kmsFromStack = (t.propertyDependencies.kmsKeyId ?? []).length > 0;
      for (const s of SETTINGS) {
        const v = t.props[s.prop];
        if (s.prop === "kmsKeyId" && kmsFromStack) continue;
        if (isUnknown(v)) out.push(unverified(s.prop, ref(t)));
        else if (!s.ok(v)) out.push(violation(`trail ${t.name} : ${s.fr}`, `trail ${t.name}: ${s.en}`, ref(t)));
      }
    }
    return out;
  },
};
