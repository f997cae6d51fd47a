import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/all/aws-no-secrets-in-app-config";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";
import { expectUnverified } from "../../unverified";

const L = "aws:lambda/function:Function";
const env = (variables: Record<string, unknown>) => run(rule, L, { environment: { variables } });
describe("aws-no-secrets-in-app-config", () => {
  it("passes ordinary variables and secret references", () => {
    expect(env({ LOG_LEVEL: "info", DB_PASSWORD_SECRET_ARN: "arn:aws:secretsmanager:eu-west-3:1:secret:db", API_TOKEN: "{{resolve:secretsmanager:tok}}" })).toEqual([]);
  });
  it("fails secret-named variables without printing their value", () => {
    const out = env({ DB_PASSWORD: "hunter2-real" });
    expect(out[0].message).toContain("DB_PASSWORD");
    expect(out[0].message).not.toContain("hunter2-real");
  });
  it("fails secret-looking values whatever the name, and unknown values under secret names", () => {
    expect(env({ DATABASE_URL: "postgres://app:s3cretpw@db.internal:5432/app" })).toHaveLength(1);
    expect(env({ API_KEY: UNKNOWN_STRING }).filter((v) => v.enforcementLevel === "mandatory")).toHaveLength(1);
  });
  it("never passes environment variables unknown during preview", () => {
    expectUnverified(run(rule, L, { environment: { variables: UNKNOWN_STRING } }));
  });
});
