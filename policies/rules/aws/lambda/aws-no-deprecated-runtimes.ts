import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { str } from "../../../core/props";

/** Runtimes the provider's Runtime enum marks deprecated (@pulumi/aws 7.48), plus dotnet6 (AWS deprecation 2024-12-20). */
export const AWS_DEPRECATED_RUNTIMES = [
  "dotnet5.0", "dotnet6", "dotnet7", "dotnetcore2.1", "dotnetcore3.1", "go1.x", "java8", "nodejs10.x", "nodejs12.x",
  "nodejs14.x", "nodejs16.x", "provided", "python2.7", "python3.6", "python3.7", "python3.8", "ruby2.5", "ruby2.7",
];

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-no-deprecated-runtimes",
  clauses: ["O-3.10"],
  severity: "high",
  family: "K",
  scope: "core",
  description: {
    fr: "Les fonctions Lambda n'utilisent pas un runtime obsolète",
    en: "Lambda functions do not use an obsolete runtime",
  },
  remediation: {
    fr: "Passer à un runtime maintenu (par ex. nodejs22.x, python3.13, java21) ; la liste complémentaire est `deprecatedRuntimes` du profil",
    en: "Move to a maintained runtime (e.g. nodejs22.x, python3.13, java21); the extra list is the profile's `deprecatedRuntimes`",
  },
  types: ["aws:lambda/function:Function"],
  check(r, ctx) {
    const runtime = str(r.props.runtime);
    if (!runtime) return [];
    const deprecated = [...AWS_DEPRECATED_RUNTIMES, ...ctx.profile.deprecatedRuntimes].map((x) => x.toLowerCase());
    return deprecated.includes(runtime.toLowerCase()) ? [violation(`\`runtime\` = ${runtime} : runtime obsolète`, `\`runtime\` = ${runtime}: obsolete runtime`)] : [];
  },
};
