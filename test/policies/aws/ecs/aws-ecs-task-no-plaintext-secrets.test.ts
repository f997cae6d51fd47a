import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/ecs/aws-ecs-task-no-plaintext-secrets";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";
import { expectUnverified } from "../../unverified";

const T = "aws:ecs/taskDefinition:TaskDefinition";
const defs = (c: Record<string, unknown>) => run(rule, T, { family: "f", containerDefinitions: JSON.stringify([{ name: "app", image: "i", ...c }]) });

describe("aws-ecs-task-no-plaintext-secrets", () => {
  it("passes ordinary variables and secrets read through valueFrom", () => {
    expect(defs({ environment: [{ name: "PORT", value: "8080" }], secrets: [{ name: "DB_PASSWORD", valueFrom: "arn:aws:secretsmanager:eu-west-3:111111111111:secret:db" }] })).toEqual([]);
    expect(defs({ environment: [{ name: "DB_PASSWORD_SECRET_ARN", value: "arn:aws:secretsmanager:eu-west-3:111111111111:secret:db" }] })).toEqual([]);
  });
  it("fails a plaintext password by name or by value, without printing it", () => {
    const byName = defs({ environment: [{ name: "DB_PASSWORD", value: "hunter2-real" }] });
    expect(byName).toHaveLength(1);
    expect(byName[0].message).toMatch(/^\[O-8\.2\]/);
    expect(byName[0].message).toContain("DB_PASSWORD");
    expect(byName[0].message).not.toContain("hunter2-real");
    expect(defs({ environment: [{ name: "DATABASE_URL", value: "postgres://app:s3cretpw@db.internal:5432/app" }] })).toHaveLength(1);
  });
  it("never passes container definitions unknown during preview", () => {
    expectUnverified(run(rule, T, { family: "f", containerDefinitions: UNKNOWN_STRING }), "containerDefinitions");
  });
  it("does not throw on definitions the provider would reject", () => {
    expect(run(rule, T, { containerDefinitions: "[oops" })).toEqual([]);
  });
});
