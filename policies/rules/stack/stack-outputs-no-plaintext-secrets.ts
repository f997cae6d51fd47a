import { violation, type StackRule, type Violation } from "../../core/rule";
import { outputSecrets } from "./lib/output-secrets";

const STACK = "pulumi:pulumi:Stack";

export const rule: StackRule = {
  kind: "stack",
  name: "stack-outputs-no-plaintext-secrets",
  clauses: ["O-8.2"],
  severity: "high",
  family: "H",
  scope: "core",
  basis: { kind: "clause", text: "Les données utiles à l'authentification doivent être chiffrées lors de leur communication et de leur stockage" },
  description: {
    fr: "Les sorties de la pile n'exportent aucun secret en clair (kubeconfig, chaînes de connexion, clés) : elles sont marquées secrètes, donc chiffrées dans l'état",
    en: "Stack outputs export no secret in clear (kubeconfig, connection strings, keys): they are marked secret, hence encrypted in the state",
  },
  remediation: {
    fr: "Exporter `pulumi.secret(valeur)` (ou `additionalSecretOutputs`), ou mieux ne pas exporter le secret : exporter l'URI Key Vault / l'ARN Secrets Manager",
    en: "Export `pulumi.secret(value)` (or use `additionalSecretOutputs`), or better do not export the secret: export its Key Vault URI / Secrets Manager ARN",
  },
  check(resources) {
    const out: Violation[] = [];
    // The engine hands the root stack's outputs to stack policies as its properties; findings are
    // stack-wide (the CLI files them under the root stack either way).
    for (const s of resources.filter((r) => r.type === STACK)) {
      const secret = new Set(s.secrets ?? []);
      for (const [name, value] of Object.entries(s.props)) {
        if (secret.has(name)) continue;
        for (const [path, why] of outputSecrets(name, value)) {
          out.push({ ...violation(`sortie \`${path}\` exportée en clair (${why}) : valeur non affichée`, `output \`${path}\` exported in clear (${why}): value not shown`), resource: null });
        }
      }
    }
    return out;
  },
};
