import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { buildSarif, pathToUri, renderSarif } from "../../ci/report/sarif";
import { f, sampleReport } from "./fixtures";

// A subset of the OASIS SARIF 2.1.0 schema (sarif-schema-2.1.0.json): the objects we emit, with
// their required properties, enums and value constraints, plus GitHub code scanning's needs.
const text = { type: "object", required: ["text"], properties: { text: { type: "string" } } };
const SARIF_SUBSET = {
  type: "object",
  required: ["version", "runs"],
  properties: {
    $schema: { type: "string" },
    version: { const: "2.1.0" },
    runs: {
      type: "array", minItems: 1,
      items: {
        type: "object", required: ["tool"],
        properties: {
          tool: {
            type: "object", required: ["driver"],
            properties: {
              driver: {
                type: "object", required: ["name"],
                properties: {
                  name: { type: "string", minLength: 1 }, version: { type: "string" }, informationUri: { type: "string", format: "uri" },
                  rules: {
                    type: "array",
                    items: {
                      type: "object", required: ["id"],
                      properties: {
                        id: { type: "string" }, shortDescription: text, fullDescription: text,
                        help: { type: "object", required: ["text"], properties: { text: { type: "string" }, markdown: { type: "string" } } },
                        defaultConfiguration: { type: "object", properties: { level: { enum: ["none", "note", "warning", "error"] } } },
                        properties: {
                          type: "object", required: ["tags", "security-severity"],
                          properties: { tags: { type: "array", items: { type: "string" }, contains: { const: "security" } }, "security-severity": { type: "string", pattern: "^\\d+(\\.\\d+)?$" } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          invocations: { type: "array", items: { type: "object", required: ["executionSuccessful"], properties: { executionSuccessful: { type: "boolean" } } } },
          results: {
            type: "array",
            items: {
              type: "object", required: ["message", "ruleId", "locations"],
              properties: {
                ruleId: { type: "string" }, ruleIndex: { type: "integer", minimum: 0 },
                level: { enum: ["none", "note", "warning", "error"] },
                message: text,
                locations: {
                  type: "array", minItems: 1,
                  items: {
                    type: "object", required: ["physicalLocation"],
                    properties: {
                      physicalLocation: {
                        type: "object", required: ["artifactLocation", "region"],
                        properties: {
                          artifactLocation: { type: "object", required: ["uri"], properties: { uri: { type: "string", pattern: "^(?![a-z]+:)(?!/)" }, uriBaseId: { type: "string" } } },
                          region: { type: "object", required: ["startLine"], properties: { startLine: { type: "integer", minimum: 1 } } },
                        },
                      },
                      logicalLocations: { type: "array", items: { type: "object", properties: { name: { type: "string" }, fullyQualifiedName: { type: "string" }, kind: { type: "string" } } } },
                    },
                  },
                },
                partialFingerprints: { type: "object", additionalProperties: { type: "string" }, minProperties: 1 },
                suppressions: {
                  type: "array",
                  items: { type: "object", required: ["kind"], properties: { kind: { enum: ["inSource", "external"] }, status: { enum: ["accepted", "underReview", "rejected"] }, justification: { type: "string" } } },
                },
              },
            },
          },
        },
      },
    },
  },
};

const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat("uri", /^[a-z][a-z0-9+.-]*:\/\/\S+$/i);
const validate = ajv.compile(SARIF_SUBSET);

describe("SARIF", () => {
  const report = sampleReport({ findings: [...sampleReport().findings, f({ file: "a b/é#?.ts", line: 0, fingerprint: "fp-odd" })] });
  const sarif = JSON.parse(renderSarif(report));

  it("validates against the SARIF 2.1.0 subset", () => {
    expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("lists each rule once, with clauses, OWASP tags and a security-severity", () => {
    const rules = sarif.runs[0].tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(["aws-s3-bucket-encrypted-cmk", "secret-pem-cert", "sast-crypto-md5", "sensitive-comments-infra"].sort());
    const md5 = rules.find((r: { id: string }) => r.id === "sast-crypto-md5");
    expect(md5.properties.tags).toEqual(["security", "clausier/O-12.5.7", "owasp/A02:2021 - Cryptographic Failures"]);
    expect(md5.properties["security-severity"]).toBe("8.0");
    const s3 = rules.find((r: { id: string }) => r.id === "aws-s3-bucket-encrypted-cmk");
    expect(Number(s3.properties["security-severity"])).toBeGreaterThanOrEqual(9);
  });

  it("points each result at its rule", () => {
    const { rules } = sarif.runs[0].tool.driver;
    for (const r of sarif.runs[0].results) expect(rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it("uses a logical location with the URN for policy findings, and Pulumi.yaml as the file", () => {
    const r = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === "aws-s3-bucket-encrypted-cmk");
    expect(r.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: "Pulumi.yaml", uriBaseId: "%SRCROOT%" }, region: { startLine: 1 } });
    expect(r.locations[0].logicalLocations[0]).toEqual({ name: "data", fullyQualifiedName: "urn:pulumi:prod::app::aws:s3/bucket:Bucket::data", kind: "resource" });
    expect(r.level).toBe("error");
  });

  it("encodes file paths as relative URIs and never gives a line below 1", () => {
    expect(pathToUri("a b/é#?.ts")).toBe("a%20b/%C3%A9%23%3F.ts");
    const r = sarif.runs[0].results.find((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints["clausierGuard/v1"] === "fp-odd");
    expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe("a%20b/%C3%A9%23%3F.ts");
    expect(r.locations[0].physicalLocation.region.startLine).toBe(1);
  });

  it("turns waivers into external suppressions with the reason and CCTP reference", () => {
    const r = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === "secret-pem-cert");
    expect(r.suppressions).toEqual([{ kind: "external", status: "accepted", justification: expect.stringMatching(/^public CA certificate \(CCTP: CCTP art\. 12; dérogation DER-7/) }]);
    const unwaived = sarif.runs[0].results.filter((x: { suppressions?: unknown }) => !x.suppressions);
    expect(unwaived).toHaveLength(4);
  });

  it("reports failed and not-evaluated scanners in the invocation", () => {
    const err = buildSarif(sampleReport({ verdict: "error", exitCode: 2, scanners: [{ name: "gitleaks", version: "8.30.1", status: "failed", durationMs: 1, reason: "exit 126", findingCount: 0 }, ...sampleReport().scanners] }));
    const inv = err.runs[0]!.invocations![0]!;
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications!.map((n) => n.message.text)).toEqual([
      "gitleaks: failed: exit 126", "vulns: not evaluated: advisory database unreachable (registry mirror filtered)",
    ]);
  });

  it("is valid with no findings", () => {
    const empty = JSON.parse(renderSarif(sampleReport({ findings: [], verdict: "pass", exitCode: 0 })));
    expect(validate(empty)).toBe(true);
    expect(empty.runs[0].results).toEqual([]);
  });

  it("takes rule descriptions from a catalog when given", () => {
    const s = buildSarif(sampleReport(), { rules: { "sast-crypto-md5": { description: { fr: "Hachage faible", en: "Weak hash" }, remediation: { fr: "SHA-256", en: "Use SHA-256" }, owasp: ["A02"] } }, lang: "en" });
    const md5 = s.runs[0]!.tool.driver.rules!.find((r) => r.id === "sast-crypto-md5")!;
    expect(md5.shortDescription!.text).toBe("Weak hash");
    expect(md5.help!.text).toContain("Use SHA-256");
  });
});
