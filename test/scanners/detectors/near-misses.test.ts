// Regressions found by running the detectors over this repository.
import { describe, expect, it } from "vitest";
import { securityLintSuppressions } from "../../../scanners/detectors/security-lint-suppressions";
import { sensitiveCommentsInfra } from "../../../scanners/detectors/sensitive-comments-infra";
import { testdataContactsBank } from "../../../scanners/detectors/testdata-contacts-bank";
import { run } from "./helpers";

describe("near-misses", () => {
  it("digits inside hex strings or tokens are not phone numbers", () => {
    const hex = "0" + "123456789abcdef";
    expect(run(testdataContactsBank, "test/x.ts", `commit: "${hex}", token: "ghs_Value${"0" + "123456789"}abc"`)).toEqual([]);
  });
  it("URL userinfo and scp-style remotes are not e-mail addresses", () => {
    const url = "postgres://app:" + "pw1" + "@" + "db.corp-x.fr:5432/app";
    expect(run(testdataContactsBank, "test/x.ts", `${url}\ngit+ssh://git@github.com/o/r.git`)).toEqual([]);
  });
  it("clause ids printed as `O 12.2.3.2` / `O-12.2.4.2` are not IP addresses", () => {
    expect(run(sensitiveCommentsInfra, "src/a.ts", "// see O 12.2.3.2 and O-12.2.4.2")).toEqual([]);
  });
  it("a quoted mention of nosemgrep is prose, not a suppression", () => {
    expect(run(securityLintSuppressions, "rules.yaml", "# silenced with a justified `nosemgrep` (audited)")).toEqual([]);
  });
});
