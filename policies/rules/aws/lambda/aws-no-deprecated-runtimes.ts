import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { str } from "../../../core/props";
import { isUnknown } from "../../../core/unknown";
import { obsoleteRuntime, RUNTIME_EOL_REVIEWED } from "../../common/lib/runtime-eol";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-no-deprecated-runtimes",
  clauses: ["O-7.1", "O-3.10"],
  severity: "high",
  basis: { kind: "clause", text: "de composant obsolète (sans maintenance de correctif de vulnérabilité de l'éditeur)" },
  family: "K",
  scope: "core",
  description: {
    fr: `Les fonctions Lambda n'utilisent pas un runtime arrivé à sa date d'obsolescence (table datée du ${RUNTIME_EOL_REVIEWED})`,
    en: `Lambda functions do not use a runtime past its deprecation date (dated table of ${RUNTIME_EOL_REVIEWED})`,
  },
  remediation: {
    fr: "Passer à un runtime maintenu (par ex. nodejs22.x, python3.13, java21) ; table : policies/rules/common/lib/runtime-eol.ts, liste complémentaire : `deprecatedRuntimes` du profil",
    en: "Move to a maintained runtime (e.g. nodejs22.x, python3.13, java21); table: policies/rules/common/lib/runtime-eol.ts, extra list: the profile's `deprecatedRuntimes`",
  },
  types: ["aws:lambda/function:Function"],
  check(r, ctx) {
    if (isUnknown(r.props.runtime)) {
      return [violation("`runtime` est inconnu pendant la prévisualisation : son obsolescence ne peut être vérifiée", "`runtime` is unknown during preview: whether it is obsolete cannot be verified")];
    }
    // Absent: a container image function (packageType Image), whose base image is the vendor's.
    const runtime = str(r.props.runtime);
    if (!runtime) return [];
    const hit = obsoleteRuntime("lambda", runtime, ctx.now);
    if (hit) {
      return [violation(`\`runtime\` = ${runtime} : obsolète depuis le ${hit.endOfSupport} (${hit.source})`, `\`runtime\` = ${runtime}: obsolete since ${hit.endOfSupport} (${hit.source})`)];
    }
    if (ctx.profile.deprecatedRuntimes.some((x) => x.toLowerCase() === runtime.toLowerCase())) {
      return [violation(`\`runtime\` = ${runtime} : déclaré obsolète par le profil (\`deprecatedRuntimes\`)`, `\`runtime\` = ${runtime}: declared obsolete by the profile (\`deprecatedRuntimes\`)`)];
    }
    return [];
  },
};
