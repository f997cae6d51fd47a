// Sibling of case 4 (issue 11): with --base the gate keeps findings on the lines the pull request
// changed; a .gitattributes the pull request adds must not make those lines disappear.
import { describe, expect, it } from "vitest";
import { makeGateCommand } from "../../ci/cli/gate-command";
import type { CommandIO } from "../../ci/cli/io";
import { commitAll, fakeScanner, finding, gitRepo, NOW, sh, write } from "../gate/core/helpers";

const leak = finding({ rule: "aws-access-token", severity: "critical", scanner: "gitleaks", file: "src/app.ts", line: 2 });

async function gate(args: string[], cwd: string) {
  const out: string[] = [];
  const io: CommandIO = { stdout: (t) => out.push(t), stderr: () => undefined, cwd, env: {} };
  const code = await makeGateCommand({ scanners: () => [fakeScanner("gitleaks", [leak])], now: () => NOW })(["--format", "json", ...args], io);
  return { code, ...(JSON.parse(out.join("")) as { findings: { rule: string }[] }) };
}

describe("a .gitattributes the pull request adds cannot hide its changed lines (sibling of case 4)", () => {
  it.each(["* -diff", "*.ts binary", "*.ts diff=hide"])("%s: the finding on the changed line stays", async (attributes) => {
    const root = gitRepo({ "src/app.ts": "export const a = 1;\n" });
    sh(root, "config", "diff.hide.textconv", "true");
    sh(root, "checkout", "-q", "-b", "pr");
    write(root, { "src/app.ts": "export const a = 1;\nexport const key = 'leaked';\n", ".gitattributes": `${attributes}\n` });
    commitAll(root, "pr");
    const r = await gate(["--base", "main"], root);
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => f.rule)).toContain("aws-access-token");
  });
});
