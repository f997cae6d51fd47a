// The hospital profile: the single source of a hospital's choices. Pure data and validation;
// reading the file lives in profile-file.ts.
import Ajv, { type ErrorObject } from "ajv";
import { AWS_EU_OTHER, AWS_FRANCE, AZURE_EU_OTHER, AZURE_FRANCE } from "./regions";
import { SCOPES, type Scope, type Severity, type Waiver } from "./model";
import { parseCidr } from "./network";

export interface EnvironmentDef {
  stacks: string[];
  awsAccounts: string[];
  azureSubscriptions: string[];
  production: boolean;
}

export interface Profile {
  hospital: string;
  scopes: Scope[];
  regions: {
    aws: string[];
    azure: string[];
    awsEu: string[];
    azureEu: string[];
    awsHds: string[];
    azureHds: string[];
  };
  keys: {
    awsKmsKeyArns: string[];
    awsKmsAccounts: string[];
    azureKeyVaultUris: string[];
    /** Where customer-managed keys are mandatory: stores of personal data (O-8.4), or every store. */
    scope: "personal-data" | "all";
    /** The CCTP's key rotation period; unset, rotation checks are advisory. */
    rotationDays?: number;
  };
  adminCidrs: string[];
  vendorMaintenanceCidrs: string[];
  adminPorts: number[];
  environments: Record<string, EnvironmentDef>;
  tags: {
    environment: string;
    aiDeclaration: string;
    dataClassification: string;
  };
  healthDataTagValues: string[];
  /** The CCTP's figures (O-6.5, O-12.3.8): the clausier sets none, so unset means advisory checks. */
  logRetentionDays: { min?: number; max?: number };
  backupRetentionDays: { min?: number; prodMin?: number };
  sovereignClouds: string[];
  sovereignWaiver: { approvedBy: string; date: string; scope: string } | null;
  deprecatedRuntimes: string[];
  /** The hospital's audit principals (O-12.3.7 / O-12.4.3): AWS account ids or ARNs, Azure object ids. */
  auditPrincipals: { aws: string[]; azure: string[] };
  /** Allowed OIDC issuers (Pro Santé Connect, the hospital's IdP) for health professionals' sign-in. */
  pscIssuers: string[];
  /** Enforcement of the policies below high (critical and high are always mandatory). */
  /** `raise`: good-practice policies (names or families A..K) the hospital makes enforceable. */
  enforcement: { medium: "mandatory" | "advisory" | "mandatory-in-prod"; low: "mandatory" | "advisory"; raise: string[] };
  approvers: string[];
  waivers: Waiver[];
  /** A waiver expiring further away than this many days is a waiver-hygiene finding. */
  waiverMaxDays: number;
  gate: GateSettings;
}

export interface GateSettings {
  /** Findings at or above this severity block the pull request. */
  blockAt: Severity;
  allowedRegistries: string[];
  installScriptsAllowlist: string[];
  licenceAllowlist: string[];
  hospitalDomains: string[];
  internalHostSuffixes: string[];
  cvss: { minorBelow: number; highFrom: number; criticalFrom: number; highDays: number; criticalDays: number };
  timeoutSeconds: number;
  commitSignatures: "advisory" | "mandatory" | "off";
  /** Local OSV database folder (absolute; holds npm/all.zip): osv-scanner runs offline from it. */
  osvDatabase?: string;
  /** Path globs the gate does not scan (listed in every output); the tool adds none of its own. */
  exclude: string[];
  /** Path globs whose files may stay unscanned (too large, unparsable) without making the verdict `error`. */
  notScannedAllowed: string[];
  /** `// nosemgrep`, `gitleaks:allow` and security `eslint-disable` silence findings only when true. */
  honourInlineSuppressions: boolean;
  /** Path globs where the hospital accepts third-party bundles: there, a file whose content is a bundle skips the SAST rules. */
  vendoredPaths: string[];
}

export const DEFAULT_ADMIN_PORTS = [22, 3389, 5985, 5986, 1433, 1521, 3306, 5432, 6379, 9200, 5601, 27017, 2375, 2376, 6443, 10250, 8443, 9090];

export function defaultProfile(): Profile {
  return {
    hospital: "",
    scopes: [...SCOPES],
    regions: {
      aws: [...AWS_FRANCE],
      azure: [...AZURE_FRANCE],
      awsEu: [...AWS_EU_OTHER],
      azureEu: [...AZURE_EU_OTHER],
      awsHds: [...AWS_FRANCE],
      azureHds: [...AZURE_FRANCE],
    },
    keys: { awsKmsKeyArns: [], awsKmsAccounts: [], azureKeyVaultUris: [], scope: "personal-data" },
    adminCidrs: [],
    vendorMaintenanceCidrs: [],
    adminPorts: [...DEFAULT_ADMIN_PORTS],
    environments: {
      prod: { stacks: ["prod*", "prd*", "production*"], awsAccounts: [], azureSubscriptions: [], production: true },
      preprod: { stacks: ["preprod*", "staging*", "recette*", "qualif*"], awsAccounts: [], azureSubscriptions: [], production: false },
      dev: { stacks: ["dev*", "test*", "ci*", "sandbox*"], awsAccounts: [], azureSubscriptions: [], production: false },
    },
    tags: { environment: "environment", aiDeclaration: "ai-declaration", dataClassification: "data-classification" },
    healthDataTagValues: ["health", "sante", "santé", "hds"],
    logRetentionDays: {},
    backupRetentionDays: {},
    sovereignClouds: [],
    sovereignWaiver: null,
    deprecatedRuntimes: ["nodejs18.x", "python3.9"],
    auditPrincipals: { aws: [], azure: [] },
    pscIssuers: [],
    enforcement: { medium: "mandatory-in-prod", low: "advisory", raise: [] },
    approvers: [],
    waivers: [],
    waiverMaxDays: 365,
    gate: {
      blockAt: "high",
      allowedRegistries: ["registry.npmjs.org"],
      installScriptsAllowlist: ["esbuild", "protobufjs"],
      licenceAllowlist: ["MIT", "ISC", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "0BSD", "CC0-1.0", "Unlicense", "BlueOak-1.0.0", "Python-2.0", "MIT-0"],
      hospitalDomains: [],
      internalHostSuffixes: [".local", ".lan", ".internal", ".intra", ".corp"],
      cvss: { minorBelow: 7.0, highFrom: 7.0, criticalFrom: 9.0, highDays: 90, criticalDays: 30 },
      timeoutSeconds: 600,
      commitSignatures: "advisory",
      exclude: [],
      notScannedAllowed: [],
      honourInlineSuppressions: false,
      vendoredPaths: [],
    },
  };
}

const str = { type: "string", minLength: 1 } as const;
const strList = { type: "array", items: str } as const;
const cidrList = { type: "array", items: { type: "string", format: "cidr" } } as const;
const regionList = { type: "array", items: { type: "string", pattern: "^[a-z]{2,}(-[a-z]+)*(-[a-z]+-\\d+)?$|^[a-z]+[0-9]*$" } } as const;
const awsRegionList = { type: "array", items: { type: "string", pattern: "^[a-z]{2,5}(-[a-z]+)+-\\d+$" } } as const;
const days = { type: "integer", minimum: 1, maximum: 36500 } as const;
const date = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" } as const;

/** JSON Schema of the profile file (also printed by `clausier-guard profile schema`). */
export const PROFILE_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "Clausier Guard hospital profile",
  type: "object",
  additionalProperties: false,
  properties: {
    hospital: { type: "string" },
    scopes: { type: "array", items: { enum: [...SCOPES] }, uniqueItems: true },
    regions: {
      type: "object", additionalProperties: false,
      properties: { aws: awsRegionList, azure: regionList, awsEu: awsRegionList, azureEu: regionList, awsHds: awsRegionList, azureHds: regionList },
    },
    keys: {
      type: "object", additionalProperties: false,
      properties: {
        awsKmsKeyArns: { type: "array", items: { type: "string", pattern: "^arn:aws[a-z-]*:kms:" } },
        awsKmsAccounts: { type: "array", items: { type: "string", pattern: "^\\d{12}$" } },
        azureKeyVaultUris: { type: "array", items: { type: "string", pattern: "^https://[a-z0-9-]+\\.(vault|managedhsm)\\.azure\\.net(/.*)?$" } },
        scope: { enum: ["personal-data", "all"] },
        rotationDays: days,
      },
    },
    adminCidrs: cidrList,
    vendorMaintenanceCidrs: cidrList,
    adminPorts: { type: "array", items: { type: "integer", minimum: 0, maximum: 65535 } },
    environments: {
      type: "object",
      additionalProperties: {
        type: "object", additionalProperties: false, required: ["stacks"],
        properties: {
          stacks: strList,
          awsAccounts: { type: "array", items: { type: "string", pattern: "^\\d{12}$" } },
          azureSubscriptions: { type: "array", items: { type: "string", pattern: "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$" } },
          production: { type: "boolean" },
        },
      },
    },
    tags: {
      type: "object", additionalProperties: false,
      properties: { environment: str, aiDeclaration: str, dataClassification: str },
    },
    healthDataTagValues: strList,
    logRetentionDays: { type: "object", additionalProperties: false, properties: { min: days, max: days } },
    backupRetentionDays: { type: "object", additionalProperties: false, properties: { min: days, prodMin: days } },
    sovereignClouds: strList,
    sovereignWaiver: {
      anyOf: [
        { type: "null" },
        { type: "object", additionalProperties: false, required: ["approvedBy", "date", "scope"], properties: { approvedBy: str, date, scope: str } },
      ],
    },
    deprecatedRuntimes: strList,
    auditPrincipals: {
      type: "object", additionalProperties: false,
      properties: {
        aws: { type: "array", items: { type: "string", pattern: "^(\\d{12}|arn:aws[a-z-]*:iam::\\d{12}:\\S+)$" } },
        azure: { type: "array", items: { type: "string", pattern: "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$" } },
      },
    },
    pscIssuers: { type: "array", items: { type: "string", pattern: "^https://" } },
    enforcement: {
      type: "object", additionalProperties: false,
      properties: { medium: { enum: ["mandatory", "advisory", "mandatory-in-prod"] }, low: { enum: ["mandatory", "advisory"] }, raise: strList },
    },
    approvers: strList,
    waivers: {
      type: "array",
      items: {
        type: "object", additionalProperties: false,
        required: ["id", "reason", "cctpReference", "approvedBy", "expires"],
        properties: {
          id: str, policies: strList, clauses: strList, resources: strList, stacks: strList, files: strList,
          reason: str, cctpReference: str, approvedBy: str, expires: date,
        },
      },
    },
    waiverMaxDays: days,
    gate: {
      type: "object", additionalProperties: false,
      properties: {
        blockAt: { enum: ["critical", "high", "medium", "low"] },
        allowedRegistries: strList,
        installScriptsAllowlist: strList,
        licenceAllowlist: strList,
        hospitalDomains: strList,
        internalHostSuffixes: strList,
        cvss: {
          type: "object", additionalProperties: false,
          properties: {
            minorBelow: { type: "number", minimum: 0, maximum: 10 }, highFrom: { type: "number", minimum: 0, maximum: 10 },
            criticalFrom: { type: "number", minimum: 0, maximum: 10 }, highDays: days, criticalDays: days,
          },
        },
        timeoutSeconds: { type: "integer", minimum: 1, maximum: 86400 },
        commitSignatures: { enum: ["advisory", "mandatory", "off"] },
        osvDatabase: { type: "string", pattern: "^/" },
        exclude: strList,
        notScannedAllowed: strList,
        honourInlineSuppressions: { type: "boolean" },
        vendoredPaths: strList,
      },
    },
  },
} as const;

export function isCidr(s: string): boolean {
  return s.includes("/") && parseCidr(s) !== undefined;
}

export class ProfileError extends Error {}

/** `2026-02-30`, `2024-13-45` and `2026-99-99` match the pattern but are no day: a waiver expiring then would never expire. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

let validator: ReturnType<Ajv["compile"]> | undefined;
function validate(data: unknown): ErrorObject[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat("cidr", { type: "string", validate: isCidr });
    validator = ajv.compile(PROFILE_SCHEMA);
  }
  return validator(data) ? [] : (validator.errors ?? []);
}

function describe(e: ErrorObject): string {
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, ".") : "(top level)";
  if (e.keyword === "additionalProperties") {
    const extra = (e.params as { additionalProperty: string }).additionalProperty;
    return `${where === "(top level)" ? "" : where + "."}${extra}: unknown key`;
  }
  if (e.keyword === "format" && (e.params as { format: string }).format === "cidr") return `${where}: not a CIDR block (e.g. 192.0.2.0/24)`;
  if (e.keyword === "pattern") return `${where}: bad value (expected ${(e.params as { pattern: string }).pattern})`;
  return `${where}: ${e.message ?? "invalid"}`;
}

/** Validates raw profile data and merges it over the defaults. `source` names the file in errors. */
export function parseProfile(raw: unknown, source: string): Profile {
  if (raw === null || raw === undefined) return defaultProfile();
  const errors = validate(raw);
  if (errors.length) {
    const lines = [...new Set(errors.filter((e) => e.keyword !== "anyOf").map(describe))];
    throw new ProfileError(`invalid profile ${source}:\n  - ${lines.join("\n  - ")}`);
  }
  const r = raw as Partial<Profile>;
  const d = defaultProfile();
  const p: Profile = {
    ...d,
    ...r,
    regions: { ...d.regions, ...r.regions },
    keys: { ...d.keys, ...r.keys },
    auditPrincipals: { ...d.auditPrincipals, ...r.auditPrincipals },
    enforcement: { ...d.enforcement, ...r.enforcement },
    tags: { ...d.tags, ...r.tags },
    logRetentionDays: { ...d.logRetentionDays, ...r.logRetentionDays },
    backupRetentionDays: { ...d.backupRetentionDays, ...r.backupRetentionDays },
    gate: { ...d.gate, ...r.gate, cvss: { ...d.gate.cvss, ...r.gate?.cvss } },
    environments: r.environments
      ? Object.fromEntries(Object.entries(r.environments).map(([name, e]) => [name, {
          stacks: e.stacks,
          awsAccounts: e.awsAccounts ?? [],
          azureSubscriptions: e.azureSubscriptions ?? [],
          production: e.production ?? /^(prod|prd|production)$/i.test(name),
        }]))
      : d.environments,
    waivers: (r.waivers ?? []).map((w) => ({
      ...w, policies: w.policies ?? [], clauses: w.clauses ?? [], resources: w.resources ?? [], stacks: w.stacks ?? [], files: w.files ?? [],
    })),
  };
  for (const w of p.waivers) {
    if (!isCalendarDate(w.expires)) throw new ProfileError(`invalid profile ${source}:\n  - waivers: ${w.id}: expires ${w.expires} is not a calendar date (YYYY-MM-DD)`);
  }
  if (p.sovereignWaiver && !isCalendarDate(p.sovereignWaiver.date)) {
    throw new ProfileError(`invalid profile ${source}:\n  - sovereignWaiver.date: ${p.sovereignWaiver.date} is not a calendar date (YYYY-MM-DD)`);
  }
  if (p.logRetentionDays.min !== undefined && p.logRetentionDays.max !== undefined && p.logRetentionDays.min > p.logRetentionDays.max) {
    throw new ProfileError(`invalid profile ${source}:\n  - logRetentionDays: min (${p.logRetentionDays.min}) is greater than max (${p.logRetentionDays.max})`);
  }
  return p;
}
