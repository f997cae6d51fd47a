// Which properties the engine sent as secrets. @pulumi/policy unwraps secrets without a trace
// before policies run (server.js: deserializeProperties(…, false)); the engine does mark them
// (the secret signature), so this edge records, for each deserialized property bag, the
// top-level keys that were secret. Rules see them as StackResourceView.secrets (e.g. to tell a
// stack output exported with pulumi.secret() from a plaintext one). Values are not touched.

/** The protobuf Struct the engine sends (only what is read here). */
interface Struct {
  toJavaScript(): Record<string, unknown>;
}

const SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

const marks = new WeakMap<object, string[]>();

function isSecretValue(v: unknown): boolean {
  return typeof v === "object" && v !== null && (v as Record<string, unknown>)[SIG_KEY] === SECRET_SIG;
}

type Deserialize = (s: Struct, proxySecrets: boolean) => Record<string, unknown>;

/** Wraps @pulumi/policy's deserializer (called through its exports object by server.js) once. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- internal module of @pulumi/policy, patched in place
export function installSecretMarks(mod: { deserializeProperties: Deserialize } = require("@pulumi/policy/deserialize")): void {
  const orig = mod.deserializeProperties as Deserialize & { clausierMarks?: true };
  if (orig.clausierMarks) return;
  const wrapped: Deserialize & { clausierMarks?: true } = function (this: unknown, s, proxySecrets) {
    const props = orig.call(this, s, proxySecrets);
    const raw = s.toJavaScript();
    const secret = Object.keys(raw).filter((k) => isSecretValue(raw[k]));
    if (secret.length && props && typeof props === "object") marks.set(props, secret);
    return props;
  };
  wrapped.clausierMarks = true;
  mod.deserializeProperties = wrapped;
}

/** Top-level keys of a deserialized bag (or of the proxy over it) that the engine sent as secrets. */
export function secretKeysOf(props: unknown, proxyTarget = "__getSpecialProxyTarget"): string[] {
  if (typeof props !== "object" || props === null) return [];
  const target = (props as Record<string, unknown>)[proxyTarget];
  return marks.get((typeof target === "object" && target !== null ? target : props) as object) ?? [];
}
