import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../../ci/result/errors";
import { parseAddedLines, selectFiles } from "../../../ci/gate/files";
import { runGate } from "../../../ci/gate/gate";
import { pathMatches } from "../../../policies/core/glob";
import { commitAll, fakeScanner, finding, gitRepo, NOW, profile, sh, tempDir, write } from "./helpers";

describe("path globs", () => {
  it.each([
    ["node_modules/", "node_modules/a/b.js", true],
    ["node_modules/", "pkg/node_modules/a.js", true],
    ["**/testdata/**", "scanners/gitleaks/testdata/x", true],
    ["**/testdata/**", "testdata/x", true],
    ["scanners/semgrep/rules/**", "scanners/semgrep/rules/a/b.ts", true],
    ["scanners/semgrep/rules/**", "x/scanners/semgrep/rules/a.ts", false],
    ["*.min.js", "public/js/app.min.js", true],
    ["src/*.ts", "src/a/b.ts", false],
    ["src/**/*.ts", "src/a/b.ts", true],
    ["src/**/*.ts", "src/b.ts", true],
    ["docs", "docs/readme.md", true],
    ["doc?", "docs/readme.md", true],
    [".git/", "src/.gitignore", false],
  ])("%s ~ %s → %s", (p, path, expected) => {
    expect(pathMatches(p, path)).toBe(expected);
  });
});

describe("selectFiles without --base", () => {
  it("lists tracked and untracked non-ignored files; the tool's own test-data folders are not excluded", async () => {
    const root = gitRepo({
      ".gitignore": "dist/\n", "src/a.ts": "a", "node_modules/x/i.js": "x", "dist/out.js": "o",
      "scanners/gitleaks/testdata/leak.txt": "AKIA…", "scanners/semgrep/rules/r.ts": "eval(x)",
    });
    write(root, { "src/new.ts": "n", "dist/more.js": "m" });
    const sel = await selectFiles({ root });
    expect(sel.isGitRepo).toBe(true);
    expect(sel.files).toEqual([".gitignore", "node_modules/x/i.js", "scanners/gitleaks/testdata/leak.txt", "scanners/semgrep/rules/r.ts", "src/a.ts", "src/new.ts"]);
    expect(sel.excluded).toEqual([]);
  });

  it("takes extra excludes", async () => {
    const root = gitRepo({ "src/a.ts": "a", "docs/b.md": "b", "x.min.js": "m" });
    const sel = await selectFiles({ root, excludes: ["docs/", "*.min.js"] });
    expect(sel.files).toEqual(["src/a.ts"]);
  });

  it("skips files deleted from the working tree and symlinks", async () => {
    const root = gitRepo({ "a.ts": "a", "b.ts": "b" });
    sh(root, "rm", "-q", "--cached", "b.ts");
    write(root, {});
    const { rmSync, symlinkSync } = await import("node:fs");
    rmSync(join(root, "a.ts"));
    symlinkSync("/etc/hostname", join(root, "link"));
    const sel = await selectFiles({ root });
    expect(sel.files).toEqual(["b.ts"]);
  });

  it("does not crash on non-UTF-8 file names and reports them", async () => {
    const root = gitRepo({ "ok.ts": "x" });
    writeFileSync(Buffer.concat([Buffer.from(root + "/bad"), Buffer.from([0xe9]), Buffer.from(".txt")]), "secret?");
    writeFileSync(join(root, "café.ts"), "utf8 name");
    const sel = await selectFiles({ root });
    expect(sel.files).toEqual(["café.ts", "ok.ts"]);
    expect(sel.undecodableNames).toEqual(["bad\\xE9.txt"]);
  });

  it("walks a folder that is not a git repository", async () => {
    const root = tempDir();
    write(root, { "a.ts": "a", "sub/b.ts": "b", "node_modules/m/i.js": "m", "x/testdata/t": "t" });
    writeFileSync(Buffer.concat([Buffer.from(root + "/sub/n"), Buffer.from([0xff]), Buffer.from(".js")]), "x");
    const sel = await selectFiles({ root, excludes: ["node_modules/"] });
    expect(sel.isGitRepo).toBe(false);
    expect(sel.files).toEqual(["a.ts", "sub/b.ts", "x/testdata/t"]);
    expect(sel.excluded).toEqual([{ file: "node_modules/", pattern: "node_modules/" }]);
    expect(sel.undecodableNames).toEqual(["sub/n\\xFF.js"]);
  });
});

describe("selectFiles with --base", () => {
  it("lists only the files changed since the merge-base, with their added lines", async () => {
    const root = gitRepo({ "a.ts": "1\n2\n3\n", "b.ts": "b\n", "old.ts": "o\n" });
    sh(root, "checkout", "-q", "-b", "feature");
    write(root, { "a.ts": "1\nTWO\n3\n4\n" });
    sh(root, "rm", "-q", "old.ts");
    commitAll(root);
    write(root, { "wip.ts": "untracked\n", "b.ts": "b\nmore\n" }); // uncommitted work counts too
    const sel = await selectFiles({ root, base: "main" });
    expect(sel.files).toEqual(["a.ts", "b.ts", "wip.ts"]);
    expect(sel.mergeBase).toMatch(/^[0-9a-f]{40}$/);
    expect([...(sel.changedLines!.get("a.ts") as Set<number>)]).toEqual([2, 4]);
    expect([...(sel.changedLines!.get("b.ts") as Set<number>)]).toEqual([2]);
    expect(sel.changedLines!.get("wip.ts")).toBe("all");
  });

  it("uses the merge-base, not the base's tip (main moved on after the branch)", async () => {
    const root = gitRepo({ "a.ts": "a\n", "b.ts": "b\n" });
    sh(root, "checkout", "-q", "-b", "feature");
    write(root, { "a.ts": "a2\n" });
    commitAll(root);
    sh(root, "checkout", "-q", "main");
    write(root, { "b.ts": "b on main\n" });
    commitAll(root);
    sh(root, "checkout", "-q", "feature");
    expect((await selectFiles({ root, base: "main" })).files).toEqual(["a.ts"]);
  });

  it("marks new committed files as wholly added", async () => {
    const root = gitRepo({ "a.ts": "a\n" });
    sh(root, "checkout", "-q", "-b", "f");
    write(root, { "dir with space/n é.ts": "x\ny\n" });
    commitAll(root);
    const sel = await selectFiles({ root, base: "main" });
    expect(sel.files).toEqual(["dir with space/n é.ts"]);
    expect(sel.changedLines!.get("dir with space/n é.ts")).toBe("all");
  });

  it("fails with a clear message when the base does not exist (shallow clone)", async () => {
    const origin = gitRepo({ "a.ts": "a\n" });
    write(origin, { "a.ts": "b\n" });
    commitAll(origin);
    const clone = tempDir();
    sh(clone, "clone", "-q", "--depth", "1", `file://${origin}`, "c");
    const root = join(clone, "c");
    const err = await selectFiles({ root, base: "origin/develop" }).catch((e) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain("origin/develop");
    expect(err.message).toContain("fetch-depth: 0");
    expect(err.message).toContain("shallow");
  });

  it("fails when the base exists but shares no history with HEAD", async () => {
    const root = gitRepo({ "a.ts": "a\n" });
    sh(root, "checkout", "-q", "--orphan", "other");
    commitAll(root, "orphan");
    const err = await selectFiles({ root, base: "main" }).catch((e) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/no common ancestor.*fetch-depth: 0/s);
  });

  it("refuses --base outside a git repository and option-like refs", async () => {
    await expect(selectFiles({ root: tempDir(), base: "main" })).rejects.toThrow(/not a git working tree/);
    await expect(selectFiles({ root: gitRepo({ a: "a" }), base: "--output=/tmp/x" })).rejects.toThrow(InputError);
  });

  it("parses quoted names in a patch", () => {
    const patch = Buffer.from([
      "diff --git \"a/t\\303\\251st\\tx.ts\" \"b/t\\303\\251st\\tx.ts\"",
      "--- \"a/t\\303\\251st\\tx.ts\"",
      "+++ \"b/t\\303\\251st\\tx.ts\"",
      "@@ -3 +3,2 @@",
      "-old", "+new", "+new2",
      "diff --git a/s p.ts b/s p.ts",
      "--- a/s p.ts\t",
      "+++ b/s p.ts\t",
      "@@ -1,0 +2 @@",
      "+x",
    ].join("\n"));
    const lines = parseAddedLines(patch);
    expect([...(lines.get("tést\tx.ts") as Set<number>)]).toEqual([3, 4]);
    expect([...(lines.get("s p.ts") as Set<number>)]).toEqual([2]);
  });
});

describe("the gate with --base", () => {
  it("reports only what the pull request changed", async () => {
    const root = gitRepo({ "a.ts": "1\n2\n3\n", "b.ts": "1\n2\n" });
    sh(root, "checkout", "-q", "-b", "feature");
    write(root, { "a.ts": "1\n2\nNEW\n" });
    commitAll(root);
    // The scanner reports everything it would find in the whole tree.
    const scanner = fakeScanner("s", [
      finding({ file: "a.ts", line: 3, fingerprint: "new-line" }),
      finding({ file: "a.ts", line: 1, fingerprint: "old-line-same-file" }),
      finding({ file: "b.ts", line: 1, fingerprint: "untouched-file" }),
      finding({ file: "package-lock.json", line: undefined, fingerprint: "file-level" }),
      finding({ file: "gone.ts", line: 2, fingerprint: "history" }),
      finding({ file: "b.ts", line: 2, fingerprint: "history-commit", commit: "0123456789abcdef" } as never),
    ]);
    const { report } = await runGate({ root, base: "main", profile: profile(), scanners: [scanner], now: NOW });
    expect(scanner.inputs[0].files).toEqual(["a.ts"]);
    expect(scanner.inputs[0].base).toBe("main");
    expect(report.findings.map((f) => f.fingerprint).sort()).toEqual(["file-level", "history", "history-commit", "new-line"]);
    expect(report.base).toBe("main");
  });
});
