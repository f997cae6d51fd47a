// Turns a key-reference check into violations (C rules share the wording).
import { violation, type Violation } from "../../../core/rule";
import type { Profile } from "../../../core/profile";
import { keyRefStatus } from "./keyvault";

/** Violations for one key reference at `path` (absent → no CMK; outside the allowlist → refused). */
export function keyRefViolations(path: string, ref: unknown, profile: Profile): Violation[] {
  const s = keyRefStatus(ref, profile);
  if (s === "ok") return [];
  if (s === "absent") return [violation(`\`${path}\` absent : aucune clé gérée par le client (CMK)`, `\`${path}\` absent: no customer-managed key (CMK)`)];
  return [violation(
    `\`${path}\` = ${String(ref)} : coffre hors de la liste \`keys.azureKeyVaultUris\` du profil`,
    `\`${path}\` = ${String(ref)}: vault outside the profile's \`keys.azureKeyVaultUris\` list`)];
}
