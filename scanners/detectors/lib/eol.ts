// End-of-life dates of runtimes and base-image lines (O-3.10 "composant obsolète").
// Node.js: nodejs.org release schedule. Other lines: the distributions' published EOL dates.

export const NODE_EOL: Record<number, string> = {
  14: "2023-04-30", 15: "2021-06-01", 16: "2023-09-11", 17: "2022-06-01", 18: "2025-04-30", 19: "2023-06-01",
  20: "2026-04-30", 21: "2024-06-01", 22: "2027-04-30", 23: "2025-06-01", 24: "2028-04-30", 25: "2026-06-01", 26: "2029-04-30",
};

export const NODE_CODENAMES: Record<string, number> = {
  argon: 4, boron: 6, carbon: 8, dubnium: 10, erbium: 12, fermium: 14, gallium: 16, hydrogen: 18, iron: 20, jod: 22, krypton: 24,
};

export type EolStatus = "eol" | "soon" | "supported" | "unknown";

/** Majors below 14 are long dead; unknown future majors are supported. `soonDays` flags lines about to end. */
export function nodeMajorStatus(major: number, now: Date, soonDays = 183): EolStatus {
  if (major < 14) return "eol";
  const d = NODE_EOL[major];
  if (!d) return "supported";
  return dateStatus(d, now, soonDays);
}

export function dateStatus(eol: string, now: Date, soonDays = 183): EolStatus {
  const t = Date.parse(eol + "T00:00:00Z");
  if (now.getTime() >= t) return "eol";
  if (now.getTime() >= t - soonDays * 86_400_000) return "soon";
  return "supported";
}

/** Lowest Node major a semver range accepts (0 when it has no lower bound). */
export function lowestNodeMajor(range: string): number | undefined {
  const alts = range.split("||").map((a) => a.trim());
  let lowest: number | undefined;
  for (const alt of alts) {
    const m = lowestOfAlternative(alt);
    if (m === undefined) continue;
    lowest = lowest === undefined ? m : Math.min(lowest, m);
  }
  return lowest;
}

function lowestOfAlternative(alt: string): number | undefined {
  if (alt === "" || alt === "*" || /^x$/i.test(alt) || alt === "latest") return 0;
  const hyphen = /^v?(\d+)(?:\.[\dx*]+)*\s+-\s+/.exec(alt);
  if (hyphen) return Number(hyphen[1]);
  const comps = alt.replace(/(>=|<=|>|<|=|\^|~)\s+/g, "$1").split(/\s+/);
  let lower: number | undefined;
  let sawUpperOnly = false;
  for (const c of comps) {
    const m = /^(>=|>|=|\^|~|<=|<)?v?(\d+|x|\*)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?/.exec(c);
    if (!m) continue;
    const op = m[1] ?? "";
    if (m[2] === "x" || m[2] === "*") return 0;
    const major = Number(m[2]);
    if (op === "<" || op === "<=") { sawUpperOnly = true; continue; }
    const exact = m[3] !== undefined && m[4] !== undefined && m[3] !== "x" && m[4] !== "x";
    const v = op === ">" && !exact && m[3] === undefined ? major + 1 : major;
    lower = lower === undefined ? v : Math.max(lower, v);
  }
  if (lower === undefined && sawUpperOnly) return 0;
  return lower;
}

/** `.nvmrc` / `.node-version` content → major (undefined for `node`, `lts/*`, `stable`). */
export function nvmrcMajor(text: string): number | undefined {
  const v = text.split(/\r?\n/).map((l) => l.replace(/#.*/, "").trim()).find(Boolean);
  if (!v) return undefined;
  const lts = /^lts\/([a-z]+)$/i.exec(v);
  if (lts) return NODE_CODENAMES[lts[1].toLowerCase()];
  const m = /^v?(\d+)/.exec(v);
  return m ? Number(m[1]) : undefined;
}

/** Base-image lines with a known end of life (image name → tag prefix → date). */
export const IMAGE_EOL: { image: RegExp; tag: RegExp; eol: string; label: string }[] = [
  { image: /^(library\/)?python$/, tag: /^3\.8(\b|[.-])/, eol: "2024-10-07", label: "Python 3.8" },
  { image: /^(library\/)?python$/, tag: /^3\.9(\b|[.-])/, eol: "2025-10-31", label: "Python 3.9" },
  { image: /^(library\/)?debian$/, tag: /^(9|stretch)(\b|[.-])/, eol: "2022-06-30", label: "Debian 9" },
  { image: /^(library\/)?debian$/, tag: /^(10|buster)(\b|[.-])/, eol: "2024-06-30", label: "Debian 10" },
  { image: /^(library\/)?ubuntu$/, tag: /^(18\.04|bionic)(\b|[.-])/, eol: "2023-05-31", label: "Ubuntu 18.04" },
  { image: /^(library\/)?ubuntu$/, tag: /^(20\.04|focal)(\b|[.-])/, eol: "2025-05-31", label: "Ubuntu 20.04" },
  { image: /^(library\/)?alpine$/, tag: /^3\.(1[0-9])(\b|[.-])/, eol: "2025-11-01", label: "Alpine ≤ 3.19" },
];
