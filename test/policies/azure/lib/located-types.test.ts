import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AZURE_LOCATED_TYPES } from "../../../../policies/rules/azure/lib/located-types";
import { installedLocatedTokens } from "../azure-tokens";

const FILE = join(__dirname, "../../../../policies/rules/azure/lib/located-types.ts");

function render(tokens: string[]): string {
  return `// Generated from @pulumi/azure-native: the resource tokens whose \`*Args\` declare a \`location\`
// input. test/policies/azure/lib/located-types.test.ts fails when it drifts from the installed
// package; regenerate with UPDATE_LOCATED_TYPES=1 npx vitest run test/policies/azure/lib/located-types.test.ts
export const AZURE_LOCATED_TYPES: ReadonlySet<string> = new Set([
${tokens.map((t) => `  "${t}",`).join("\n")}
]);
`;
}

describe("AZURE_LOCATED_TYPES", () => {
  const installed = installedLocatedTokens();
  if (process.env.UPDATE_LOCATED_TYPES === "1") writeFileSync(FILE, render(installed));
  it("matches the installed @pulumi/azure-native", () => {
    expect([...AZURE_LOCATED_TYPES].sort()).toEqual(installed);
  });
  it("contains the usual located types and no sub-resource", () => {
    expect(AZURE_LOCATED_TYPES.has("azure-native:storage:StorageAccount")).toBe(true);
    expect(AZURE_LOCATED_TYPES.has("azure-native:resources:ResourceGroup")).toBe(true);
    expect(AZURE_LOCATED_TYPES.has("azure-native:storage:BlobContainer")).toBe(false);
  });
});
