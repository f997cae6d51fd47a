// T2-V2 — O-3.10: the project does not target an end-of-life Node.js line (engines.node, .nvmrc, .node-version).
// (The registry half of T2-V2 — deprecated packages via `npm view` — needs the registry and is not done here.)
import type { GateHit } from "./lib/context";
import { defineDetector } from "./lib/define";
import { lowestNodeMajor, NODE_EOL, nodeMajorStatus, nvmrcMajor } from "./lib/eol";
import { baseName, inNodeModules, isFixturePath } from "./lib/paths";

const FILES = ["package.json", ".nvmrc", ".node-version", ".tool-versions"];

function hitFor(major: number, where: string, line: number, now: Date): GateHit | undefined {
  const status = nodeMajorStatus(major, now);
  const eol = NODE_EOL[major] ?? "< 2023";
  if (status === "eol") return { line, message: { fr: `${where} autorise Node.js ${major}, en fin de vie depuis ${eol}`, en: `${where} allows Node.js ${major}, end of life since ${eol}` } };
  if (status === "soon") return { line, severity: "medium", message: { fr: `${where} autorise Node.js ${major}, en fin de vie le ${eol}`, en: `${where} allows Node.js ${major}, end of life on ${eol}` } };
  return undefined;
}

export const depsObsolete = defineDetector(
  {
    name: "deps-obsolete",
    row: "T2-V2",
    clauses: ["O-3.10"],
    severity: "high",
    basis: { kind: "clause", text: "absence … de composant obsolète (sans maintenance de correctif de vulnérabilité de l'éditeur)" },
    scope: "core",
    description: {
      fr: "Le projet ne cible pas une version de Node.js en fin de vie (engines.node, .nvmrc, .node-version, .tool-versions).",
      en: "The project does not target an end-of-life Node.js line (engines.node, .nvmrc, .node-version, .tool-versions).",
    },
    remediation: {
      fr: "Cibler la LTS maintenue (ex. `\"engines\": {\"node\": \">=22\"}`, .nvmrc `24`) et tester dessus.",
      en: "Target the maintained LTS (e.g. `\"engines\": {\"node\": \">=22\"}`, .nvmrc `24`) and test on it.",
    },
  },
  (path) => !inNodeModules(path) && !isFixturePath(path) && FILES.includes(baseName(path)),
  (file, ctx) => {
    const b = baseName(file.path);
    const lines = file.text.split(/\r?\n/);
    if (b === "package.json") {
      let pkg: { engines?: { node?: unknown } };
      try {
        pkg = JSON.parse(file.text) as typeof pkg;
      } catch {
        return [];
      }
      const range = pkg.engines?.node;
      if (typeof range !== "string") return [];
      const major = lowestNodeMajor(range);
      if (major === undefined) return [];
      const line = lines.findIndex((l) => /"node"\s*:/.test(l)) + 1 || 1;
      const h = hitFor(major, `engines.node « ${range} »`, line, ctx.now);
      return h ? [h] : [];
    }
    if (b === ".tool-versions") {
      const i = lines.findIndex((l) => /^\s*(nodejs|node)\s+/.test(l));
      if (i < 0) return [];
      const major = nvmrcMajor(lines[i].replace(/^\s*(nodejs|node)\s+/, ""));
      const h = major === undefined ? undefined : hitFor(major, ".tool-versions", i + 1, ctx.now);
      return h ? [h] : [];
    }
    const major = nvmrcMajor(file.text);
    const h = major === undefined ? undefined : hitFor(major, b, 1, ctx.now);
    return h ? [h] : [];
  },
);
