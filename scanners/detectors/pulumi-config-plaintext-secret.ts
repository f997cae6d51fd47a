// T2-S7 — O-12.5.9 / O-8.2: secret-named Pulumi config values are encrypted (`secure:`), never plaintext.
import type { GateHit } from "./lib/context";
import { defineDetector } from "./lib/define";
import { inNodeModules } from "./lib/paths";
import { configLeaves, stackNameOf } from "./lib/pulumi-config";

const SECRET_KEY = /(password|passwd|secret|token|apikey|api_key|clientsecret|connectionstring|mdp)/i;
/** Names that mention a secret but hold no secret value (`tokenTtl`, `secretName`, `passwordPolicy`). */
const NOT_A_VALUE = /(name|id|ids|arn|uri|url|path|file|policy|length|ttl|expiry|expiration|enabled|version|type|mode|region|rotation|days|seconds|minutes|hours|count)$/i;

export const pulumiConfigPlaintextSecret = defineDetector(
  {
    name: "pulumi-config-plaintext-secret",
    row: "T2-S7",
    clauses: ["O-12.5.9", "O-8.2"],
    severity: "high",
    basis: { kind: "clause", text: "Le « codage en dur » d'identifiants dans le code source est prohibé : … mot de passe ; … numéro de jeton" },
    description: {
      fr: "Dans Pulumi.<stack>.yaml, toute clé de type mot de passe, secret, jeton ou chaîne de connexion est chiffrée (`secure:`).",
      en: "In Pulumi.<stack>.yaml, every password, secret, token or connection-string key is encrypted (`secure:`).",
    },
    remediation: {
      fr: "`pulumi config set --secret <clé> <valeur>`, puis révoquer la valeur qui a été versionnée en clair.",
      en: "`pulumi config set --secret <key> <value>`, then revoke the value that was committed in plaintext.",
    },
  },
  (path) => !!stackNameOf(path) && !inNodeModules(path),
  (file) => {
    const leaves = configLeaves(file.text);
    if (!leaves) return [];
    const hits: GateHit[] = [];
    for (const l of leaves) {
      if (l.secure || !SECRET_KEY.test(l.leaf) || NOT_A_VALUE.test(l.leaf)) continue;
      if (typeof l.value !== "string" || l.value.trim() === "") continue;
      hits.push({ line: l.line, secret: l.value, message: { fr: `clé de configuration ${l.key} en clair (non chiffrée)`, en: `config key ${l.key} in plaintext (not encrypted)` } });
    }
    return hits;
  },
);
