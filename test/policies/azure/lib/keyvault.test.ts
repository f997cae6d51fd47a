import { describe, expect, it } from "vitest";
import { defaultProfile } from "../../../../policies/core/profile";
import { UNKNOWN } from "../../../../policies/core/unknown";
import { keyRefStatus } from "../../../../policies/rules/azure/lib/keyvault";

const withVaults = (uris: string[]) => { const p = defaultProfile(); p.keys.azureKeyVaultUris = uris; return p; };

describe("keyRefStatus", () => {
  it("accepts any customer key when the profile lists no vault", () => {
    expect(keyRefStatus("https://any.vault.azure.net/keys/k", defaultProfile())).toBe("ok");
  });
  it("reports absent references", () => {
    expect(keyRefStatus(undefined, defaultProfile())).toBe("absent");
    expect(keyRefStatus("  ", defaultProfile())).toBe("absent");
  });
  it("accepts a key under an allowlisted vault, case-insensitively, with or without trailing slash", () => {
    const p = withVaults(["https://kv-hds.vault.azure.net/"]);
    expect(keyRefStatus("https://KV-HDS.vault.azure.net/keys/k/123", p)).toBe("ok");
    expect(keyRefStatus("https://kv-hds.vault.azure.net", p)).toBe("ok");
  });
  it("refuses other vaults and look-alike host names", () => {
    const p = withVaults(["https://kv-hds.vault.azure.net"]);
    expect(keyRefStatus("https://other.vault.azure.net/keys/k", p)).toBe("not-allowlisted");
    expect(keyRefStatus("https://kv-hds.vault.azure.net.evil.example/keys/k", p)).toBe("not-allowlisted");
  });
  it("accepts an unknown reference (a key created in the stack)", () => {
    expect(keyRefStatus(UNKNOWN, withVaults(["https://kv.vault.azure.net"]))).toBe("ok");
  });
});
