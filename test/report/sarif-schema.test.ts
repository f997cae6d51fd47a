// Every SARIF file we write is valid against the whole OASIS SARIF 2.1.0 schema, not only the
// subset GitHub code scanning reads (sarif.test.ts). The schema is the one Microsoft's SARIF
// Multitool validates with, taken from @microsoft/sarif-multitool-linux 5.7.0 (npm, MIT; file
// sarif-2.1.0.json, SHA-256 1c49a0f2…d89ed798c), kept in test/fixtures/sarif/.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Log } from "sarif";
import { buildSarif, renderSarif } from "../../ci/report/sarif";
import { f, sampleReport } from "./fixtures";
import { evaluateReport, gateFinding, gateReport } from "../github/helpers";

const SCHEMA_FILE = join(__dirname, "..", "fixtures", "sarif", "sarif-schema-2.1.0.json");
const schemaText = readFileSync(SCHEMA_FILE, "utf8");
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(schemaText) as object);

function check(sarif: string): void {
  const log = JSON.parse(sarif) as Log;
  expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
}

describe("SARIF against the full 2.1.0 schema", () => {
  it("is the schema file we think it is", () => {
    expect(createHash("sha256").update(schemaText).digest("hex")).toBe("1c49a0f2b60444c71bb14878e21e0d882198eff4c539861b133093ad89ed798c");
  });

  it("accepts the gate's SARIF: waived, policy-side, file-less and line-less findings, every scanner status", () => {
    check(renderSarif(sampleReport()));
    check(renderSarif(sampleReport(), { lang: "en" }));
    check(renderSarif(gateReport(9, { findings: [...gateReport(9).findings, gateFinding({ file: "a b/é.ts", line: 3, message: "x" }), f({ file: undefined, line: undefined })] })));
  });

  it("accepts the SARIF of an evaluation (findings on resources, no file)", () => {
    check(renderSarif(evaluateReport()));
  });

  it("accepts an empty run", () => {
    check(renderSarif(gateReport(0)));
  });

  it("would catch an invalid log: the check can fail", () => {
    const log = buildSarif(sampleReport()) as unknown as { runs: { results: { level?: string }[] }[] };
    log.runs[0]!.results[0]!.level = "fatal";
    expect(validate(log)).toBe(false);
  });
});
