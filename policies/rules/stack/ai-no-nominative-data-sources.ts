import { str, walkStrings } from "../../core/props";
import { violation, type StackResourceView, type StackRule, type Violation } from "../../core/rule";
import { bucketLiterals, ref, S3_BUCKET_TYPES, tagValue } from "./lib/links";

const AI_PREFIXES = ["aws:bedrock/", "aws:bedrockmodel/", "aws:sagemaker/", "aws:comprehend/", "aws:kendra/", "azure-native:cognitiveservices:", "azure-native:machinelearningservices:", "azure-native:search:"];
const STORES = [...S3_BUCKET_TYPES, "azure-native:storage:StorageAccount"];
const NOMINATIVE = ["nominative", "health-identifying"];
export const AIPD_TAG = "clausier:aipd";

/** Whether an AI resource reads a data store: dependency on it, or its bucket name / ARN / s3:// URI / account name in props. */
function reads(ai: StackResourceView, store: StackResourceView): boolean {
  if (Object.values(ai.propertyDependencies).some((us) => us.includes(store.urn))) return true;
  const names = store.type.startsWith("aws:") ? bucketLiterals(store) : [str(store.props.accountName)].filter((x): x is string => !!x);
  if (!names.length) return false;
  for (const [, s] of walkStrings(ai.props)) {
    if (names.some((n) => s === n || s.startsWith(`${n}/`) || s.startsWith(`s3://${n}/`) || s === `s3://${n}` || s.includes(`//${n}.blob.core.windows.net`))) return true;
  }
  return false;
}

export const rule: StackRule = {
  kind: "stack",
  name: "ai-no-nominative-data-sources",
  clauses: ["O-12.6.3"],
  severity: "critical",
  basis: { kind: "clause", text: "maintenir les données nominatives ainsi que le traitement de pseudonymisation" },
  family: "I",
  scope: "ai",
  description: {
    fr: "Les services d'IA ne lisent que des données pseudonymisées : aucune source étiquetée nominative sans référence d'AIPD",
    en: "AI services only read pseudonymised data: no source tagged nominative without a DPIA reference",
  },
  remediation: {
    fr: "Alimenter l'IA depuis un bucket/compte de données pseudonymisées par l'établissement ; à défaut, poser clausier:aipd=<référence AIPD/EBIOS RM> sur la ressource d'IA",
    en: "Feed the AI from a bucket/account of data pseudonymised by the hospital; failing that, tag the AI resource clausier:aipd=<DPIA/EBIOS RM reference>",
  },
  check(resources, ctx) {
    const key = ctx.profile.tags.dataClassification;
    const nominative = resources.filter((r) => STORES.includes(r.type) && NOMINATIVE.includes((tagValue(r, key) ?? "").toLowerCase()));
    if (!nominative.length) return [];
    const out: Violation[] = [];
    for (const ai of resources.filter((r) => AI_PREFIXES.some((p) => r.type.startsWith(p)) && !tagValue(r, AIPD_TAG))) {
      for (const store of nominative.filter((s) => reads(ai, s))) {
        out.push(violation(`${ai.name} lit ${store.name}, étiqueté ${tagValue(store, key)} : données nominatives pour l'IA sans AIPD`, `${ai.name} reads ${store.name}, tagged ${tagValue(store, key)}: nominative data for AI without a DPIA`, ref(ai)));
      }
    }
    return out;
  },
};
