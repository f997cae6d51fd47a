import { describe, expect, it } from "vitest";
import { lineOf, obsoleteRuntime, RUNTIME_EOL } from "../../../../policies/rules/common/lib/runtime-eol";

const at = (d: string) => new Date(`${d}T12:00:00Z`);

describe("runtime end-of-support table", () => {
  it("dates every line and names its source", () => {
    for (const l of RUNTIME_EOL) {
      expect(l.endOfSupport, l.line).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(l.source.length, l.line).toBeGreaterThan(5);
    }
  });
  it("reads release lines from the version strings Azure and Lambda use", () => {
    expect(lineOf("node", "~20")).toBe("20");
    expect(lineOf("node", "20-lts")).toBe("20");
    expect(lineOf("python", "3.9")).toBe("3.9");
    expect(lineOf("java", "1.8")).toBe("8");
    expect(lineOf("dotnet", "v8.0")).toBe("8");
    expect(lineOf("dotnet", "v4.8")).toBeUndefined();
    expect(lineOf("functions", "~3")).toBe("~3");
  });
  it("makes a line obsolete from its date on, not before", () => {
    expect(obsoleteRuntime("lambda", "dotnet8", at("2026-11-09"))).toBeUndefined();
    expect(obsoleteRuntime("lambda", "dotnet8", at("2026-11-10"))?.endOfSupport).toBe("2026-11-10");
    expect(obsoleteRuntime("node", "20", at("2026-04-29"))).toBeUndefined();
    expect(obsoleteRuntime("node", "~20", at("2026-05-01"))?.line).toBe("20");
  });
  it("treats lines older than the table as obsolete and newer ones as maintained", () => {
    expect(obsoleteRuntime("node", "8", at("2026-11-29"))?.line).toBe("14");
    expect(obsoleteRuntime("node", "26", at("2026-11-29"))).toBeUndefined();
    expect(obsoleteRuntime("lambda", "nodejs24.x", at("2026-11-29"))).toBeUndefined();
    expect(obsoleteRuntime("functions", "~4", at("2026-11-29"))).toBeUndefined();
  });
});
