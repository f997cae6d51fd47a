// The one wrapper around @pulumi/policy's deserializer (server.js calls it through its exports
// object, so it can be wrapped in place). It does two things the pack needs:
// - Deserializes each property Struct once per request. server.js deserializes a resource's
//   properties again for every policy that runs on it, so for a stack request every resource
//   once per stack policy: at 3,000 resources, protobuf's toJavaScript was 30 % of the pack's
//   time. The engine's Struct objects are cached by their message (jspb getWrapperField), and the
//   result is shared only as the target of @pulumi/policy's fresh proxy, which rules never see:
//   they read copies (crossguard.ts rawBag).
// - Records which top-level properties the engine sent as secrets. @pulumi/policy unwraps secrets
//   without a trace before policies run (deserializeProperties(…, false)); the engine does mark
//   them (the secret signature). Rules see them as StackResourceView.secrets (e.g. to tell a stack
//   output exported with pulumi.secret() from a plaintext one). Values are not touched.

/** The protobuf Struct the engine sends (only what is read here). */
interface Struct {
  toJavaScript(): Record<string, unknown>;
}

/** How the engine signs a secret on the wire: `{ [SIG_KEY]: SECRET_SIG, value }`. */
export const SIG_KEY = "4dabf18193072939515e22adb298388d";
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

const marks = new WeakMap<object, string[]>();

export function isSecretValue(v: unknown): boolean {
  return typeof v === "object" && v !== null && (v as Record<string, unknown>)[SIG_KEY] === SECRET_SIG;
}

export function secretValue(value: unknown): { [SIG_KEY]: string; value: unknown } {
  return { [SIG_KEY]: SECRET_SIG, value };
}

type Deserialize = (s: Struct, proxySecrets: boolean) => Record<string, unknown>;
type Wrapped = Deserialize & { clausierOnce?: true };

/** Wraps @pulumi/policy's deserializer once; `mod` is its module (a stand-in in tests). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- internal module of @pulumi/policy, patched in place
export function installDeserializer(mod: { deserializeProperties: Deserialize } = require("@pulumi/policy/deserialize")): void {
  const orig = mod.deserializeProperties as Wrapped;
  if (orig.clausierOnce) return;
  const done = new WeakMap<Struct, Map<boolean, Record<string, unknown>>>();
  const wrapped: Wrapped = function (this: unknown, s, proxySecrets) {
    if (typeof s !== "object" || s === null) return orig.call(this, s, proxySecrets);
    const byFlag = done.get(s) ?? new Map<boolean, Record<string, unknown>>();
    const hit = byFlag.get(proxySecrets);
    if (hit) return hit;
    const props = orig.call(this, s, proxySecrets);
    const raw = s.toJavaScript();
    const secret = Object.keys(raw).filter((k) => isSecretValue(raw[k]));
    if (secret.length && props && typeof props === "object") marks.set(props, secret);
    byFlag.set(proxySecrets, props);
    done.set(s, byFlag);
    return props;
  };
  wrapped.clausierOnce = true;
  mod.deserializeProperties = wrapped;
}

/** Top-level keys of a deserialized bag (or of the proxy over it) that the engine sent as secrets. */
export function secretKeysOf(props: unknown, proxyTarget = "__getSpecialProxyTarget"): string[] {
  if (typeof props !== "object" || props === null) return [];
  const target = (props as Record<string, unknown>)[proxyTarget];
  return marks.get((typeof target === "object" && target !== null ? target : props) as object) ?? [];
}
