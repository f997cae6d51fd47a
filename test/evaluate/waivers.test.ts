// Dérogations through the whole chain (profile → compiled config → pack → analyzer → JSON): a valid
// waiver makes its finding advisory and visible; expired, unapproved and unused ones are findings.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import YAML from "yaml";
import { describe, expect, it } from "vitest";
import { evaluateJson, ROOT } from "./cli-helpers";

const base = YAML.parse(readFileSync(path.join(ROOT, "stacks/hospital-profile.yaml"), "utf8")) as Record<string, unknown>;

function profileWith(waivers: unknown[]): string {
  const f = path.join(mkdtempSync(path.join(os.tmpdir(), "cg-waivers-")), "profile.yaml");
  writeFileSync(f, YAML.stringify({ ...base, waivers }));
  return f;
}

const waiver = (id: string, over: Record<string, unknown>) => ({
  id, reason: "Migration de la base historique au T3", cctpReference: "CCTP §4.2", approvedBy: "RSSI CHU Exemple", expires: "2027-03-31", ...over,
});

interface V { rule: string; clauses: string[]; blocking: boolean; enforcementLevel: string; message: { fr: string; en: string }; resource: { name: string } | null; waived: false | { id: string; cctpReference: string; approvedBy: string; expires: string } }

describe("waivers (dérogations)", () => {
  it("waives, keeps visible, and reports expired, unapproved and unused waivers", async () => {
    const profile = profileWith([
      waiver("DER-1", { policies: ["aws-rds-encrypted-cmk"], resources: ["legacy-*"], stacks: ["dev*"] }),
      waiver("DER-2", { clauses: ["O-5.3"], resources: ["bastion"], expires: "2026-01-31" }),
      waiver("DER-3", { policies: ["aws-lb-listener-tls12"], approvedBy: "Chef de projet éditeur" }),
      waiver("DER-4", { policies: ["aws-eks-secrets-encryption"] }),
    ]);
    const r = await evaluateJson(path.join(ROOT, "stacks/aws-noncompliant"), "dev", ["--profile", profile, "--now", "2026-11-29"]);
    expect(r.stderr).toBe("");
    const vs = r.json.findings as V[];
    // DER-1: valid → the finding stays, advisory, with the waiver's reference.
    const rds = vs.filter((v) => v.rule === "aws-rds-encrypted-cmk");
    expect(rds).toHaveLength(1);
    expect(rds[0]).toMatchObject({ enforcementLevel: "advisory", resource: { name: "legacy-db" }, waived: { id: "DER-1", cctpReference: "CCTP §4.2", approvedBy: "RSSI CHU Exemple", expires: "2027-03-31" } });
    // The waiver travels as data, not as a prefix packed into the message.
    expect(rds[0]).toMatchObject({ clauses: ["O-8.4"], blocking: false });
    expect(rds[0].message.fr).not.toContain("DÉROGATION");
    // DER-2 expired and DER-3 unapproved: their findings block again.
    expect(vs.find((v) => v.rule === "aws-sg-no-open-admin-ports")).toMatchObject({ enforcementLevel: "mandatory" });
    expect(vs.find((v) => v.rule === "aws-sg-no-open-admin-ports")?.waived).toBe(false);
    expect(vs.find((v) => v.rule === "aws-lb-listener-tls12")).toMatchObject({ enforcementLevel: "mandatory" });
    // The waivers' own problems are reported.
    const hygiene = vs.filter((v) => v.rule === "clausier-derogations-hygiene").map((v) => v.message.fr);
    expect(hygiene.some((m) => m.includes("DER-2") && m.includes("expiré le 2026-01-31"))).toBe(true);
    expect(hygiene.some((m) => m.includes("DER-3") && m.includes("Chef de projet éditeur"))).toBe(true);
    expect(hygiene.some((m) => m.includes("DER-4") && m.includes("ne correspond à aucun constat"))).toBe(true);
    expect(hygiene.some((m) => m.includes("DER-1"))).toBe(false);
    expect(r.json.waivers.map((w: { id: string; status: string }) => [w.id, w.status])).toEqual([
      ["DER-1", "valid"], ["DER-2", "expired"], ["DER-3", "unknown-approver"], ["DER-4", "valid"],
    ]);
  });

  it("a waiver scoped to other stacks does not apply", async () => {
    const profile = profileWith([waiver("DER-9", { policies: ["aws-rds-encrypted-cmk"], stacks: ["prod*"] })]);
    const r = await evaluateJson(path.join(ROOT, "stacks/aws-noncompliant"), "dev", ["--profile", profile, "--now", "2026-11-29"]);
    const rds = (r.json.findings as V[]).find((v) => v.rule === "aws-rds-encrypted-cmk");
    expect(rds?.enforcementLevel).toBe("mandatory");
    expect(rds?.waived).toBe(false);
  });
});
