import { get } from "../../core/props";
import { violation, type StackRule, type Violation } from "../../core/rule";
import { isUnknown, unverified } from "../../core/unknown";
import { ref, refersTo, tagValue } from "./lib/links";

const SETTINGS = ["deleteRetentionPolicy.enabled", "containerDeleteRetentionPolicy.enabled", "isVersioningEnabled"];

export const rule: StackRule = {
  kind: "stack",
  name: "azure-blob-recovery",
  clauses: ["O-12.3.10"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "G",
  scope: "saas",
  description: {
    fr: "Les comptes de stockage de données activent la suppression réversible des blobs et conteneurs et le versionnement",
    en: "Data storage accounts enable blob and container soft delete and versioning",
  },
  remediation: {
    fr: "Déclarer storage.BlobServiceProperties avec deleteRetentionPolicy.enabled, containerDeleteRetentionPolicy.enabled et isVersioningEnabled à true",
    en: "Declare storage.BlobServiceProperties with deleteRetentionPolicy.enabled, containerDeleteRetentionPolicy.enabled and isVersioningEnabled true",
  },
  check(resources) {
    const out: Violation[] = [];
    const services = resources.filter((r) => r.type === "azure-native:storage:BlobServiceProperties");
    for (const acct of resources.filter((r) => r.type === "azure-native:storage:StorageAccount")) {
      // Log accounts are purged on purpose.
      if (tagValue(acct, "clausier:role")?.toLowerCase() === "logs") continue;
      const svc = services.find((s) => refersTo(s, "accountName", acct, [typeof acct.props.accountName === "string" ? acct.props.accountName : undefined]));
      if (!svc) {
        out.push(violation(`compte ${acct.name} sans BlobServiceProperties (pas de suppression réversible ni de versionnement)`, `account ${acct.name} has no BlobServiceProperties (no soft delete nor versioning)`, ref(acct)));
        continue;
      }
      const unknown = SETTINGS.filter((p) => isUnknown(get(svc.props, p)));
      const off = SETTINGS.filter((p) => !isUnknown(get(svc.props, p)) && get(svc.props, p) !== true);
      if (off.length) out.push(violation(`compte ${acct.name} : ${off.join(", ")} ≠ true`, `account ${acct.name}: ${off.join(", ")} ≠ true`, ref(acct)));
      else if (unknown.length) out.push(unverified(unknown, ref(acct)));
    }
    return out;
  },
};
