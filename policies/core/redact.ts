// Nothing we found that looks secret is ever written out: every reporter passes its text here.

/** Below this length, a secret made of word characters only is masked as a whole word. */
const SHORT_WORD = /^\w{3,7}$/;

/**
 * Replaces every occurrence of each secret by a fixed-width mask keeping no character of it. A
 * short word-like value (`example`, `admin`: what placeholder passwords are) is masked where it
 * stands as a word, not inside longer words: masked everywhere it would blank paths such as
 * `examples/` and the prose around every finding.
 */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const s of secrets) {
    if (s.length < 3) continue;
    out = SHORT_WORD.test(s) ? out.replace(new RegExp(`(?<![A-Za-z0-9_])${s}(?![A-Za-z0-9_])`, "g"), "[REDACTED]") : out.split(s).join("[REDACTED]");
  }
  return out;
}

/** A short, stable, non-reversible label for a secret (to tell two findings apart). */
export function secretLabel(secret: string): string {
  let h = 2166136261;
  for (let i = 0; i < secret.length; i++) h = Math.imul(h ^ secret.charCodeAt(i), 16777619) >>> 0;
  return `secret#${h.toString(16).padStart(8, "0")}`;
}
