import type { ResourceRule } from "../../../core/rule";
import { violation } from "../../../core/rule";
import { get, str } from "../../../core/props";
import { isUnknown, unverified } from "../../../core/unknown";

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-cognito-federation",
  clauses: ["O-5.5", "O-12.3.5"],
  severity: "low",
  basis: { kind: "profile", key: "pscIssuers" },
  family: "H",
  scope: "saas",
  description: {
    fr: "Les fournisseurs d'identité OIDC de Cognito sont Pro Santé Connect ou l'IdP de l'établissement",
    en: "Cognito OIDC identity providers are Pro Santé Connect or the hospital's IdP",
  },
  remediation: {
    fr: "Fédérer l'authentification des professionnels de santé à Pro Santé Connect ou à l'IdP de l'établissement (émetteur déclaré par l'établissement)",
    en: "Federate health professionals' authentication to Pro Santé Connect or the hospital's IdP (issuer declared by the hospital)",
  },
  types: ["aws:cognito/identityProvider:IdentityProvider"],
  check(r, ctx) {
    if (str(r.props.providerType)?.toUpperCase() !== "OIDC") return [];
    const issuer = get(r.props, "providerDetails.oidc_issuer");
    const allowed = ctx.profile.pscIssuers.map((i) => i.replace(/\/+$/, ""));
    if (typeof issuer === "string" && allowed.includes(issuer.replace(/\/+$/, ""))) return [];
    // Without a pscIssuers allowlist in the profile, every OIDC issuer is listed for the hospital to confirm.
    if (isUnknown(issuer)) return [unverified("providerDetails.oidc_issuer")];
    const shown = str(issuer) ?? "absent";
    const why = allowed.length ? ["absent de `pscIssuers` du profil", "not in the profile's `pscIssuers`"] : ["à confirmer comme Pro Santé Connect ou IdP de l'établissement", "to be confirmed as Pro Santé Connect or the hospital's IdP"];
    return [violation(`émetteur OIDC \`providerDetails.oidc_issuer\` = ${shown} : ${why[0]}`, `OIDC issuer \`providerDetails.oidc_issuer\` = ${shown}: ${why[1]}`)];
  },
};
