import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/containerinstance/azure-aci-public-http-only";
import { UNKNOWN_ARRAY } from "../../../helpers/policy-harness";
import { run } from "../helpers";

const ACI = "azure-native:containerinstance:ContainerGroup";
const group = (ipAddress: unknown) => ({ resourceGroupName: "rg", osType: "Linux", containers: [{ name: "web", image: "nginx" }], ipAddress });

describe("azure-aci-public-http-only", () => {
  it("fails a public group serving port 80 only (pulumi/examples azure-ts-aci), high and mandatory", () => {
    const out = run(rule, ACI, group({ type: "Public", ports: [{ port: 80, protocol: "Tcp" }] }));
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain("80");
    expect(out[0].severity).toBe("high");
    expect(out[0].enforcementLevel).toBe("mandatory");
    expect(run(rule, ACI, group({ type: "Public", ports: [{ port: 8080 }] }))).toHaveLength(1);
  });
  it("passes HTTPS alongside (a redirect), a private group, a non-HTTP port, no IP at all", () => {
    expect(run(rule, ACI, group({ type: "Public", ports: [{ port: 80, protocol: "TCP" }, { port: 443, protocol: "TCP" }] }))).toEqual([]);
    expect(run(rule, ACI, group({ type: "Private", ports: [{ port: 80 }] }))).toEqual([]);
    expect(run(rule, ACI, group({ type: "Public", ports: [{ port: 5432, protocol: "Tcp" }, { port: 80, protocol: "Udp" }] }))).toEqual([]);
    expect(run(rule, ACI, group(undefined))).toEqual([]);
  });
  it("reports unknown ports once, as an advisory verified at pulumi up", () => {
    const out = run(rule, ACI, group({ type: "Public", ports: UNKNOWN_ARRAY }));
    expect(out).toHaveLength(1);
    expect(out[0].enforcementLevel).toBe("advisory");
    expect(out[0].message).toContain("ipAddress");
  });
});
