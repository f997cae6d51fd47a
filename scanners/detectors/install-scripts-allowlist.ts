// T2-P4 — O-12.5.6: packages that run install scripts are on the allowlist.
import type { GateHit } from "./lib/context";
import { defineDetector } from "./lib/define";
import { parseLockfile } from "./lib/lockfile";
import { baseName, inNodeModules, isFixturePath } from "./lib/paths";

const SCRIPT_HOOKS = ["preinstall", "install", "postinstall"];

export function isAllowedInstaller(name: string, allowlist: readonly string[]): boolean {
  return allowlist.some((a) => a === name || (a.endsWith("/*") && name.startsWith(a.slice(0, -1))));
}

export const installScriptsAllowlist = defineDetector(
  {
    name: "install-scripts-allowlist",
    row: "T2-P4",
    clauses: ["O-12.5.6"],
    severity: "medium",
    basis: { kind: "profile", key: "gate.installScriptsAllowlist" },
    description: {
      fr: "Seuls les paquets de la liste autorisée exécutent des scripts d'installation (preinstall, install, postinstall).",
      en: "Only allowlisted packages run install scripts (preinstall, install, postinstall).",
    },
    remediation: {
      fr: "Installer avec `npm ci --ignore-scripts`, analyser le script, puis ajouter le paquet à profile.gate.installScriptsAllowlist s'il est légitime.",
      en: "Install with `npm ci --ignore-scripts`, review the script, then add the package to profile.gate.installScriptsAllowlist if legitimate.",
    },
  },
  (path) => !isFixturePath(path) && (
    (["package-lock.json", "npm-shrinkwrap.json"].includes(baseName(path)) && !inNodeModules(path))
    || (baseName(path) === "package.json" && inNodeModules(path))),
  (file, ctx) => {
    const allow = ctx.profile.gate.installScriptsAllowlist;
    const hits: GateHit[] = [];
    if (baseName(file.path) === "package.json") {
      let pkg: { name?: unknown; scripts?: Record<string, unknown> };
      try {
        pkg = JSON.parse(file.text) as typeof pkg;
      } catch {
        return [];
      }
      const name = typeof pkg.name === "string" ? pkg.name : file.path;
      const hooks = SCRIPT_HOOKS.filter((h) => typeof pkg.scripts?.[h] === "string");
      if (hooks.length && !isAllowedInstaller(name, allow)) {
        const line = file.text.split(/\r?\n/).findIndex((l) => new RegExp(`"(${hooks.join("|")})"\\s*:`).test(l)) + 1;
        hits.push({ line: line || 1, message: { fr: `${name} exécute un script ${hooks.join("/")} hors liste autorisée`, en: `${name} runs a ${hooks.join("/")} script and is not allowlisted` } });
      }
      return hits;
    }
    const lock = parseLockfile(file.text);
    for (const e of lock?.entries ?? []) {
      if (e.workspace || !e.hasInstallScript || isAllowedInstaller(e.name, allow)) continue;
      hits.push({ line: e.line, message: { fr: `${e.name}@${e.version ?? "?"} a un script d'installation hors liste autorisée`, en: `${e.name}@${e.version ?? "?"} has an install script and is not allowlisted` } });
    }
    return hits;
  },
);
