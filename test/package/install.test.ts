// The installable package, as a new user gets it: `npm pack` of the compiled package
// (scripts/build-package.sh), installed from the tarball into an empty prefix, then run from a
// fresh folder: version, the pack's folder, the catalog, an offline evaluation, and the
// precompiled pack under the real `pulumi policy analyze` (no TypeScript compiler involved).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultPulumiBinDir, pulumiToolsAvailable } from "../../ci/engine/pulumi-cli";

const root = resolve(__dirname, "..", "..");
let work: string;
let bin: string;
let tarball: string;

function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(bin, args, { cwd, encoding: "utf8", env: { ...process.env, ...env }, timeout: 300_000 });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "cg-package-"));
  tarball = execFileSync("bash", [join(root, "scripts/build-package.sh"), join(work, "dist")], { encoding: "utf8" }).trim().split("\n").pop()!;
  // The registry's packages come from npm's cache after the checkout's `npm ci`.
  execFileSync("npm", ["install", "-g", "--prefix", join(work, "prefix"), "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", tarball], { stdio: "pipe" });
  bin = join(work, "prefix", "bin", "clausier-guard");
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm package", () => {
  it("ships compiled JavaScript, the pack, the rules and the schemas, and no TypeScript source of the tool", () => {
    const listing = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).split("\n");
    expect(listing).toContain("package/ci/cli/main.js");
    expect(listing).toContain("package/policies/index.js");
    expect(listing).toContain("package/policies/PulumiPolicy.yaml");
    expect(listing).toContain("package/scanners/gitleaks/gitleaks.toml");
    expect(listing.some((f) => /^package\/scanners\/semgrep\/rules\/.+\.yaml$/.test(f))).toBe(true);
    expect(listing).toContain("package/scripts/bootstrap.sh");
    expect(listing).toContain("package/LICENSE");
    expect(listing.filter((f) => /^package\/(ci|policies)\/.+\.ts$/.test(f))).toEqual([]);
    const manifest = JSON.parse(execFileSync("tar", ["xzOf", tarball, "package/package.json"], { encoding: "utf8" })) as Record<string, unknown>;
    expect(manifest.private).toBeUndefined();
    expect(manifest.devDependencies).toBeUndefined();
  });

  it("runs from a fresh folder: --version, pack-path, catalog, a clear error for an unknown command", () => {
    const fresh = mkdtempSync(join(work, "user-"));
    const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version as string;
    expect(cli(["--version"], fresh).stdout.trim()).toBe(`clausier-guard ${version}`);
    const pack = cli(["pack-path"], fresh).stdout.trim();
    expect(pack.startsWith(join(work, "prefix"))).toBe(true);
    expect(existsSync(join(pack, "PulumiPolicy.yaml"))).toBe(true);
    expect(JSON.parse(readFileSync(join(pack, "package.json"), "utf8")).main).toBe("index.js");
    const catalog = cli(["catalog", "--format", "json"], fresh);
    expect(catalog.status).toBe(0);
    expect((JSON.parse(catalog.stdout) as unknown[]).length).toBeGreaterThan(200);
    const bad = cli(["no-such-command"], fresh);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown command 'no-such-command'/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it("evaluates a user's Pulumi program offline with the installed pack", () => {
    const prog = mkdtempSync(join(work, "prog-"));
    writeFileSync(join(prog, "Pulumi.yaml"), "name: pkg-user\nruntime: nodejs\n");
    writeFileSync(join(prog, "Pulumi.dev.yaml"), "config:\n  aws:region: us-east-1\n");
    writeFileSync(join(prog, "index.ts"), 'import * as aws from "@pulumi/aws";\nexport const b = new aws.s3.Bucket("records").id;\n');
    // The program brings its own SDKs, as a user's would.
    symlinkSync(join(root, "node_modules"), join(prog, "node_modules"));
    const r = cli(["evaluate", prog, "--stack", "dev", "--format", "json"], prog);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/O-12\.3\.2/);
  });

  it("the precompiled pack runs under the real pulumi policy analyze (audit)", () => {
    if (!pulumiToolsAvailable(defaultPulumiBinDir())) {
      if (process.env.CLAUSIER_ALLOW_MISSING_TOOLS === "1") return;
      throw new Error("pulumi is missing: run scripts/bootstrap.sh pulumi");
    }
    const dir = mkdtempSync(join(work, "state-"));
    const urn = (t: string, n: string) => `urn:pulumi:dev::pkg-user::${t}::${n}`;
    const state = join(dir, "state.json");
    writeFileSync(state, JSON.stringify({
      version: 3,
      deployment: {
        manifest: { time: "2026-01-01T00:00:00Z", magic: "", version: "v3.276.0" },
        resources: [
          { urn: urn("pulumi:pulumi:Stack", "pkg-user-dev"), custom: false, type: "pulumi:pulumi:Stack" },
          { urn: urn("pulumi:providers:aws", "default"), custom: true, id: "p1", type: "pulumi:providers:aws", inputs: { region: "us-east-1" }, outputs: { region: "us-east-1" } },
          {
            urn: urn("aws:s3/bucket:Bucket", "records"), custom: true, id: "records-1", type: "aws:s3/bucket:Bucket",
            inputs: { bucket: "records-1" }, outputs: { bucket: "records-1", region: "us-east-1" },
            parent: urn("pulumi:pulumi:Stack", "pkg-user-dev"), provider: `${urn("pulumi:providers:aws", "default")}::p1`,
          },
        ],
      },
    }));
    const r = cli(["audit", state, "--format", "json"], dir, { PATH: `${defaultPulumiBinDir()}:${process.env.PATH}` });
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/aws-resource-region-allowed/);
    // No TypeScript in the installed pack: Pulumi loaded index.js as it is.
    const pack = cli(["pack-path"], dir).stdout.trim();
    expect(readdirSync(pack).filter((f) => f.endsWith(".ts"))).toEqual([]);
  });

  it("tools install rejects an unknown tool with exit 2", () => {
    const r = cli(["tools", "install", "nmap"], work);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown tool 'nmap'/);
  });
});
