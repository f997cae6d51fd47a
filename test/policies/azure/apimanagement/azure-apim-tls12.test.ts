import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/azure/apimanagement/azure-apim-tls12";
import { UNKNOWN_ARRAY, UNKNOWN_OBJECT, UNKNOWN_STRING } from "../../../helpers/policy-harness";
import { messages, run } from "../helpers";

const SVC = "azure-native:apimanagement:ApiManagementService";
const API = "azure-native:apimanagement:Api";
const K = "Microsoft.WindowsAzure.ApiManagement.Gateway.Security";

describe("azure-apim-tls12", () => {
  it("passes a service with obsolete protocols off or absent", () => {
    expect(run(rule, SVC, {})).toEqual([]);
    expect(run(rule, SVC, { customProperties: { [`${K}.Protocols.Tls10`]: "false", [`${K}.Backend.Protocols.Tls11`]: "False" } })).toEqual([]);
  });
  it("fails each obsolete client or backend protocol set to true", () => {
    const out = run(rule, SVC, { customProperties: { [`${K}.Protocols.Tls11`]: "true", [`${K}.Backend.Protocols.Ssl30`]: "True", [`${K}.Ciphers.TLS_RSA_WITH_AES_128_CBC_SHA`]: "true" } });
    expect(out).toHaveLength(2);
    expect(messages(out)[0]).toContain("Protocols.Tls11");
  });
  it("fails unknown custom properties", () => {
    expect(run(rule, SVC, { customProperties: UNKNOWN_OBJECT })).toHaveLength(1);
    expect(run(rule, SVC, { customProperties: { [`${K}.Protocols.Tls10`]: UNKNOWN_STRING } })).toHaveLength(1);
  });
  it("passes HTTPS/WSS APIs and fails plaintext protocols", () => {
    expect(run(rule, API, { protocols: ["https", "wss"] })).toEqual([]);
    expect(run(rule, API, {})).toEqual([]);
    expect(messages(run(rule, API, { protocols: ["https", "http"] }))[0]).toContain('"http"');
    expect(run(rule, API, { protocols: ["ws"] })).toHaveLength(1);
  });
  it("fails unknown API protocols", () => {
    expect(run(rule, API, { protocols: UNKNOWN_ARRAY })).toHaveLength(1);
  });
});
