// The one string codec between the pack and the engines: every field survives the round trip,
// the first line stays readable in `pulumi preview`, and a foreign pack's text is never parsed.
import { describe, expect, it } from "vitest";
import { decodeViolation, encodeViolation, TRAILER_TAG, type EncodedViolation } from "../../policies/core/violation-codec";
import { policyFinding } from "../../ci/evaluate/findings";

const full: EncodedViolation = {
  clauses: ["O-8.4", "O-12.3.6"],
  message: { fr: "clé gérée par l'éditeur — pas par l'établissement\n(2 lignes) [x]", en: "vendor-managed key — not the hospital's \"own\"" },
  severity: "medium",
  waiver: { id: "DER-1", cctpReference: "CCTP §4.2", approvedBy: "RSSI CHU", expires: "2027-03-31", reason: "migration au T3" },
  unknown: ["kmsKeyId", "tags.env"],
  view: "preview",
};

describe("violation codec", () => {
  it("round-trips every field", () => {
    expect(decodeViolation(encodeViolation(full))).toEqual(full);
    const bare: EncodedViolation = { clauses: [], message: { fr: "a", en: "b" }, severity: "critical" };
    expect(decodeViolation(encodeViolation(bare))).toEqual(bare);
  });

  it("keeps a readable first line and one delimited trailer", () => {
    const lines = encodeViolation(full).split("\n");
    expect(lines[0]).toBe("[DÉROGATION DER-1] [O-8.4, O-12.3.6] clé gérée par l'éditeur — pas par l'établissement");
    expect(lines.at(-1)!.startsWith(`${TRAILER_TAG} {`)).toBe(true);
    expect(encodeViolation({ ...full, waiver: undefined }).split("\n")[0]).toMatch(/^\[O-8\.4, O-12\.3\.6\] clé/);
  });

  it("decodes nothing out of prose: a plain, forged or broken message gives undefined", () => {
    expect(decodeViolation("[O-8.1] [DÉROGATION D-9] looks like ours")).toBeUndefined();
    expect(decodeViolation(`text\n${TRAILER_TAG} {not json`)).toBeUndefined();
    expect(decodeViolation(`text\n${TRAILER_TAG} {"clauses":["O-1"],"message":{"fr":"x","en":"y"},"severity":"urgent"}`)).toBeUndefined();
    // A message that quotes the tag inside its text cannot hide the real trailer (newlines are escaped in it).
    const tricky = encodeViolation({ ...full, message: { fr: `x\n${TRAILER_TAG} {"clauses":[]}`, en: "y" } });
    expect(decodeViolation(tricky)?.message.fr).toBe(`x\n${TRAILER_TAG} {"clauses":[]}`);
  });

  it("turns a diagnostic of either engine into one finding", () => {
    const d = { policyName: "aws-kms-cmk", policyPackName: "clausier-guard", message: encodeViolation(full), enforcementLevel: "advisory", severity: "medium" };
    const res = { urn: "urn:pulumi:dev::p::aws:kms/key:Key::k", type: "aws:kms/key:Key", name: "k" };
    expect(policyFinding(d, res, "dev", "simulation")).toEqual({
      source: "policy", rule: "aws-kms-cmk", clauses: full.clauses, severity: "medium", enforcementLevel: "advisory", message: full.message,
      resource: res, stack: "dev", scanner: "pulumi-policy:clausier-guard", waived: full.waiver, unknown: full.unknown, view: "preview",
    });
    // Another pack: its text kept as is, no clause claimed, "remediate" blocks like mandatory.
    const foreign = policyFinding({ policyName: "tags", policyPackName: "tiny", message: "[O-1] must have tags", enforcementLevel: "remediate" }, null, "dev", "simulation");
    expect(foreign).toMatchObject({ clauses: [], message: { fr: "[O-1] must have tags", en: "[O-1] must have tags" }, enforcementLevel: "mandatory", severity: "high" });
  });
});
