import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { bags, bool, get, str } from "../../../core/props";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-container-image-scanning",
  clauses: ["O-7.2"],
  severity: "medium",
  basis: { kind: "practice" },
  family: "K",
  scope: "core",
  description: {
    fr: "Les images de conteneurs sont analysées (vulnérabilités) à la publication",
    en: "Container images are scanned for vulnerabilities when pushed",
  },
  remediation: {
    fr: "Dépôt : `imageScanningConfiguration: {scanOnPush: true}` ; registre : `scanType: \"ENHANCED\"` avec une règle SCAN_ON_PUSH ou CONTINUOUS_SCAN",
    en: "Repository: `imageScanningConfiguration: {scanOnPush: true}`; registry: `scanType: \"ENHANCED\"` with a SCAN_ON_PUSH or CONTINUOUS_SCAN rule",
  },
  types: ["aws:ecr/repository:Repository", "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration"],
  check(r) {
    if (r.type === "aws:ecr/repository:Repository") {
      return bool(get(r.props, "imageScanningConfiguration.scanOnPush")) === true ? [] : [violation("`imageScanningConfiguration.scanOnPush` ≠ true : images non analysées à la publication", "`imageScanningConfiguration.scanOnPush` ≠ true: images not scanned on push")];
    }
    const type = str(r.props.scanType);
    if (!bags(r.props.rules).length) return [violation(`\`scanType\` = ${type ?? "absent"} sans règle \`rules\` : aucune analyse configurée`, `\`scanType\` = ${type ?? "absent"} without \`rules\`: no scanning configured`)];
    return type === "ENHANCED" ? [] : [violation(`\`scanType\` = ${type ?? "absent"} : analyse de base seulement (préférer ENHANCED)`, `\`scanType\` = ${type ?? "absent"}: basic scanning only (prefer ENHANCED)`)];
  },
};
