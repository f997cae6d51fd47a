// INS (identifiant national de santé) OIDs, docs/checks.md §4.1. Test OIDs …1.4.10 / …1.4.11 are allowed.
import { NIR_RE } from "./nir";

/** INS-NIR (…1.4.8) or INS-NIA (…1.4.9), not followed by another digit (so …1.4.10 does not match). */
export const INS_OID_RE = /(?<![\d.])1\.2\.250\.1\.213\.1\.4\.([89])(?![\d])/g;
/** FHIR identifier system with a production INS OID (JSON or XML). */
export const FHIR_INS_SYSTEM_RE = /(?:"system"\s*:\s*"|<system\s+value\s*=\s*")urn:oid:1\.2\.250\.1\.213\.1\.4\.[89]"/g;

export interface InsMatch {
  index: number;
  kind: "fhir-system" | "oid-near-nir";
  /** The NIR-shaped value near the OID (the secret to redact), when there is one. */
  value?: string;
}

export function findIns(text: string, window = 200): InsMatch[] {
  const out: InsMatch[] = [];
  const seen = new Set<number>();
  for (const m of text.matchAll(FHIR_INS_SYSTEM_RE)) {
    const near = nirNear(text, m.index, window);
    out.push({ index: m.index, kind: "fhir-system", value: near });
    seen.add(m.index + m[0].indexOf("1.2.250"));
  }
  for (const m of text.matchAll(INS_OID_RE)) {
    if (seen.has(m.index)) continue;
    const near = nirNear(text, m.index, window);
    if (near) out.push({ index: m.index, kind: "oid-near-nir", value: near });
  }
  return out;
}

function nirNear(text: string, index: number, window: number): string | undefined {
  const from = Math.max(0, index - window);
  const slice = text.slice(from, Math.min(text.length, index + window));
  const re = new RegExp(NIR_RE.source, "g");
  const m = re.exec(slice);
  return m ? m[0] : undefined;
}
