import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/lambda/aws-no-deprecated-runtimes";
import { run } from "../helpers";

const fn = (runtime?: string, profile?: unknown) => run(rule, "aws:lambda/function:Function", runtime ? { runtime } : {}, profile ? { profile } : {});
describe("aws-no-deprecated-runtimes", () => {
  it("passes current runtimes and container images", () => {
    expect(fn("nodejs22.x")).toEqual([]);
    expect(fn()).toEqual([]);
  });
  it.each(["nodejs16.x", "python3.8", "go1.x", "java8"])("fails provider-deprecated %s", (r) => expect(fn(r)[0].message).toContain(r));
  it("adds the profile's deprecatedRuntimes (default nodejs18.x)", () => {
    expect(fn("nodejs18.x")).toHaveLength(1);
    expect(fn("python3.10", { deprecatedRuntimes: ["python3.10"] })).toHaveLength(1);
  });
});
