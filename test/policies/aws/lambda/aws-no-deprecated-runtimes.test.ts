import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/lambda/aws-no-deprecated-runtimes";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";

const NOW = "2026-11-29";
const fn = (runtime?: string, extra: { profile?: unknown; now?: string } = {}) =>
  run(rule, "aws:lambda/function:Function", runtime ? { runtime } : {}, { now: NOW, ...extra });

describe("aws-no-deprecated-runtimes", () => {
  it("passes current runtimes and container images", () => {
    expect(fn("nodejs22.x")).toEqual([]);
    expect(fn("python3.12")).toEqual([]);
    expect(fn()).toEqual([]);
  });
  it.each(["nodejs16.x", "python3.8", "go1.x", "java8", "nodejs20.x", "dotnet8"])("fails %s, past its deprecation date", (r) => {
    const out = fn(r);
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain(r);
    expect(out[0].enforcementLevel).toBe("mandatory");
  });
  it("follows the table's dates: dotnet8 passes before 2026-11-10", () => {
    expect(fn("dotnet8", { now: "2026-11-01" })).toEqual([]);
    expect(fn("dotnet8", { now: "2026-11-10" })[0].message).toContain("2026-11-10");
  });
  it("adds the profile's deprecatedRuntimes", () => {
    expect(fn("python3.12", { profile: { deprecatedRuntimes: ["python3.12"] } })[0].message).toContain("deprecatedRuntimes");
  });
  it("never passes an unknown runtime", () => {
    expect(fn(UNKNOWN_STRING)[0].message).toContain("inconnu");
  });
});
