import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { str } from "../../../core/props";
import { cmkViolations } from "../lib/kms";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-sagemaker-hardening",
  clauses: ["O-12.6.4"],
  severity: "high",
  basis: { kind: "practice" },
  family: "I",
  scope: "ai",
  description: {
    fr: "SageMaker : pas d'accès Internet direct ni d'accès root aux notebooks, domaines en VPC seul, chiffrement par CMK",
    en: "SageMaker: no direct internet nor root access on notebooks, VPC-only domains, CMK encryption",
  },
  remediation: {
    fr: "Notebook : `directInternetAccess: \"Disabled\"`, `rootAccess: \"Disabled\"`, `kmsKeyId` ; domaine : `appNetworkAccessType: \"VpcOnly\"`, `kmsKeyId` ; endpoint : `kmsKeyArn`",
    en: "Notebook: `directInternetAccess: \"Disabled\"`, `rootAccess: \"Disabled\"`, `kmsKeyId`; domain: `appNetworkAccessType: \"VpcOnly\"`, `kmsKeyId`; endpoint: `kmsKeyArn`",
  },
  types: ["aws:sagemaker/notebookInstance:NotebookInstance", "aws:sagemaker/domain:Domain", "aws:sagemaker/endpointConfiguration:EndpointConfiguration"],
  check(r, ctx) {
    const p = r.props;
    const out: Violation[] = [];
    if (r.type === "aws:sagemaker/notebookInstance:NotebookInstance") {
      // Both default to Enabled.
      for (const prop of ["directInternetAccess", "rootAccess"]) {
        const v = str(p[prop]);
        if (v !== "Disabled") out.push(violation(`\`${prop}\` = ${v ?? "absent (Enabled)"}`, `\`${prop}\` = ${v ?? "absent (Enabled)"}`));
      }
      out.push(...cmkViolations("kmsKeyId", p.kmsKeyId, ctx.profile));
    } else if (r.type === "aws:sagemaker/domain:Domain") {
      const mode = str(p.appNetworkAccessType);
      if (mode !== "VpcOnly") out.push(violation(`\`appNetworkAccessType\` = ${mode ?? "absent (PublicInternetOnly)"} : accès Internet public`, `\`appNetworkAccessType\` = ${mode ?? "absent (PublicInternetOnly)"}: public internet access`));
      out.push(...cmkViolations("kmsKeyId", p.kmsKeyId, ctx.profile));
    } else {
      out.push(...cmkViolations("kmsKeyArn", p.kmsKeyArn, ctx.profile));
    }
    return out;
  },
};
