// Minimum maintained versions of the engines and runtimes Azure resources declare (O-3.10: no
// obsolete component). Maintained by hand; review at each vendor end-of-life date.
// Table as of 2026-11-29. Sources: endoflife.date and the vendors' lifecycle pages.

export const MIN_VERSIONS_AS_OF = "2026-11-29";

export type Engine = "kubernetes" | "postgresql" | "mysql" | "node" | "python" | "php" | "dotnet" | "java";

export const AZURE_MIN_VERSIONS: Record<Engine, { min: string; why: string }> = {
  // AKS keeps about three minor versions in standard support; verify with `az aks get-versions`.
  kubernetes: { min: "1.33", why: "AKS: 1.32 hors support standard depuis 2026 / 1.32 out of standard support since 2026" },
  postgresql: { min: "14", why: "PostgreSQL 13: fin de vie 2025-11-13 / end of life 2025-11-13" },
  mysql: { min: "8.4", why: "MySQL 8.0: fin de vie 2026-04 / end of life 2026-04" },
  node: { min: "22", why: "Node.js 20: fin de vie 2026-04-30 / end of life 2026-04-30" },
  python: { min: "3.10", why: "Python 3.9: fin de vie 2025-10 / end of life 2025-10" },
  php: { min: "8.2", why: "PHP 8.1: fin de vie 2025-12-31 / end of life 2025-12-31" },
  dotnet: { min: "10", why: ".NET 8 et 9: fin de support 2026-11-10 / end of support 2026-11-10" },
  // Java 8 support on App Service is vendor-specific (verify against the App Service Java roadmap).
  java: { min: "11", why: "Java 8: obsolète sur App Service / obsolete on App Service" },
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
