// What makes a stack output a secret exported in clear: a credential-bearing value (connection
// string with a password or key, kubeconfig with a client key or token, PEM key, cloud keys), or a
// name that announces a secret holding a value that is not a reference to one.
import { isBag } from "../../../core/props";
import { isUnknown } from "../../../core/unknown";
import { plaintextSecretReason } from "../../aws/lib/secrets";
import { secretReason } from "../../azure/lib/secrets";

/** camelCase-aware names that announce a secret (outputs are usually camelCase). */
const SECRET_NAME = /(passw(or)?d|pwd|secret|token|api_?key|private_?key|access_?key|account_?key|shared_?access_?key|(primary|secondary)\w*(key|connection_?string)|credential|sas_?token)/i;
/** A kubeconfig may authenticate through an exec plugin (no secret): judged on its value, when known. */
const KUBECONFIG_NAME = /kube_?config/i;
/** …unless it names a reference to the secret, not the secret itself. */
const REFERENCE_NAME = /(arn|id|ids|name|uri|url|path|ref|version|expir\w*|ttl|type|enabled)$/i;
const REFERENCE_VALUE = /^(arn:aws[a-z-]*:(secretsmanager|ssm|kms):|https:\/\/[a-z0-9-]+\.vault\.azure\.net\/|@Microsoft\.KeyVault\()/i;

/** A kubeconfig that carries a credential itself (an exec plugin such as kubelogin or aws eks get-token does not). */
function kubeconfigWithCredential(v: string): boolean {
  let text = v;
  if (!/apiVersion/.test(text) && /^[A-Za-z0-9+/=\s]{40,}$/.test(text)) text = Buffer.from(text, "base64").toString("utf8");
  return /kind["']?\s*[:=]\s*["']?Config/.test(text) && /(client-key-data|token|password)["']?\s*:\s*["']?[^\s"'{}]{8,}/.test(text);
}

/** A connection string that carries its credential (whatever the key's shape, e.g. a listKeys() result). */
const CONNECTION_CREDENTIAL = /(?:^|;)\s*(AccountKey|SharedAccessKey|Password|Pwd)\s*=\s*[^;\s]+/i;

/** Why a string value is a credential, whatever it is called; undefined otherwise. */
function valueReason(v: string): string | undefined {
  if (kubeconfigWithCredential(v)) return "kubeconfig with a credential";
  if (CONNECTION_CREDENTIAL.test(v)) return "connection string with a credential";
  return secretReason("", v) ?? (plaintextSecretReason("", v) === "value" ? "secret-looking value" : undefined);
}

function* leaves(v: unknown, path: string, depth = 0): Generator<[string, unknown]> {
  if (depth > 8) return;
  if (Array.isArray(v)) { for (let i = 0; i < v.length; i++) yield* leaves(v[i], `${path}[${i}]`, depth + 1); return; }
  if (isBag(v)) { for (const [k, x] of Object.entries(v)) yield* leaves(x, `${path}.${k}`, depth + 1); return; }
  yield [path, v];
}

/** [path, reason] of each plaintext secret inside one output (its value is never returned). */
export function outputSecrets(name: string, value: unknown): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [path, v] of leaves(value, name)) {
    const leaf = path.split(/[.[]/).filter(Boolean).pop()?.replace(/\]$/, "") ?? name;
    const announces = (n: string, re: RegExp) => re.test(n) && !REFERENCE_NAME.test(n);
    const named = announces(leaf, SECRET_NAME);
    if (typeof v === "string") {
      if (REFERENCE_VALUE.test(v.trim())) continue;
      const why = valueReason(v);
      if (why) out.push([path, why]);
      else if (named && v.trim() !== "" && !/^(true|false|\d+)$/i.test(v.trim())) out.push([path, "secret name"]);
    } else if (isUnknown(v) && (named || announces(leaf, KUBECONFIG_NAME))) {
      out.push([path, "secret name, value unknown during preview"]);
    }
  }
  return out;
}
