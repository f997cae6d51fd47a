// `clausier-guard schema result` publishes the JSON Schema that the JSON output follows and that
// `report` validates against.
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { renderJson } from "../../ci/report/json";
import { cli } from "../evaluate/cli-helpers";
import { f, sampleReport } from "../report/fixtures";

describe("schema", () => {
  it("prints the versioned result schema, which the gate's JSON output satisfies", async () => {
    const r = await cli(["schema", "result"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { $id: string };
    expect(schema.$id).toMatch(/result-v\d+\.json$/);
    const validate = new Ajv({ strict: false }).compile(schema);
    const out = JSON.parse(renderJson(sampleReport({ findings: [f()] }))) as Record<string, unknown>;
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    // A field of the wrong type is caught: the schema is not a blank cheque.
    expect(validate({ ...out, findings: [{ ...(out.findings as object[])[0], severity: "fatal" }] })).toBe(false);
  });
  it("rejects a missing or unknown schema name with exit 2", async () => {
    for (const argv of [["schema"], ["schema", "profile-x"]]) {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("expected one of: result");
    }
  });
});
