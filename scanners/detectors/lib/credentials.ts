// Credential patterns (docs/checks.md §4.1) and the placeholder test shared by several detectors.
import type { Severity } from "../../../policies/core/model";

/** Values that are obviously not real secrets: env/config lookups, templates, well-known dummies. */
export function isPlaceholder(raw: string): boolean {
  const s = raw.trim().replace(/^['"`]+|['"`,;)]+$/g, "");
  if (s.length < 3) return true;
  if (/^\$\{?[A-Za-z_][\w.:-]*\}?$/.test(s) || /\$\{[^}]*\}|\{\{[^}]*\}\}|%s|%\(\w+\)s|<[^>]+>|\$\(/.test(s)) return true;
  if (/^(process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv|env\(|config\.|secrets\.|vault:|keyvault:|\[?redacted\]?)/i.test(s)) return true;
  if (/^(changeme|change_me|change-me|changeit|password|passwd|secret|motdepasse|mot_de_passe|mdp|todo|tbd|none|null|nil|undefined|example|dummy|placeholder|redacted|test|testing|foo|bar|foobar|pass|user:pass|admin|root|required|optional|string|hidden)$/i.test(s)) return true;
  if (/^(your|my|some|the)[_-]?\w*$/i.test(s) || /^(x+|\*+|\.+|…|-+|_+)$/i.test(s)) return true;
  return false;
}

/** A value shaped like a real secret rather than a word of prose. */
export function looksSecret(v: string, quoted: boolean): boolean {
  if (quoted) return v.length >= 4;
  if (v.length < 6) return false;
  const digit = /\d/.test(v);
  const alpha = /[A-Za-z]/.test(v);
  return (digit && alpha) || /[!@#$%^&*?~+=/]/.test(v) || (/[a-z]/.test(v) && /[A-Z]/.test(v) && !/^[A-Z][a-z]+$/.test(v));
}

export interface CredentialMatch {
  index: number;
  kind: { fr: string; en: string };
  secret: string;
  severity?: Severity;
}

interface Pattern {
  re: RegExp;
  group: number;
  kind: { fr: string; en: string };
  severity?: Severity;
  check?: (m: RegExpExecArray) => boolean;
}

const PATTERNS: Pattern[] = [
  {
    re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/g, group: 0, severity: "critical",
    kind: { fr: "clé privée PEM", en: "PEM private key" },
  },
  {
    re: /\b[a-z][a-z0-9+.-]{1,20}:\/\/([^\s/:@'"]{1,64}):([^\s/@'"]{3,128})@[^\s/'"]+/gi, group: 2, severity: "critical",
    kind: { fr: "identifiants dans une URL", en: "credentials in a URL" },
    check: (m) => !(m[1] === "user" && m[2] === "pass") && !isPlaceholder(m[2]),
  },
  {
    re: /(?:server|data source|host)\s*=[^;]+;[^"'\n]*?(?:password|pwd)\s*=\s*([^;"'\s]{3,})/gi, group: 1,
    kind: { fr: "chaîne de connexion ADO/ODBC avec mot de passe", en: "ADO/ODBC connection string with a password" },
    check: (m) => !isPlaceholder(m[1]),
  },
  {
    re: /jdbc:[a-z0-9]+:\/\/\S*?(?:password|pwd)=([^&\s;]{3,})/gi, group: 1,
    kind: { fr: "URL JDBC avec mot de passe", en: "JDBC URL with a password" },
    check: (m) => !isPlaceholder(m[1]),
  },
  {
    re: /DefaultEndpointsProtocol=https?;AccountName=[^;]+;AccountKey=([A-Za-z0-9+/=]{40,})/g, group: 1, severity: "critical",
    kind: { fr: "chaîne de connexion Azure Storage", en: "Azure Storage connection string" },
  },
  {
    re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, group: 0,
    kind: { fr: "jeton JWT", en: "JWT" },
  },
  {
    re: /\b(?:mot_?de_?passe|motdepasse|mdp|identifiant|utilisateur|login|username|user(?:name)?)\s*[:=]\s*['"]([^'"\s]{3,})['"]/gi, group: 1, severity: "medium",
    kind: { fr: "identifiant ou mot de passe littéral", en: "literal user name or password" },
    check: (m) => !isPlaceholder(m[1]),
  },
  {
    re: /\b(?:password|passwd|pwd|passphrase|mot[ _]?de[ _]?passe|motdepasse|mdp|secret|client[_-]?secret|api[_-]?key|apikey|access[_-]?key|auth[_-]?token|token)\b\s*(?:[:=]|=>)\s*(['"]?)([^\s'"`,;]+)\1/gi, group: 2,
    kind: { fr: "mot de passe ou secret en clair", en: "plaintext password or secret" },
    check: (m) => !isPlaceholder(m[2]) && looksSecret(m[2], m[1] !== ""),
  },
];

/** Every credential-looking value in a text (one per position). */
export function findCredentials(text: string): CredentialMatch[] {
  const out: CredentialMatch[] = [];
  const taken: [number, number][] = [];
  for (const p of PATTERNS) {
    for (const m of text.matchAll(new RegExp(p.re.source, p.re.flags))) {
      if (p.check && !p.check(m)) continue;
      const end = m.index + m[0].length;
      if (taken.some(([a, b]) => m.index < b && end > a)) continue;
      taken.push([m.index, end]);
      out.push({ index: m.index, kind: p.kind, secret: m[p.group], severity: p.severity });
    }
  }
  return out;
}
