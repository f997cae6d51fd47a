// Inline <script> blocks as JS/TS copies: same lines and columns, data blocks and external
// scripts left out, server-template tags neutralised in pages but not in components.
import { describe, expect, it } from "vitest";
import { EMBEDDING_EXT, embeddedScripts } from "../../../ci/gate/scanners/embedded-scripts";

const lines = (s: string) => s.split("\n");

describe("embeddedScripts", () => {
  it("keeps each script statement at its line and column and blanks the markup", () => {
    const page = [
      "<html><body>",
      '<div id="out"></div>',
      "<script>",
      "  document.getElementById('out').innerHTML = location.hash;",
      "</script><p>prose: el.innerHTML = x</p>",
    ].join("\n");
    const got = embeddedScripts("views/page.html", page)!;
    expect(got).toMatchObject({ typescript: false, blocks: 1 });
    expect(got.code.length).toBe(page.length);
    expect(lines(got.code)).toHaveLength(5);
    expect(lines(got.code)[3]).toBe(lines(page)[3]);
    expect(lines(got.code)[0]!.trim()).toBe("");
    expect(got.code).not.toContain("prose");
  });

  it("leaves out external scripts and data blocks, and returns nothing without inline script", () => {
    expect(embeddedScripts("a.html", '<script src="/app.js"></script><script type="application/ld+json">{"a":1}</script>')).toBeUndefined();
    expect(embeddedScripts("a.html", '<script type="text/x-handlebars-template"><b>{{x}}</b></script>')).toBeUndefined();
    expect(embeddedScripts("a.html", "<p>no script</p>")).toBeUndefined();
    expect(embeddedScripts("a.html", '<script type="module">import a from "./a.js";</script>')?.blocks).toBe(1);
  });

  it("replaces EJS and Handlebars tags in a page's script by identifiers of the same length", () => {
    const ejs = "<script>\nvar id = <%= user.id %>;\nvar n = '{{name}}';\n</script>";
    const code = embeddedScripts("views/a.ejs", ejs)!.code;
    expect(lines(code)[1]).toBe(`var id = ${"_".repeat("<%= user.id %>".length)};`);
    expect(lines(code)[2]).toBe("var n = '________';");
  });

  it("reads a component's lang=\"ts\" script as TypeScript and keeps its braces", () => {
    const svelte = '<script lang="ts">\n  let o = {{ a: 1 }.a};\n  window.postMessage(token, "*");\n</script>\n<div>{@html html}</div>';
    const got = embeddedScripts("src/routes/+page.svelte", svelte)!;
    expect(got.typescript).toBe(true);
    expect(lines(got.code)[1]).toBe("  let o = {{ a: 1 }.a};");
    expect(got.code).not.toContain("@html");
  });

  it("counts positions in UTF-16 units, as the parser does", () => {
    const page = "<p>é 🏥</p><script>\nalert(1)\n</script>";
    const code = embeddedScripts("a.htm", page)!.code;
    expect(code.length).toBe(page.length);
    expect(lines(code)[1]).toBe("alert(1)");
  });

  it("applies to pages, templates and components only", () => {
    for (const f of ["a.html", "b.htm", "c.ejs", "d.hbs", "e.vue", "f.svelte", "g.njk"]) expect(EMBEDDING_EXT.test(f), f).toBe(true);
    for (const f of ["a.js", "b.ts", "c.pug", "d.md"]) expect(EMBEDDING_EXT.test(f), f).toBe(false);
  });
});
