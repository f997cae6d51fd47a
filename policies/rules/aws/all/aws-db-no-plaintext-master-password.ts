import type { ResourceRule } from "../../../core/rule";
import { violation, type Violation } from "../../../core/rule";
import { bags, get } from "../../../core/props";

/** Plaintext credential property per type, and what to use instead. */
const PROPS: Record<string, { prop: string; instead: string }> = {
  "aws:rds/instance:Instance": { prop: "password", instead: "`manageMasterUserPassword: true` (ou `passwordWo`, ou l'authentification IAM / or IAM auth)" },
  "aws:rds/cluster:Cluster": { prop: "masterPassword", instead: "`manageMasterUserPassword: true` (ou/or `masterPasswordWo`)" },
  "aws:docdb/cluster:Cluster": { prop: "masterPassword", instead: "`manageMasterUserPassword: true` (ou/or `masterPasswordWo`)" },
  "aws:redshift/cluster:Cluster": { prop: "masterPassword", instead: "`manageMasterPassword: true` (ou/or `masterPasswordWo`)" },
  "aws:elasticache/replicationGroup:ReplicationGroup": { prop: "authToken", instead: "un utilisateur RBAC avec `authenticationMode.type: \"iam\"` / an RBAC user with `authenticationMode.type: \"iam\"`" },
};

function isSet(v: unknown): boolean {
  // An unknown value is still a value placed in the plaintext property (e.g. a random password output).
  return v !== undefined && v !== null && v !== "";
}

export const rule: ResourceRule = {
  kind: "resource",
  name: "aws-db-no-plaintext-master-password",
  clauses: ["O-12.3.6", "O-8.2"],
  severity: "high",
  basis: { kind: "clause", text: "Les mots de passe ne doivent pas être stockés en clair dans le logiciel ou la base de données" },
  family: "H",
  scope: "saas",
  description: {
    fr: "Les mots de passe maîtres des bases et caches ne sont pas passés en clair : un secret Pulumi au moins (chiffré dans l'état ; le littéral dans le code relève de la passerelle CI), mieux un secret géré par le fournisseur ou IAM",
    en: "Database and cache master passwords are not passed in clear: a Pulumi secret at least (encrypted in the state; a literal in the code is the CI gate's finding), better a provider-managed secret or IAM",
  },
  remediation: {
    fr: "Retirer le mot de passe et utiliser le secret géré par AWS (manageMasterUserPassword) ou les variantes write-only `*Wo`",
    en: "Remove the password and use the AWS-managed secret (manageMasterUserPassword) or the write-only `*Wo` variants",
  },
  types: [...Object.keys(PROPS), "aws:elasticache/user:User", "aws:mq/broker:Broker"],
  // Only whether a password is set matters, and an unknown (generated) one is still set.
  unknownHandled: [...new Set(Object.values(PROPS).map((s) => s.prop)), "passwords", "authenticationMode.passwords", "users"],
  check(r) {
    const p = r.props;
    const spec = PROPS[r.type];
    if (spec) {
      if (!isSet(p[spec.prop])) return [];
      // Marked secret (config secret, random password): encrypted in the state, not stored in clear;
      // keeping it out of the state altogether is the better practice.
      if (r.secrets?.includes(spec.prop)) {
        return [{
          ...violation(`\`${spec.prop}\` est un secret Pulumi (chiffré dans l'état) : préférer ${spec.instead}`, `\`${spec.prop}\` is a Pulumi secret (encrypted in the state): prefer ${spec.instead}`),
          basis: { kind: "practice" },
        }];
      }
      return [violation(`\`${spec.prop}\` est renseigné en clair (valeur non affichée) : utiliser ${spec.instead}`, `\`${spec.prop}\` is set in clear (value not shown): use ${spec.instead}`)];
    }
    const out: Violation[] = [];
    if (r.type === "aws:elasticache/user:User") {
      for (const prop of ["passwords", "authenticationMode.passwords"]) {
        const v = get(p, prop);
        if (isSet(v) && !(Array.isArray(v) && v.length === 0)) out.push(violation(`\`${prop}\` est renseigné (valeurs non affichées) : préférer \`authenticationMode.type: "iam"\``, `\`${prop}\` is set (values not shown): prefer \`authenticationMode.type: "iam"\``));
      }
      return out;
    }
    bags(p.users).forEach((u, i) => {
      if (isSet(u.password)) out.push(violation(`\`users[${i}].password\` est renseigné (valeur non affichée) : utiliser l'authentification LDAP ou un secret géré`, `\`users[${i}].password\` is set (value not shown): use LDAP authentication or a managed secret`));
    });
    return out;
  },
};
