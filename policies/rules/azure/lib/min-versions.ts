// Minimum maintained versions of the engines Azure resources declare (O-3.10: no obsolete
// component). Language runtimes (App Service, Functions) are in the dated table
// policies/rules/common/lib/runtime-eol.ts. Maintained by hand; review at each vendor end-of-life date.
// Table as of 2026-11-29. Sources: endoflife.date and the vendors' lifecycle pages.

export const MIN_VERSIONS_AS_OF = "2026-11-29";

export type Engine = "kubernetes" | "postgresql" | "mysql";

export const AZURE_MIN_VERSIONS: Record<Engine, { min: string; why: string }> = {
  // AKS keeps about three minor versions in standard support; verify with `az aks get-versions`.
  kubernetes: { min: "1.33", why: "AKS: 1.32 hors support standard depuis 2026 / 1.32 out of standard support since 2026" },
  postgresql: { min: "14", why: "PostgreSQL 13: fin de vie 2025-11-13 / end of life 2025-11-13" },
  mysql: { min: "8.4", why: "MySQL 8.0: fin de vie 2026-04 / end of life 2026-04" },
};

/** Leading dotted number of a version string ("~20", "v8.0", "20-lts", "8.0.21" → [20], [8,0], [20], [8,0,21]). */
export function parseVersion(v: string): number[] | undefined {
  const m = /(\d+(?:\.\d+)*)/.exec(v.replace(/^[~^v]/i, ""));
  return m ? m[1].split(".").map(Number) : undefined;
}

/** True when `v` is older than `min` (missing components count as 0). */
export function olderThan(v: number[], min: string): boolean {
  const m = min.split(".").map(Number);
  for (let i = 0; i < Math.max(v.length, m.length); i++) {
    const a = v[i] ?? 0;
    const b = m[i] ?? 0;
    if (a !== b) return a < b;
  }
  return false;
}
