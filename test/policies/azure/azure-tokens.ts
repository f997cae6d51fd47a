// Reads the installed @pulumi/azure-native: every resource token, and the tokens whose `*Args`
// declare a `location` input (the source of policies/rules/azure/lib/located-types.ts).
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";

const ROOT = dirname(require.resolve("@pulumi/azure-native/package.json"));

function moduleDirs(): string[] {
  return readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !["types", "node_modules"].includes(d.name))
    .map((d) => join(ROOT, d.name));
}

function tokenOf(js: string): string | undefined {
  return /__pulumiType = '(azure-native:[^']+)'/.exec(js)?.[1];
}

/** Every `azure-native:<module>:<Resource>` token of the installed package. */
export function installedAzureTokens(): Set<string> {
  const out = new Set<string>();
  for (const dir of moduleDirs()) {
    for (const f of readdirSync(dir)) {
      if (!f.endsWith(".js")) continue;
      const t = tokenOf(readFileSync(join(dir, f), "utf8"));
      if (t) out.add(t);
    }
  }
  return out;
}

/** Tokens whose resource `*Args` interface has a top-level `location` input. */
export function installedLocatedTokens(): string[] {
  const out: string[] = [];
  for (const dir of moduleDirs()) {
    for (const f of readdirSync(dir)) {
      if (!f.endsWith(".d.ts")) continue;
      const js = join(dir, f.replace(/\.d\.ts$/, ".js"));
      if (!existsSync(js)) continue;
      const t = tokenOf(readFileSync(js, "utf8"));
      if (!t) continue;
      const m = /^export interface \w+Args \{\n([\s\S]*?)^\}/m.exec(readFileSync(join(dir, f), "utf8"));
      if (m && /^ {4}location\??: /m.test(m[1])) out.push(t);
    }
  }
  return out.sort();
}
