import { describe, expect, it } from "vitest";
import { olderThan, parseVersion } from "../../../../policies/rules/azure/lib/min-versions";

describe("min-versions helpers", () => {
  it("parses version strings used by Azure", () => {
    expect(parseVersion("~20")).toEqual([20]);
    expect(parseVersion("v8.0")).toEqual([8, 0]);
    expect(parseVersion("20-lts")).toEqual([20]);
    expect(parseVersion("8.0.21")).toEqual([8, 0, 21]);
    expect(parseVersion("latest")).toBeUndefined();
  });
  it("compares dotted versions numerically", () => {
    expect(olderThan([1, 9], "1.33")).toBe(true);
    expect(olderThan([1, 33, 2], "1.33")).toBe(false);
    expect(olderThan([3, 9], "3.10")).toBe(true);
    expect(olderThan([8, 0, 21], "8.4")).toBe(true);
    expect(olderThan([14], "14")).toBe(false);
  });
});
