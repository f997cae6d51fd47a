// Secret-looking configuration (families H and C; the patterns of docs/checks.md §4.1).
import { violation, type Violation } from "../../../core/rule";

/** Names that announce a secret value. */
export const SECRET_NAME = /(passw(or)?d|passwd|pwd|mdp|mot_?de_?passe|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credential|conn(ection)?[_-]?str)/i;

/** Names that carry a reference to a secret (its ARN, id or path), not the secret itself. */
const REFERENCE_NAME = /(_|-)(arn|id|name|path|ref|param|parameter|secret_?id|location)$/i;

/** Values that are references resolved at run time (Secrets Manager / SSM), not secrets. */
const REFERENCE_VALUE = /^(arn:aws[a-z-]*:(secretsmanager|ssm|kms):|\{\{resolve:(secretsmanager|ssm|ssm-secure):)/;

/** §4.1 value patterns that are secrets whatever the variable is called. */
const SECRET_VALUE = [
  /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/,
  /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s/:@'"]{1,64}:[^\s/@'"]{3,128}@[^\s/'"]+/i,
  /(?:^|;)\s*(?:password|pwd)\s*=\s*[^;"'\s]{3,}/i,
  /jdbc:[a-z0-9]+:\/\/\S*?(?:password|pwd)=[^&\s;]{3,}/i,
  /DefaultEndpointsProtocol=https?;AccountName=[^;]+;AccountKey=[A-Za-z0-9+/=]{40,}/,
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/,
  /\b(AKIA|ASIA)[A-Z0-9]{16}\b/,
];

const PLACEHOLDER = /^(\$\{[^}]+\}|%s|<[^>]+>|changeme|xxx+|\*+)?$/i;

/**
 * Why a `name=value` pair holds a plaintext secret, or undefined. `value` may be non-string
 * (unknown during preview): a secret-named variable is plaintext whatever its value.
 */
export function plaintextSecretReason(name: string, value: unknown): "name" | "value" | undefined {
  const v = typeof value === "string" ? value.trim() : undefined;
  if (v !== undefined && REFERENCE_VALUE.test(v)) return undefined;
  if (v !== undefined && SECRET_VALUE.some((re) => re.test(v))) return "value";
  if (SECRET_NAME.test(name) && !REFERENCE_NAME.test(name)) {
    if (v !== undefined && PLACEHOLDER.test(v)) return undefined;
    return "name";
  }
  return undefined;
}

/** The finding for one plaintext secret variable; its value is never shown. */
export function secretFinding(where: string, name: string, reason: "name" | "value"): Violation {
  return reason === "name"
    ? violation(`${where} \`${name}\` : nom de secret avec une valeur en clair (valeur non affichée)`, `${where} \`${name}\`: secret-named variable with a plaintext value (value not shown)`)
    : violation(`${where} \`${name}\` : la valeur ressemble à un secret (mot de passe, clé, jeton ; non affichée)`, `${where} \`${name}\`: the value looks like a secret (password, key, token; not shown)`);
}
