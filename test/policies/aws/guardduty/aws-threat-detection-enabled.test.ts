import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/guardduty/aws-threat-detection-enabled";
import { run } from "../helpers";

const T = "aws:guardduty/detector:Detector";
describe("aws-threat-detection-enabled", () => {
  it("passes an enabled detector (default)", () => expect(run(rule, T, {})).toEqual([]));
  it("advises on a disabled detector in prod only", () => {
    expect(run(rule, T, { enable: false })[0].enforcementLevel).toBe("advisory");
    expect(run(rule, T, { enable: false }, { stack: "dev" })).toEqual([]);
  });
});
