// Third-party bundles: recognised by their content (licence banner, minified lines), never by a
// name or folder alone; listed in the gate report; read for secrets and provenance, not by semgrep.
import { afterAll, describe, expect, it } from "vitest";
import { bilingualText } from "../../ci/result/model";
import { bundleNotes, classifyBundle, findBundles } from "../../ci/gate/bundles";
import { runGate } from "../../ci/gate/gate";
import { createSemgrepScanner } from "../../ci/gate/scanners/semgrep";
import { defaultProfile } from "../../policies/core/profile";
import { cleanup, input, tmp, write } from "./scanners/helpers";
import { semgrepTool } from "./scanners/tools";

afterAll(cleanup);

/** A minified line of library-like code: eval and innerHTML, as real bundles have. */
const MINIFIED = `!function(e,t){"use strict";var n=function(r){return eval(r)};${"t.innerHTML=e[n];".repeat(200)}}(window,document);\n`;
const JQUERY = `/*! jQuery v3.6.0 | (c) OpenJS Foundation and other contributors | jquery.org/license */\n${MINIFIED}`;
const BOOTSTRAP_DEV = `/*!\n  * Bootstrap v4.6.2 (https://getbootstrap.com/)\n  * Licensed under MIT\n  */\n(function (global) {\n  var x = 1;\n})(this);\n`;
const HAND_WRITTEN = `export function run(code) {\n  return eval(code);\n}\n`;

describe("classifyBundle (pure)", () => {
  it("a known library's banner names it; minified lines and the .min name are recorded", () => {
    expect(classifyBundle("public/js/jquery.min.js", JQUERY)).toEqual({
      file: "public/js/jquery.min.js", library: "jQuery 3.6.0", reasons: ["banner", "minified", "min-name"],
    });
    expect(classifyBundle("vendor/bootstrap/bootstrap.js", BOOTSTRAP_DEV)).toEqual({
      file: "vendor/bootstrap/bootstrap.js", library: "Bootstrap 4.6.2", reasons: ["banner", "vendor-folder"],
    });
    expect(classifyBundle("public/assets/showdown.min.js", `/*! showdown v 1.9.0 - 02-11-2018 */\n${MINIFIED}`)?.library).toBe("showdown 1.9.0");
  });

  it("minified code without a banner is a bundle too", () => {
    expect(classifyBundle("static/app.js", MINIFIED)).toEqual({ file: "static/app.js", reasons: ["minified"] });
  });

  it("a name or a folder alone never makes hand-written code a bundle (the pull request chooses both)", () => {
    expect(classifyBundle("public/js/app.min.js", HAND_WRITTEN)).toBeUndefined();
    expect(classifyBundle("vendor/evil.js", HAND_WRITTEN)).toBeUndefined();
    // A banner that is not a leading comment does not count.
    expect(classifyBundle("src/x.js", `const s = "jQuery v3.6.0";\n${HAND_WRITTEN}`)).toBeUndefined();
  });

  it("only scripts are classified", () => {
    expect(classifyBundle("css/font-awesome.min.css", `/*! Font Awesome 4.7.0 */\n${"a{b:c}".repeat(900)}`)).toBeUndefined();
    expect(classifyBundle("views/index.ejs", MINIFIED)).toBeUndefined();
  });
});

describe("findBundles and the gate report", () => {
  it("reads the files' first bytes; a missing file is not a bundle", () => {
    const root = tmp("bundles");
    write(root, { "public/js/jquery.min.js": JQUERY, "src/app.js": HAND_WRITTEN });
    expect(findBundles(root, ["public/js/jquery.min.js", "src/app.js", "gone.min.js"], ["**"]).map((b) => b.file)).toEqual(["public/js/jquery.min.js"]);
  });

  it("only under the profile's vendoredPaths: a banner or a minifier elsewhere exempts nothing (the content is the pull request's)", () => {
    const root = tmp("bundles-paths");
    write(root, { "public/js/jquery.min.js": JQUERY, "src/app.js": `/*! jQuery v3.6.0 | (c) OpenJS Foundation */
${HAND_WRITTEN}` });
    expect(findBundles(root, ["public/js/jquery.min.js", "src/app.js"], [])).toEqual([]);
    expect(findBundles(root, ["public/js/jquery.min.js", "src/app.js"], ["public/js/**"]).map((b) => b.file)).toEqual(["public/js/jquery.min.js"]);
  });

  it("one advisory low note per bundle, bilingual, with a stable fingerprint", () => {
    const [note] = bundleNotes([{ file: "public/js/jquery.min.js", library: "jQuery 3.6.0", reasons: ["banner", "minified"] }]);
    expect(note).toMatchObject({
      rule: "clausier-gate-bundle-not-sast-scanned", severity: "low", enforcementLevel: "advisory", file: "public/js/jquery.min.js", clauses: ["O-12.5.7", "O-12.5.8"],
    });
    expect(bilingualText(note!)).toMatch(/^\[O-12\.5\.7, O-12\.5\.8\] bundle tiers \(jQuery 3\.6\.0, minifié\) : .* — EN: third-party bundle \(jQuery 3\.6\.0, minified\): scanned for secrets and provenance only/);
    expect(bundleNotes([{ file: "public/js/jquery.min.js", reasons: ["minified"] }])[0]!.fingerprint).toBe(note!.fingerprint);
  });

  it("the gate lists the bundles in the report and as findings, without blocking", async () => {
    const root = tmp("bundles-gate");
    write(root, { "public/js/jquery.min.js": JQUERY, "src/app.js": HAND_WRITTEN });
    const { report } = await runGate({
      root, profile: { ...defaultProfile(), gate: { ...defaultProfile().gate, vendoredPaths: ["public/js/**"] } }, scanners: [], now: new Date("2026-01-01T00:00:00Z"),
      selection: { files: ["public/js/jquery.min.js", "src/app.js"], undecodableNames: [], excluded: [], isGitRepo: false },
    });
    expect(report.bundles).toEqual([{ file: "public/js/jquery.min.js", library: "jQuery 3.6.0", reasons: ["banner", "minified", "min-name"] }]);
    expect(report.findings.map((f) => `${f.rule} ${f.file}`)).toEqual(["clausier-gate-bundle-not-sast-scanned public/js/jquery.min.js"]);
    expect(report.verdict).toBe("pass");
  });
});

const tool = semgrepTool();
describe.skipIf(tool.skip)("semgrep adapter: bundles skipped, templates read (real semgrep)", () => {
  it(
    "with public/js/** as vendoredPaths: no SAST finding in jquery.min.js; the hand-written eval (even under a copied banner), an EJS <%- and an inline innerHTML are found",
    async () => {
      expect(tool.present, tool.message).toBe(true);
      const root = tmp("sg-bundles");
      write(root, {
        "public/js/jquery.min.js": JQUERY,
        "src/app.js": `/*! jQuery v3.6.0 | (c) OpenJS Foundation */\n${HAND_WRITTEN}`,
        "views/search.ejs": "<p>Results for <%- query %></p>\n<p><%= safe %></p>\n",
        "views/users.html": "<table id=t></table>\n<script>\n  cell.innerHTML = users[0].name;\n</script>\n",
      });
      const profile = { ...defaultProfile(), gate: { ...defaultProfile().gate, vendoredPaths: ["public/js/**"] } };
      const res = await createSemgrepScanner().run(input(root, ["public/js/jquery.min.js", "src/app.js", "views/search.ejs", "views/users.html"], { profile }));
      expect(res.status, res.reason).toBe("ok");
      expect(res.findings.map((f) => `${f.file}:${f.line} ${f.rule}`).sort()).toEqual([
        "src/app.js:3 eval-non-literal",
        "views/search.ejs:1 ejs-unescaped-output",
        "views/users.html:3 template-inline-script-dom-sink",
      ]);
    },
    300_000,
  );
});
