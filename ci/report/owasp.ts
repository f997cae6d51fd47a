// OWASP Top 10 (2021) categories of the CI gate checks (docs/checks.md §4.3). Scanner rule ids
// usually start with the check name (`sast-crypto-md5` → `sast-crypto`); gitleaks rule ids are secrets.
// Used for SARIF tags and the Markdown summary.
const BY_CHECK: Record<string, string[]> = {
  "secrets-default": ["A02", "A07"], "secret-fr-phone": ["A02"], "secret-credentials-in-url": ["A02", "A07"],
  "secret-username-literal": ["A07"], "secret-pem-cert": ["A02"], "secret-jwt-token": ["A07"],
  "pulumi-config-plaintext-secret": ["A02"], "iac-literal-db-password": ["A07"],
  "sast-injection": ["A03"], "sast-crypto": ["A02"], "sast-password-storage": ["A02", "A07"],
  "sast-access-control": ["A01"], "sast-auth-hardening": ["A04", "A07"], "sast-misconfig": ["A05"],
  "sast-integrity": ["A08"], "sast-audit-logging": ["A09"], "sast-ssrf": ["A10"],
  "security-tests-present": ["A04"], "lockfile-provenance": ["A08"], "lockfile-present-and-used": ["A08"],
  "registry-signatures": ["A08"], "install-scripts-allowlist": ["A08"], "vendored-foreign-code": ["A08"],
  "unverified-snippet-sources": ["A08"], "deps-cvss-gate": ["A06"], "deps-obsolete": ["A06"],
  "deps-sla-report": ["A06"], "container-base-image": ["A06"], "sensitive-comments-credentials": ["A05"],
  "sensitive-comments-infra": ["A05"], "sensitive-comments-todo": ["A04", "A05"],
};

export const OWASP_NAMES: Record<string, string> = {
  A01: "A01:2021 - Broken Access Control", A02: "A02:2021 - Cryptographic Failures", A03: "A03:2021 - Injection",
  A04: "A04:2021 - Insecure Design", A05: "A05:2021 - Security Misconfiguration",
  A06: "A06:2021 - Vulnerable and Outdated Components", A07: "A07:2021 - Identification and Authentication Failures",
  A08: "A08:2021 - Software and Data Integrity Failures", A09: "A09:2021 - Security Logging and Monitoring Failures",
  A10: "A10:2021 - Server-Side Request Forgery",
};

/** OWASP categories of a rule id, from the longest check name it starts with; [] if none. */
export function owaspFor(rule: string, scanner?: string): string[] {
  let best = "";
  for (const check of Object.keys(BY_CHECK)) {
    if ((rule === check || rule.startsWith(check + "-") || rule.startsWith(check + ".")) && check.length > best.length) best = check;
  }
  if (best) return BY_CHECK[best];
  if (scanner === "gitleaks") return BY_CHECK["secrets-default"];
  return [];
}
