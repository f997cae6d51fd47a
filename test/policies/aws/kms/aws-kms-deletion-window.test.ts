import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/kms/aws-kms-deletion-window";
import { run } from "../helpers";

describe("aws-kms-deletion-window", () => {
  it("passes the default and 30 days", () => {
    expect(run(rule, "aws:kms/key:Key", {})).toEqual([]);
    expect(run(rule, "aws:kms/key:Key", { deletionWindowInDays: 30 })).toEqual([]);
  });
  it("advises against a short window", () => {
    const out = run(rule, "aws:kms/key:Key", { deletionWindowInDays: 7 });
    expect(out[0].message).toContain("7");
    expect(out[0].enforcementLevel).toBe("advisory");
  });
});
