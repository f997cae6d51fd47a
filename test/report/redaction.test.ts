import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runGate } from "../../ci/gate/gate";
import { cleaner, redactGeneric } from "../../ci/report/redaction";
import { render, FORMATS } from "../../ci/report/render";
import { OUTPUT_FILES, writeAll } from "../../ci/report/write-all";
import { fakeScanner, finding, NOW, profile, selection } from "../gate/core/helpers";

const PLANTED = "S3cr3t-Pl4nted-V4lue-9f8e7d";
const AWS_KEY = "AKIAZZZZZZZZZZZZZZZZ";
const PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7bq0s1ZbYxW2x3hZlYkzP0aQ\n-----END RSA PRIVATE KEY-----";
const URL_PW = "postgres://admin:hunter2-xyz@db.internal:5432/app";

describe("redaction", () => {
  it("masks a short word-like secret as a word, not inside other words (paths stay readable)", () => {
    const clean = cleaner(["example", "S3cr3t-Long-Value"]);
    expect(clean("password: 'example' in examples/parser.js and test/schema-examples.test.js")).toBe("password: '[REDACTED]' in examples/parser.js and test/schema-examples.test.js");
    expect(clean("user=example;")).toBe("user=[REDACTED];");
    // Longer or symbol-bearing values are masked wherever they appear, even inside a word.
    expect(clean("xS3cr3t-Long-Valuey")).toBe("x[REDACTED]y");
    expect(cleaner(["hunter2"])("pw hunter2, file hunter2.txt")).toBe("pw [REDACTED], file [REDACTED].txt");
  });

  it("removes generic secret shapes", () => {
    expect(redactGeneric(`key ${AWS_KEY} here`)).toBe("key [REDACTED] here");
    expect(redactGeneric(`pem ${PEM} done`)).toBe("pem -----BEGIN RSA PRIVATE KEY----- [REDACTED] done");
    expect(redactGeneric("-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC")).toBe("-----BEGIN PRIVATE KEY----- [REDACTED]");
    expect(redactGeneric(`url ${URL_PW}`)).toBe("url postgres://admin:[REDACTED]@db.internal:5432/app");
    expect(redactGeneric("Server=db;Database=x;Password=Tr0ub4dor;")).toBe("Server=db;Database=x;Password=[REDACTED];");
    expect(redactGeneric("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnop")).toBe("[REDACTED]");
    expect(redactGeneric("clé privée détectée (-----BEGIN PRIVATE KEY-----) dans le dépôt")).toBe("clé privée détectée (-----BEGIN PRIVATE KEY----- [REDACTED]) dans le dépôt");
  });

  it("masks the longest secret first", () => {
    expect(cleaner(["abc", "abcdef"])("x abcdef y")).toBe("x [REDACTED] y");
  });

  it("a planted secret never appears in any of the five outputs, nor on disk", async () => {
    const leaky = fakeScanner("leaky", [
      finding({ rule: "secrets-default", severity: "critical", message: { fr: `secret ${PLANTED} trouvé`, en: `secret ${PLANTED} found; also ${AWS_KEY} and ${URL_PW}` }, fingerprint: `fp-${PLANTED}`, secret: PLANTED } as never),
      finding({ rule: "secret-pem-cert", file: `keys/${PLANTED}.pem`, message: { fr: `clé ${PEM}`, en: `key ${PEM}` }, fingerprint: "fp2" }),
    ], { secrets: [PLANTED], reason: `note ${PLANTED}`, version: `v-${PLANTED}` });
    const { report, secrets } = await runGate({ root: "/nonexistent", profile: profile(), scanners: [leaky], now: NOW, selection: selection() });
    expect(secrets).toContain(PLANTED);
    expect(JSON.stringify(report)).not.toContain(PLANTED); // redacted at the source already
    const outputs = FORMATS.map((fmt) => render(fmt, report, { secrets }));
    // Defence in depth: even a report that still carried the secret is cleaned by the reporters.
    const dirty = { ...report, findings: report.findings.map((x) => ({ ...x, message: { fr: `${x.message.fr} ${PLANTED}`, en: `${x.message.en} ${PLANTED}` } })) };
    outputs.push(...FORMATS.map((fmt) => render(fmt, dirty, { secrets })));
    const dir = mkdtempSync(join(tmpdir(), "cg-out-"));
    await writeAll(dir, dirty, { secrets });
    outputs.push(...Object.values(OUTPUT_FILES).map((n) => readFileSync(join(dir, n), "utf8")));
    expect(outputs).toHaveLength(15);
    for (const out of outputs) {
      expect(out).not.toContain(PLANTED);
      expect(out).not.toContain(AWS_KEY);
      expect(out).not.toContain("hunter2-xyz");
      expect(out).not.toContain("MIIEpAIBAAKCAQEA7bq0s1ZbYxW2x3hZlYkzP0aQ");
      expect(out).toContain("REDACTED");
    }
    // The secret field itself is never carried into the report.
    expect(report.findings.every((x) => !("secret" in x))).toBe(true);
  });
});
