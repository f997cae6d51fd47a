import { describe, expect, it } from "vitest";
import { mdEscape } from "../../ci/report/markdown-escape";
import { renderMarkdown } from "../../ci/report/markdown";
import { f, sampleReport } from "./fixtures";

const EVIL_FILE = "x|y<img src=x onerror=alert(1)>.js";
const EVIL_MESSAGE = "see [link](http://evil) cc @org/team and @alice, fixes #12 `code` <!-- c --> </details> **bold** ![i](http://x/i.png) www.evil.com";

/** Cells of a GFM table row, splitting on pipes not escaped by a backslash. */
function cells(row: string): string[] {
  return row.trim().replace(/^\|/, "").replace(/\|$/, "").split(/(?<!\\)\|/);
}

describe("markdown escaping", () => {
  const e = mdEscape(`${EVIL_FILE} ${EVIL_MESSAGE}`);
  it("leaves no HTML", () => {
    expect(e).not.toMatch(/<[a-z!/]/i);
    expect(e).toContain("&lt;img");
  });
  it("leaves no link, image or autolink", () => {
    expect(e).not.toMatch(/\]\(/);
    expect(e).not.toContain("http://");
    expect(e).not.toMatch(/www\./);
  });
  it("breaks mentions and issue references", () => {
    expect(e).not.toMatch(/@[a-z]/i);
    expect(e).not.toMatch(/#\d/);
  });
  it("escapes pipes, backticks, emphasis", () => {
    expect(e).not.toMatch(/(?<!\\)[|`*]/);
  });
  it("flattens newlines and neutralises bidi controls", () => {
    expect(mdEscape("a\nb\r\nc")).toBe("a b c");
    expect(mdEscape("x\u202Ey")).toBe("x\uFFFDy");
  });
});

describe("renderMarkdown", () => {
  const report = sampleReport({
    findings: [f({ file: EVIL_FILE, message: { fr: EVIL_MESSAGE, en: EVIL_MESSAGE }, rule: "rule|`x`", scanner: "@evil" }), ...sampleReport().findings],
  });
  const md = renderMarkdown(report);

  it("starts with the verdict and names the gaps on the verdict line", () => {
    expect(md.split("\n")[0]).toBe("## ⛔ Clausier Guard — Verdict : **BLOQUÉ**");
    const pass = renderMarkdown(sampleReport({ verdict: "pass", exitCode: 0, findings: [] }), { lang: "en" });
    expect(pass.split("\n")[0]).toBe("## ✅ Clausier Guard — Verdict: **PASS** (not evaluated: vulns)");
    expect(pass).toContain("advisory database unreachable");
  });

  it("keeps every table row's column count despite hostile text", () => {
    const lines = md.split("\n");
    let columns = 0;
    for (const line of lines) {
      if (!line.startsWith("|")) {
        columns = 0;
        continue;
      }
      if (!columns) columns = cells(line).length;
      expect(cells(line), line).toHaveLength(columns);
    }
  });

  it("lets nothing from the repository inject markup", () => {
    expect(md).not.toContain("<img");
    expect(md).not.toContain("](http");
    expect(md).not.toMatch(/@(org|alice|evil)/);
    expect(md).not.toContain("</details> **bold**");
    // The only HTML is ours.
    const tags = md.match(/<\/?[a-z]+/g) ?? [];
    expect(new Set(tags)).toEqual(new Set(["<details", "<summary", "</summary", "</details", "<sub", "</sub"]));
  });

  it("has a table by clause, waived findings apart, and the scanners with status and version", () => {
    expect(md).toContain("### Constats par clause");
    expect(md).toMatch(/\| O\\-12\.5\.7 \| 2 \| 0 \| 0 \|/);
    expect(md).toContain("<details><summary>Constats couverts par une dérogation (1)</summary>");
    expect(md).toContain("DER\\-7 (CCTP art. 12)");
    expect(md).toMatch(/\| semgrep \| 1\.99\.0 \| ✅ ok \|/);
    expect(md).toMatch(/\| vulns \| 0\.1\.0 \| ⚠️ non évalué \|/);
    // The waived finding is not in the active table.
    const active = md.split("<details>")[0];
    expect(active).not.toContain("ca.crt");
  });

  it("caps the findings table", () => {
    const many = sampleReport({ findings: Array.from({ length: 400 }, (_, i) => f({ fingerprint: `fp${i}`, line: i + 1 })) });
    const out = renderMarkdown(many);
    expect(out).toContain("… et 250 autres");
    expect(out.length).toBeLessThan(65536);
  });
});
