import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import "../../policies/core/crossguard";
import { installDeserializer, secretKeysOf } from "../../policies/core/deserializer";

const SECRET = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: "s3cr3t" };
const struct = (raw: Record<string, unknown>) => ({ toJavaScript: () => raw });

function standIn() {
  const calls: boolean[] = [];
  const mod = {
    deserializeProperties: (s: { toJavaScript(): Record<string, unknown> }, proxySecrets: boolean) => {
      calls.push(proxySecrets);
      return { ...s.toJavaScript() };
    },
  };
  installDeserializer(mod);
  return { mod, calls };
}

describe("the deserializer edge", () => {
  it("deserializes one Struct once per secrets flag, however many policies ask", () => {
    const { mod, calls } = standIn();
    const s = struct({ bucket: "hop-data" });
    const first = mod.deserializeProperties(s, false);
    for (let i = 0; i < 35; i++) expect(mod.deserializeProperties(s, false)).toBe(first);
    expect(calls).toEqual([false]);
    mod.deserializeProperties(s, true);
    mod.deserializeProperties(struct({ bucket: "other" }), false);
    expect(calls).toEqual([false, true, false]);
  });
  it("wraps once, and still records the top-level keys sent as secrets", () => {
    const { mod, calls } = standIn();
    installDeserializer(mod);
    const props = mod.deserializeProperties(struct({ kubeconfig: SECRET, name: "aks" }), false);
    expect(calls).toHaveLength(1);
    expect(secretKeysOf(props)).toEqual(["kubeconfig"]);
    expect(secretKeysOf({ __getSpecialProxyTarget: props })).toEqual(["kubeconfig"]);
  });
  it("is installed on @pulumi/policy's own module, which server.js calls through its exports", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module the pack patches
    const mod = require("@pulumi/policy/deserialize") as { deserializeProperties: { clausierOnce?: true } };
    expect(mod.deserializeProperties.clausierOnce).toBe(true);
    const server = readFileSync(require.resolve("@pulumi/policy/server.js"), "utf8");
    expect(server).toMatch(/deserialize_1\.deserializeProperties\(r\.getProperties\(\), false\)/);
  });
});
