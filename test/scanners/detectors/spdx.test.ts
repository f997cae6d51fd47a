// scanners/detectors/lib/spdx.ts over spdx-expression-parse and spdx-satisfies: the three verdicts.
import { describe, expect, it } from "vitest";
import { evaluateLicence } from "../../../scanners/detectors/lib/spdx";

const allow = ["MIT", "Apache-2.0", "BSD-3-Clause"];
const verdict = (e: unknown, list: string[] = allow) => evaluateLicence(e, list).verdict;

describe("licence verdicts", () => {
  it("follows AND and OR through nested expressions", () => {
    expect(verdict("Apache-2.0 AND (MIT OR GPL-3.0-only)")).toBe("allowed");
    expect(verdict("(Apache-2.0 OR GPL-3.0-only) AND (MIT OR AGPL-3.0-only)")).toBe("allowed");
    expect(verdict("Apache-2.0 AND (GPL-3.0-only OR AGPL-3.0-only)")).toBe("forbidden");
    expect(verdict("MIT AND MPL-2.0")).toBe("review");
    expect(verdict("MPL-2.0 OR GPL-3.0-only")).toBe("review");
  });
  it("keeps a licence's verdict through WITH", () => {
    expect(verdict("Apache-2.0 WITH LLVM-exception")).toBe("allowed");
    expect(verdict("LGPL-2.1-only WITH OCaml-LGPL-linking-exception")).toBe("review");
    expect(verdict("GPL-3.0-only WITH GCC-exception-3.1")).toBe("forbidden");
  });
  it("reads the allowlist as SPDX: ranges count, typos widen nothing", () => {
    expect(verdict("GPL-3.0-only", ["GPL-2.0-or-later"])).toBe("allowed");
    expect(verdict("MIT", ["mit licence", "MIT OR ISC"])).toBe("forbidden");
    expect(verdict("MIT", [])).toBe("forbidden");
  });
  it("refuses what is not an SPDX expression", () => {
    for (const v of ["mit or isc", "BSD", "MIT/X11", "MIT AND", "", 42, null]) expect(verdict(v), String(v)).toBe("forbidden");
    expect(evaluateLicence("UNLICENSED", allow)).toEqual({ verdict: "forbidden", expression: "UNLICENSED" });
  });
});
