// Inline suppressions (`// nosemgrep`, `gitleaks:allow`, a security rule's `eslint-disable`) are
// written by whoever writes the code: the vendor. The gate honours none of them unless the
// hospital's profile says so (gate.honourInlineSuppressions); the profile's waivers, with an
// approver and an expiry, are the one way to waive. A finding on a suppressed line says so.
export const NOT_HONOURED = {
  fr: (marker: string): string => `Suppression « ${marker} » non prise en compte : seules les dérogations du profil s'appliquent.`,
  en: (marker: string): string => `Suppression not honoured ("${marker}"): only the profile's waivers apply.`,
};

/** `nosemgrep` / `nosem` on the finding's line or the line above (semgrep's own rule). */
export function hasNosemgrep(line: string, previous: string): boolean {
  const re = /\bnosem(?:grep)?\b/i;
  return re.test(line) || re.test(previous);
}
