import { get, num, walkStrings } from "../../core/props";
import { violation, type StackRule, type StackResourceView, type Violation } from "../../core/rule";
import { AWS_STATEFUL_TYPES, AZURE_STATEFUL_TYPES, isType, ref, S3_BUCKET_TYPES } from "./lib/links";
import { bucketSse, isKmsAlgorithm } from "./lib/s3-encryption";

const KEYS = ["aws:kms/key:Key", "azure-native:keyvault:Vault", "azure-native:keyvault:Key"];
const KEY_PROP = /kms|keyvault|keyuri|keyid|keyarn|encryptionset|keyurl/i;

/**
 * Whether a data store points at a key of the stack (dependency on a key resource) or at any
 * key-like value. An S3 bucket's key lives on its separate SSE configuration resource.
 */
function usesStackKey(r: StackResourceView, keyUrns: Set<string>, resources: StackResourceView[]): boolean {
  if (Object.values(r.propertyDependencies).some((us) => us.some((u) => keyUrns.has(u)))) return true;
  for (const [path] of walkStrings(r.props)) if (KEY_PROP.test(path)) return true;
  if (isType(r, S3_BUCKET_TYPES)) return bucketSse(r, resources).rules.some((x) => isKmsAlgorithm(x.algorithm) && (x.key !== undefined || x.keyDeps.some((u) => keyUrns.has(u))));
  return false;
}

export const rule: StackRule = {
  kind: "stack",
  name: "crypto-shredding-ready",
  clauses: ["O-12.3.14"],
  severity: "low",
  basis: { kind: "practice" },
  family: "G",
  scope: "saas",
  description: {
    fr: "Synthèse : la destruction prouvée des données en fin de contrat (suppression de la clé) est possible et documentée",
    en: "Summary: provable destruction of the data at the end of the contract (key deletion) is possible and documented",
  },
  remediation: {
    fr: "Chiffrer chaque magasin de données avec une CMK propre au contrat ; documenter la procédure de destruction (fenêtre de suppression KMS, protection de purge Key Vault)",
    en: "Encrypt each data store with a contract-scoped CMK; document the destruction procedure (KMS deletion window, Key Vault purge protection)",
  },
  check(resources) {
    const out: Violation[] = [];
    const keys = resources.filter((r) => KEYS.includes(r.type));
    const keyUrns = new Set(keys.map((k) => k.urn));
    const stores = resources.filter((r) => (AWS_STATEFUL_TYPES as readonly string[]).includes(r.type) || (AZURE_STATEFUL_TYPES as readonly string[]).includes(r.type));
    const without = stores.filter((s) => !usesStackKey(s, keyUrns, resources));
    if (without.length) {
      // Sorted: the engine hands resources over in an order of its own.
      const names = without.map((s) => s.name).sort().slice(0, 10).join(", ") + (without.length > 10 ? "…" : "");
      out.push(violation(`${without.length} magasin(s) de données sans clé propre au contrat, destruction non prouvable par suppression de clé : ${names}`, `${without.length} data store(s) without a contract-scoped key, destruction cannot be proven by key deletion: ${names}`, null));
    }
    for (const k of keys.filter((x) => x.type !== "azure-native:keyvault:Key")) {
      const detail = k.type === "aws:kms/key:Key"
        ? [`fenêtre de suppression ${num(k.props.deletionWindowInDays) ?? 30} jours`, `deletion window ${num(k.props.deletionWindowInDays) ?? 30} days`]
        : [`protection de purge ${get(k.props, "properties.enablePurgeProtection") === true ? "active" : "inactive"}`, `purge protection ${get(k.props, "properties.enablePurgeProtection") === true ? "on" : "off"}`];
      out.push(violation(`${k.name} : ${detail[0]} ; la procédure de destruction doit être documentée`, `${k.name}: ${detail[1]}; the destruction procedure must be documented`, ref(k)));
    }
    return out;
  },
};
