import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/lb/aws-admin-paths-ip-restricted";
import { run } from "../helpers";

const T = "aws:lb/listenerRule:ListenerRule";
const profile = { adminCidrs: ["192.0.2.0/24"] };
const fwd = [{ type: "forward", targetGroupArn: "tg" }];
describe("aws-admin-paths-ip-restricted", () => {
  it("passes non-admin paths and admin paths filtered on admin ranges", () => {
    expect(run(rule, T, { actions: fwd, conditions: [{ pathPattern: { values: ["/api/*"] } }] }, { profile })).toEqual([]);
    expect(run(rule, T, { actions: fwd, conditions: [{ pathPattern: { values: ["/admin/*"] } }, { sourceIp: { values: ["192.0.2.0/26"] } }] }, { profile })).toEqual([]);
  });
  it("passes an admin path that only answers 403", () => {
    expect(run(rule, T, { actions: [{ type: "fixed-response", fixedResponse: { contentType: "text/plain", statusCode: "403" } }], conditions: [{ pathPattern: { values: ["/admin*"] } }] })).toEqual([]);
  });
  it("fails unfiltered admin paths and foreign sources", () => {
    expect(run(rule, "aws:alb/listenerRule:ListenerRule", { actions: fwd, conditions: [{ pathPattern: { values: ["/console/*"] } }] }, { profile })[0].message).toContain("/console/*");
    expect(run(rule, T, { actions: fwd, conditions: [{ pathPattern: { values: ["/manage"] } }, { sourceIp: { values: ["0.0.0.0/0"] } }] }, { profile })).toHaveLength(1);
  });
});
