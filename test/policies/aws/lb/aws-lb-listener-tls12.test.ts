import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/lb/aws-lb-listener-tls12";
import { UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { run } from "../helpers";
import { expectUnverified } from "../../unverified";

const ok = { protocol: "HTTPS", port: 443, sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06" };
describe("aws-lb-listener-tls12", () => {
  it("passes a TLS 1.2 policy on both lb and alb tokens", () => {
    expect(run(rule, "aws:lb/listener:Listener", ok)).toEqual([]);
    expect(run(rule, "aws:alb/listener:Listener", { ...ok, sslPolicy: "ELBSecurityPolicy-FS-1-2-Res-2020-10" })).toEqual([]);
  });
  it("fails an absent sslPolicy (the provider default accepts TLS 1.0)", () => {
    const out = run(rule, "aws:lb/listener:Listener", { protocol: "HTTPS" });
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain("ELBSecurityPolicy-2016-08");
  });
  it.each(["ELBSecurityPolicy-2016-08", "ELBSecurityPolicy-TLS-1-1-2017-01", "ELBSecurityPolicy-TLS13-1-0-2021-06", "ELBSecurityPolicy-FS-1-1-2019-08"])("fails %s", (p) => {
    expect(run(rule, "aws:lb/listener:Listener", { ...ok, sslPolicy: p })[0].message).toContain(p);
  });
  it("checks TLS (NLB) listeners and ignores plain HTTP/TCP ones", () => {
    expect(run(rule, "aws:lb/listener:Listener", { protocol: "TLS", sslPolicy: "ELBSecurityPolicy-2016-08" })).toHaveLength(1);
    expect(run(rule, "aws:lb/listener:Listener", { protocol: "TCP" })).toEqual([]);
  });
  it("reports an unknown sslPolicy once, enforced at pulumi up", () => {
    expectUnverified(run(rule, "aws:lb/listener:Listener", { protocol: "HTTPS", sslPolicy: UNKNOWN_STRING }), "sslPolicy");
  });
});
