import { describe, expect, it } from "vitest";
import { renderJunit } from "../../ci/report/junit";
import { xmlEscape } from "../../ci/report/xml";
import { f, sampleReport } from "./fixtures";

interface El { name: string; attrs: Record<string, string>; children: El[]; text: string }

/** A strict little XML reader: balanced tags, quoted attributes, only the five entities or char refs. */
function parseXml(xml: string): El {
  let i = 0;
  const fail = (m: string): never => { throw new Error(`${m} at ${i}: ${xml.slice(i, i + 40)}`); };
  const decode = (s: string) => {
    if (/[<]/.test(s)) fail("raw < in text");
    const bad = s.match(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i);
    if (bad) fail("bare &");
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(s)) fail("control character");
    return s.replace(/&#(\d+);/g, (_, d) => String.fromCharCode(Number(d))).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  };
  if (xml.startsWith("<?xml")) i = xml.indexOf("?>") + 2;
  const stack: El[] = [];
  let root: El | undefined;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const textPart = lt < 0 ? xml.slice(i) : xml.slice(i, lt);
    if (stack.length) stack[stack.length - 1].text += decode(textPart);
    else if (textPart.trim()) fail("text outside the root");
    if (lt < 0) break;
    i = lt;
    const close = /^<\/([A-Za-z_][\w.-]*)\s*>/.exec(xml.slice(i));
    if (close) {
      const top = stack.pop();
      if (!top || top.name !== close[1]) fail(`unbalanced </${close[1]}>`);
      i += close[0].length;
      continue;
    }
    const open = /^<([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>/.exec(xml.slice(i));
    if (!open) fail("bad tag");
    const attrs: Record<string, string> = {};
    for (const m of open![2].matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)) {
      if (m[1] in attrs) fail("duplicate attribute");
      attrs[m[1]] = decode(m[2]);
    }
    const el: El = { name: open![1], attrs, children: [], text: "" };
    if (stack.length) stack[stack.length - 1].children.push(el);
    else if (root) fail("two roots");
    else root = el;
    if (!open![3]) stack.push(el);
    i += open![0].length;
  }
  if (stack.length || !root) fail("unclosed element");
  return root!;
}

describe("JUnit", () => {
  it("escapes XML, including characters XML cannot hold", () => {
    expect(xmlEscape(`<a href="x">&'\u0001\uD800`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;\uFFFD\uFFFD");
  });

  const hostile = f({ file: `src/<x>&"q'.ts`, message: { fr: "]]> <![CDATA[ & \u0007 </failure>", en: "]]> <![CDATA[ & \u0007 </failure>" }, fingerprint: "fp-x", rule: "r<1>" });
  const report = sampleReport({
    verdict: "error", exitCode: 2,
    findings: [hostile, ...sampleReport().findings],
    scanners: [...sampleReport().scanners, { name: "gitleaks", version: "8.30.1", status: "failed", durationMs: 2, reason: "exit <126> & crash", findingCount: 0 }],
  });
  const xml = renderJunit(report);
  const root = parseXml(xml);

  it("is well-formed", () => {
    expect(root.name).toBe("testsuites");
  });

  it("has one testsuite per scanner, plus one for findings without a scanner", () => {
    expect(root.children.map((s) => s.attrs.name)).toEqual(["semgrep", "detectors", "vulns", "gitleaks", "clausier-guard"]);
  });

  it("fails blocking findings, skips waived ones, passes the rest", () => {
    const semgrep = root.children.find((s) => s.attrs.name === "semgrep")!;
    const kinds = semgrep.children.filter((c) => c.name === "testcase").map((c) => c.children[0]?.name);
    expect(kinds).toEqual(["failure", "failure", "system-out"]);
    expect(semgrep.attrs).toMatchObject({ tests: "3", failures: "2", errors: "0", skipped: "0" });
    const hostileCase = semgrep.children.find((c) => c.attrs.name?.includes("r<1>"))!;
    expect(hostileCase.attrs.name).toBe(`[O-12.5.7] r<1> src/<x>&"q'.ts:12`);
    expect(hostileCase.children[0].text).toContain("]]> <![CDATA[ &");
    const detectors = root.children.find((s) => s.attrs.name === "detectors")!;
    expect(detectors.children.find((c) => c.name === "testcase")!.children[0].name).toBe("skipped");
    expect(detectors.children.find((c) => c.name === "testcase")!.children[0].attrs.message).toMatch(/^waived by DER-7 \(CCTP CCTP art\. 12/);
  });

  it("reports a failed scanner as an error and a not-evaluated one as skipped", () => {
    const gl = root.children.find((s) => s.attrs.name === "gitleaks")!;
    const tc = gl.children.find((c) => c.name === "testcase")!;
    expect(tc.children[0]).toMatchObject({ name: "error", attrs: { message: "gitleaks: exit <126> & crash", type: "ScannerFailed" } });
    const vulns = root.children.find((s) => s.attrs.name === "vulns")!;
    expect(vulns.children.find((c) => c.name === "testcase")!.children[0].attrs.message).toMatch(/^not evaluated: advisory database/);
    expect(root.attrs).toMatchObject({ errors: "1", skipped: "2" });
  });

  it("is well-formed with nothing to report", () => {
    const empty = parseXml(renderJunit(sampleReport({ findings: [], scanners: [] })));
    expect(empty.attrs.tests).toBe("0");
  });
});
