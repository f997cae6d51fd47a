import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/lb/aws-lb-no-plain-http";
import { run } from "../helpers";

const redirect = { type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } };
describe("aws-lb-no-plain-http", () => {
  it("passes an HTTP listener that redirects to HTTPS, and HTTPS listeners", () => {
    expect(run(rule, "aws:lb/listener:Listener", { protocol: "HTTP", defaultActions: [redirect] })).toEqual([]);
    expect(run(rule, "aws:alb/listener:Listener", { protocol: "HTTPS", certificateArn: "c", defaultActions: [{ type: "forward" }] })).toEqual([]);
  });
  it("fails an HTTP listener forwarding traffic", () => {
    const out = run(rule, "aws:lb/listener:Listener", { protocol: "HTTP", defaultActions: [{ type: "forward", targetGroupArn: "tg" }] });
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain("forward");
  });
  it("fails a redirect that keeps HTTP (the default redirect protocol)", () => {
    expect(run(rule, "aws:lb/listener:Listener", { protocol: "HTTP", defaultActions: [{ type: "redirect", redirect: { statusCode: "HTTP_301" } }] })).toHaveLength(1);
  });
  it("treats an absent protocol without certificate as the ALB default HTTP", () => {
    expect(run(rule, "aws:lb/listener:Listener", { defaultActions: [{ type: "forward" }] })).toHaveLength(1);
  });
});
