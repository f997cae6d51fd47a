import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { isUnknown, unverified } from "../../../core/unknown";
import { classifyAwsRegion } from "../lib/region";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-provider-region-allowed",
  clauses: ["O-12.3.2"],
  severity: "high",
  basis: { kind: "clause", text: "Dans le cas d'hébergement hors communauté européenne les dispositions adaptées doivent être proposées par le titulaire et validées" },
  family: "A",
  scope: "saas",
  description: {
    fr: "Chaque provider AWS (explicite ou par défaut) fixe une région autorisée ",
    en: "Every AWS provider (explicit or default) sets an allowed region",
  },
  remediation: {
    fr: "Renseigner `region` (config `aws:region` pour le provider par défaut) sur une région autorisée",
    en: "Set `region` (config `aws:region` for the default provider) to an allowed region",
  },
  // Provider resources (explicit `new aws.Provider` and the engine's default provider).
  types: ["pulumi:providers:aws"],
  check(r, ctx) {
    const out: Violation[] = [];
    const region = r.props.region;
    if (isUnknown(region)) {
      out.push(unverified("region"));
    } else if (typeof region !== "string" || region === "") {
      out.push(violation("`region` absente du provider : la région dépend de l'environnement d'exécution (AWS_REGION)", "provider `region` is missing: the region depends on the runtime environment (AWS_REGION)"));
    } else if (classifyAwsRegion(region, ctx.profile.regions.aws, ctx.profile.regions.awsEu) === "non-eu") {
      // A provider holds nothing: each resource it places is judged by aws-resource-region-allowed
      // (mandatory for data, advisory for what a global service requires in us-east-1), so the
      // provider's own region is reported, not blocking twice.
      out.push({
        ...violation(
          `\`region\` du provider = ${region}, hors de France et de l'UE (chaque ressource qu'il place est contrôlée par aws-resource-region-allowed)`,
          `provider \`region\` = ${region} is outside France and the EU (each resource it places is checked by aws-resource-region-allowed)`),
        basis: { kind: "practice" },
      });
    }
    // `skipRegionValidation` is not checked: @pulumi/aws's Provider sets it to true by default
    // (provider.js) and it only skips the name check against the provider's built-in list; the
    // region itself is what the clause is about, and it is checked above.
    return out;
  },
};
