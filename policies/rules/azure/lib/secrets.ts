// Secret-looking values in application configuration (family H; the patterns of docs/checks.md §4.1).
import { isUnknown } from "../../../core/unknown";

/** Setting names that announce a secret. Connection strings are judged on their value instead. */
const SECRET_NAME = /(pass(word|wd)?|pwd|mdp|mot_?de_?passe|secret|token|api[_-]?key|access[_-]?key|account[_-]?key|shared[_-]?access[_-]?key|client[_-]?secret|private[_-]?key|credential)/i;

/** §4.1 value patterns: credentials inside connection strings, URLs, keys and tokens. */
const SECRET_VALUE: Array<[RegExp, string]> = [
  [/(?:^|;)\s*(?:password|pwd)\s*=\s*[^;\s]{3,}/i, "Password or Pwd field"],
  [/jdbc:[a-z0-9]+:\/\/\S*?(?:password|pwd)=[^&\s;]{3,}/i, "JDBC password"],
  [/\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s/:@'"]{1,64}:[^\s/@'"]{3,128}@[^\s/'"]+/i, "URL user:password@"],
  [/AccountKey=[A-Za-z0-9+/=]{40,}/, "AccountKey="],
  [/SharedAccessKey=[^;\s]{10,}/i, "SharedAccessKey="],
  [/-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/, "PEM private key"],
  [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/, "JWT"],
];

const KEYVAULT_REF = /^\s*@Microsoft\.KeyVault\(/i;

/** Why a setting looks like a plaintext secret, or undefined. The value itself is never returned. */
export function secretReason(name: string, value: unknown): string | undefined {
  if (typeof value === "string" && KEYVAULT_REF.test(value)) return undefined;
  if (typeof value === "string") {
    for (const [re, label] of SECRET_VALUE) if (re.test(value)) return label;
  }
  if (!SECRET_NAME.test(name)) return undefined;
  // A computed value (e.g. a key listed from another resource) is still a secret copied in clear.
  if (isUnknown(value)) return "secret name, computed value";
  if (typeof value !== "string") return undefined;
  const v = value.trim();
  if (!v || /^(true|false|\d+)$/i.test(v)) return undefined;
  return "secret name";
}
