// Customer-managed key references (docs/checks.md §3.2, "CMK-allowlisted"), Azure side.
import type { Profile } from "../../../core/profile";
import { isUnknown } from "../../../core/unknown";

export type KeyRefStatus = "ok" | "absent" | "not-allowlisted";

function norm(u: string): string {
  return u.trim().toLowerCase().replace(/\/+$/, "");
}

/**
 * A Key Vault key URI or vault URI is allowlisted when the profile lists no vault (any customer key
 * is accepted) or when it lies under one of `keys.azureKeyVaultUris` (path boundary respected, so
 * `https://kv.vault.azure.net` does not admit `https://kv.vault.azure.net.evil.example`).
 * UNKNOWN during preview is accepted: a key URI unknown at preview is the output of a key or vault
 * created in the same stack, which the CMK definition accepts.
 */
export function keyRefStatus(ref: unknown, profile: Profile): KeyRefStatus {
  if (isUnknown(ref)) return "ok";
  if (typeof ref !== "string" || !ref.trim()) return "absent";
  const allowed = profile.keys.azureKeyVaultUris;
  if (!allowed.length) return "ok";
  const u = norm(ref);
  return allowed.some((a) => u === norm(a) || u.startsWith(norm(a) + "/")) ? "ok" : "not-allowlisted";
}

