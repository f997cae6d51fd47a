import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/iam/aws-iam-user-no-console-static-keys";
import { run } from "../helpers";

describe("aws-iam-user-no-console-static-keys", () => {
  it("fails access keys and console login profiles, medium", () => {
    const out = run(rule, "aws:iam/accessKey:AccessKey", { user: "ci" });
    expect(out[0].severity).toBe("medium");
    expect(out[0].message).toContain("AccessKey");
    expect(run(rule, "aws:iam/userLoginProfile:UserLoginProfile", { user: "alice" })[0].message).toContain("UserLoginProfile");
    expect(run(rule, "aws:iam/accessKey:AccessKey", { user: "ci" }, { stack: "dev" })[0].enforcementLevel).toBe("advisory");
  });
  it("does not apply to roles", () => expect(run(rule, "aws:iam/role:Role", {})).toEqual([]));
});
