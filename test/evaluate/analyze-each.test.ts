// analyzeEach keeps several Analyze calls in flight, yet its diagnostics come back in the order of
// the resources, each filed under the resource analysed when the policy named none.
import { describe, expect, it } from "vitest";
import { AnalyzerSession, type Diagnostic } from "../../ci/evaluate/analyzer-client";
import type { EngineResource } from "../../ci/evaluate/engine-view";

const res = (i: number): EngineResource => ({ urn: `urn:r${i}`, type: "t", name: `r${i}`, dependencies: [], propertyDependencies: {}, properties: {}, protect: false });
const diag = (policyName: string, urn = ""): Diagnostic => ({ policyName, policyPackName: "p", message: "m", urn, enforcementLevel: "mandatory", severity: "high" });

/** A session whose Analyze answers after a delay that shuffles the completion order. */
function fakeSession(seen: { max: number; now: number }): AnalyzerSession {
  const s = Object.create(AnalyzerSession.prototype) as AnalyzerSession;
  Object.assign(s, {
    analyze: async (r: EngineResource) => {
      seen.now++;
      seen.max = Math.max(seen.max, seen.now);
      const i = Number(r.name.slice(1));
      await new Promise((ok) => setTimeout(ok, (7 * i) % 5));
      seen.now--;
      // Every third resource gets a diagnostic that names another resource.
      return i % 3 === 0 ? [diag(`a${i}`), diag(`b${i}`, "urn:elsewhere")] : [diag(`a${i}`)];
    },
  });
  return s;
}

describe("analyzeEach", () => {
  it("answers in the resources' order with several calls in flight", async () => {
    const seen = { max: 0, now: 0 };
    const resources = Array.from({ length: 20 }, (_, i) => res(i));
    const out = await fakeSession(seen).analyzeEach(resources, new Map(), 4);
    expect(seen.max).toBe(4);
    const expected = resources.flatMap((r, i) => (i % 3 === 0 ? [[`a${i}`, r.urn], [`b${i}`, "urn:elsewhere"]] : [[`a${i}`, r.urn]]));
    expect(out.map((d) => [d.policyName, d.urn])).toEqual(expected);
  });

  it("makes one call at a time when asked, and none for no resource", async () => {
    const seen = { max: 0, now: 0 };
    expect(await fakeSession(seen).analyzeEach([], new Map())).toEqual([]);
    await fakeSession(seen).analyzeEach([res(1), res(2), res(3)], new Map(), 1);
    expect(seen.max).toBe(1);
  });
});
