import { describe, expect, it } from "vitest";
import { renderGitlabSast } from "../../ci/report/gitlab-sast";
import { f, sampleReport } from "./fixtures";

describe("GitLab SAST report", () => {
  const out = JSON.parse(renderGitlabSast(sampleReport()));

  it("has the gl-sast-report shape GitLab reads", () => {
    expect(out.version).toMatch(/^15\./);
    expect(out.scan).toMatchObject({ type: "sast", status: "success", analyzer: { id: "clausier-guard" } });
    for (const v of out.vulnerabilities) {
      expect(v.id).toMatch(/^[0-9a-f]{64}$/);
      expect(["Critical", "High", "Medium", "Low"]).toContain(v.severity);
      expect(v.location.file).toBeTruthy();
      expect(v.location.start_line).toBeGreaterThanOrEqual(1);
      expect(v.identifiers.length).toBeGreaterThanOrEqual(1);
    }
  });

  it("leaves waived findings out and names clauses as identifiers", () => {
    expect(out.vulnerabilities.map((v: { name: string }) => v.name)).not.toContain("secret-pem-cert");
    const md5 = out.vulnerabilities.find((v: { name: string }) => v.name === "sast-crypto-md5");
    expect(md5.identifiers).toContainEqual({ type: "clausier_clause", name: "Clausier O-12.5.7", value: "O-12.5.7" });
    expect(md5.message).toBe("[O-12.5.7] MD5 utilisé pour un jeton");
  });

  it("points policy findings at Pulumi.yaml with the resource URN, and reports a scan error as failure", () => {
    const s3 = out.vulnerabilities.find((v: { name: string }) => v.name === "aws-s3-bucket-encrypted-cmk");
    expect(s3.location).toMatchObject({ file: "Pulumi.yaml", start_line: 1, class: "urn:pulumi:prod::app::aws:s3/bucket:Bucket::data" });
    expect(JSON.parse(renderGitlabSast(sampleReport({ verdict: "error", exitCode: 2 }))).scan.status).toBe("failure");
  });

  it("redacts known secrets", () => {
    const secret = "Sup3rS3cretValue!";
    const text = renderGitlabSast(sampleReport({ findings: [f({ clauses: ["O-12.5.9"], message: { fr: `mot de passe ${secret}`, en: `password ${secret}` } })] }), { secrets: [secret] });
    expect(text).not.toContain(secret);
  });
});
