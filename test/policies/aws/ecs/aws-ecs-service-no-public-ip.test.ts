import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/ecs/aws-ecs-service-no-public-ip";
import { UNKNOWN_BOOL } from "../../../helpers/policy-harness";
import { run } from "../helpers";
import { expectUnverified } from "../../unverified";

const svc = (networkConfiguration?: Record<string, unknown>) =>
  run(rule, "aws:ecs/service:Service", { launchType: "FARGATE", ...(networkConfiguration ? { networkConfiguration } : {}) });

describe("aws-ecs-service-no-public-ip", () => {
  it("passes private tasks (absent means false)", () => {
    expect(svc({ subnets: ["subnet-a"], assignPublicIp: false })).toEqual([]);
    expect(svc({ subnets: ["subnet-a"] })).toEqual([]);
    expect(svc()).toEqual([]);
  });
  it("advises against public task IPs (good practice, not blocking)", () => {
    const out = svc({ subnets: ["subnet-a"], assignPublicIp: true });
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain("assignPublicIp");
    expect(out[0].enforcementLevel).toBe("advisory");
  });
  it("says when the value is unknown", () => {
    expectUnverified(svc({ subnets: ["subnet-a"], assignPublicIp: UNKNOWN_BOOL }), "networkConfiguration.assignPublicIp");
  });
});
