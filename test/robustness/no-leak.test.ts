// Nothing leaks: a repository full of planted secrets goes through `gate --out` (every format) and
// `report` (HTML + manifest); then the real gitleaks, with our own configuration, scans everything
// written and must find nothing, and no planted value (nor any 12-character piece of one) may
// appear in any output file or on stdout/stderr.
// The secrets are generated at run time (random, with valid NIR and IBAN keys computed here): none
// is written in this repository's sources, so our own secret scanning stays clean.
import { spawnSync } from "node:child_process";
import { createHmac, generateKeyPairSync, randomInt } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidFrIban } from "../../scanners/detectors/lib/iban";
import { isKeyValidNir } from "../../scanners/detectors/lib/nir";
import { gitleaksTool, semgrepTool } from "../gate/scanners/tools";
import { cleanup, cli, git, ROOT, tmp, withEnv, write, type CliResult } from "./helpers";

const UPPER32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const B64 = `${ALNUM}+/`;
const DIGITS = "0123456789";
const pick = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join("");
const b64url = (s: string | Buffer) => Buffer.from(s).toString("base64url");

/** 13-digit NIR body (sex, year, month, department, commune, order) and its key 97 - (n mod 97). */
export function nirWithKey(): string {
  const body = `${pick("12", 1)}${pick(DIGITS, 2)}${String(randomInt(1, 13)).padStart(2, "0")}${String(randomInt(10, 96)).padStart(2, "0")}${pick(DIGITS, 3)}${pick(DIGITS, 3)}`;
  const key = 97 - Number(BigInt(body) % 97n);
  return `${body}${String(key).padStart(2, "0")}`;
}

/** mod 97 of a long digit string (ISO 7064), without BigInt limits. */
function mod97(digits: string): number {
  let r = 0;
  for (const ch of digits) r = (r * 10 + Number(ch)) % 97;
  return r;
}

/** A French IBAN: bank, branch, account, RIB key (97 - (89·bank + 15·branch + 3·account) mod 97), then the IBAN check digits. */
export function frenchIban(): string {
  const bank = pick(DIGITS, 5);
  const branch = pick(DIGITS, 5);
  const account = pick(DIGITS, 11);
  const rib = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * mod97(account)) % 97);
  const bban = `${bank}${branch}${account}${String(rib).padStart(2, "0")}`;
  // F = 15, R = 27; check digits = 98 - mod97(BBAN + "FR00").
  const check = 98 - mod97(`${bban}152700`);
  return `FR${String(check).padStart(2, "0")}${bban}`;
}

interface Planted {
  name: string;
  value: string;
  /** The random part a redaction must not reveal any 12 characters of. */
  core: string;
}

function plantSecrets(): { files: Record<string, string>; history: Record<string, string>; planted: Planted[] } {
  const awsId = `${["AK", "IA"].join("")}${pick(UPPER32, 16)}`;
  const awsSecret = pick(B64, 40);
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 1024, privateKeyEncoding: { type: "pkcs1", format: "pem" }, publicKeyEncoding: { type: "spki", format: "pem" } });
  const pemBody = privateKey.split("\n").filter((l) => l && !l.startsWith("-----")).join("");
  const urlPassword = `Pg${pick(ALNUM, 18)}`;
  const connPassword = `Sq${pick(ALNUM, 18)}`;
  const jdbcPassword = `Jd${pick(ALNUM, 18)}`;
  const rdsPassword = `Rd${pick(ALNUM, 18)}`;
  const frPassword = `Mp${pick(ALNUM, 18)}`;
  const historyToken = `ghp_${pick(ALNUM, 36)}`;
  const header = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const payload = b64url(JSON.stringify({ sub: `${randomInt(1e9)}`, name: "Dr Exemple", iat: 1767225600, scope: "dpi:read" }));
  const signature = createHmac("sha256", pick(ALNUM, 32)).update(`${header}.${payload}`).digest("base64url");
  const jwt = `${header}.${payload}.${signature}`;
  const nir = nirWithKey();
  const nirSpaced = `${nir.slice(0, 1)} ${nir.slice(1, 3)} ${nir.slice(3, 5)} ${nir.slice(5, 7)} ${nir.slice(7, 10)} ${nir.slice(10, 13)} ${nir.slice(13)}`;
  const iban = frenchIban();
  const ibanSpaced = iban.replace(/(.{4})/g, "$1 ").trim();

  const files: Record<string, string> = {
    "src/aws.ts": `export const awsAccessKeyId = "${awsId}";\nexport const aws_secret_access_key = "${awsSecret}";\n`,
    "deploy/tls/server.key": privateKey,
    "src/db.ts": [
      `export const databaseUrl = "postgres://app_admin:${urlPassword}@db.chu-exemple.internal:5432/dossiers";`,
      `export const sqlServer = "Server=tcp:sql-chu.database.windows.net,1433;Database=dpi;User ID=sa_dpi;Password=${connPassword};Encrypt=True;";`,
      `export const jdbc = "jdbc:postgresql://db.internal:5432/dpi?user=dpi&password=${jdbcPassword}";`,
      `export const motDePasse = "${frPassword}";`,
      "",
    ].join("\n"),
    "infra/index.ts": `import * as aws from "@pulumi/aws";\nexport const db = new aws.rds.Instance("dpi", { engine: "postgres", instanceClass: "db.t3.micro", username: "dpi", password: "${rdsPassword}" });\n`,
    "src/auth.ts": `export const serviceToken = "${jwt}";\n`,
    "test/fixtures/patients.json": `${JSON.stringify({ patients: [{ nir, nirAffiche: nirSpaced, iban, ibanAffiche: ibanSpaced }] }, null, 2)}\n`,
    "src/patients.ts": `// patient NIR ${nir}\nexport const nir = "${nir}";\n`,
  };
  // Committed on the branch, then deleted: only the history holds it.
  const history = { "ops/token.txt": `GITHUB_TOKEN=${historyToken}\n` };
  const planted: Planted[] = [
    { name: "AWS access key id", value: awsId, core: awsId.slice(4) },
    { name: "AWS secret access key", value: awsSecret, core: awsSecret },
    { name: "PEM private key", value: pemBody, core: pemBody },
    { name: "password in a URL", value: urlPassword, core: urlPassword },
    { name: "password in a connection string", value: connPassword, core: connPassword },
    { name: "password in a JDBC URL", value: jdbcPassword, core: jdbcPassword },
    { name: "literal RDS password", value: rdsPassword, core: rdsPassword },
    { name: "mot de passe", value: frPassword, core: frPassword },
    { name: "JWT", value: jwt, core: `${payload}${signature}` },
    { name: "JWT signature", value: signature, core: signature },
    { name: "NIR", value: nir, core: nir },
    { name: "NIR (spaced)", value: nirSpaced, core: nirSpaced },
    { name: "IBAN", value: iban, core: iban.slice(4) },
    { name: "IBAN (spaced)", value: ibanSpaced, core: ibanSpaced.slice(5) },
    { name: "token in the history", value: historyToken, core: historyToken.slice(4) },
  ];
  return { files, history, planted };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
}

/** Every 12-character window of the value's random part, and the value itself. */
function pieces(p: Planted): string[] {
  const out = new Set<string>([p.value]);
  for (let i = 0; i + 12 <= p.core.length; i++) out.add(p.core.slice(i, i + 12));
  return [...out];
}

const sgTool = semgrepTool();
const glTool = gitleaksTool();
const skip = sgTool.skip || glTool.skip;

describe.skipIf(skip)("nothing leaks from the gate's and the report's outputs", () => {
  let planted: Planted[];
  let repo: string;
  let gateOut: string;
  let reportOut: string;
  let gateRun: CliResult;
  let reportRun: CliResult;

  beforeAll(async () => {
    expect(glTool.present, glTool.message).toBe(true);
    expect(sgTool.present, sgTool.message).toBe(true);
    const s = plantSecrets();
    planted = s.planted;
    repo = tmp("leaky");
    git(repo, "init", "-q");
    write(repo, { "README.md": "# DPI connector\n" });
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "base");
    git(repo, "checkout", "-q", "-b", "feature");
    write(repo, { ...s.files, ...s.history });
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "connector");
    git(repo, "rm", "-q", "ops/token.txt");
    git(repo, "commit", "-q", "-m", "use the vault");
    const out = tmp("out");
    gateOut = join(out, "gate");
    reportOut = join(out, "report");
    await withEnv({ CLAUSIER_SEMGREP: sgTool.path, CLAUSIER_GITLEAKS: glTool.path }, async () => {
      gateRun = await cli(["gate", repo, "--base", "main", "--out", gateOut, "--format", "json", "--lang", "en"], repo);
      reportRun = await cli(["report", "--gate", join(gateOut, "gate.json"), "--out", reportOut], repo);
    });
  }, 120_000);

  afterAll(cleanup);

  it("the gate found the planted secrets (so redaction had work to do) and wrote every format", () => {
    const json = JSON.parse(gateRun.stdout) as { findings: { rule: string; file?: string; commit?: string; scanner: string }[]; scanners: { name: string; status: string; reason?: string }[] };
    expect(json.scanners.filter((x) => x.status === "failed")).toEqual([]);
    expect(gateRun.code, gateRun.stderr).toBe(1);
    const files = new Set(json.findings.map((f) => f.file));
    for (const f of ["src/aws.ts", "deploy/tls/server.key", "src/db.ts", "src/auth.ts", "test/fixtures/patients.json", "src/patients.ts", "ops/token.txt"]) {
      expect(files, `no finding on ${f}`).toContain(f);
    }
    const rules = new Set(json.findings.map((f) => f.rule));
    for (const r of ["aws-access-token", "private-key", "url-userinfo", "ado-connection-string", "jwt-token", "testdata-nir", "testdata-contacts-bank"]) expect(rules, r).toContain(r);
    expect(readdirSync(gateOut).sort()).toEqual(["gate.gitlab-sast.json", "gate.json", "gate.junit.xml", "gate.md", "gate.sarif", "gate.txt", "sbom-not-evaluated.txt"]);
    expect(reportRun.code, reportRun.stderr).toBe(0);
    expect(readdirSync(reportOut).sort()).toEqual(["inputs", "manifest.json", "report.html", "sbom-not-evaluated.txt"]);
    expect(readdirSync(join(reportOut, "inputs"))).toEqual(["gate.json"]);
  });

  it("no planted value, nor any 12 characters of one, in any file written or anything printed", () => {
    const outputs: [string, string][] = [
      ...[...listFiles(gateOut), ...listFiles(reportOut)].map((f) => [f, readFileSync(f, "latin1")] as [string, string]),
      ["gate stdout", gateRun.stdout], ["gate stderr", gateRun.stderr], ["report stdout", reportRun.stdout], ["report stderr", reportRun.stderr],
    ];
    const leaks: string[] = [];
    for (const [where, text] of outputs) {
      const utf8 = where.includes("/") ? readFileSync(where, "utf8") : text;
      for (const p of planted) {
        const hit = pieces(p).find((piece) => utf8.includes(piece) || text.includes(piece));
        if (hit) leaks.push(`${p.name} in ${where}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it("the real gitleaks, with our configuration, finds nothing in the outputs", () => {
    for (const dir of [gateOut, reportOut]) {
      const r = spawnSync(glTool.path, [
        "dir", dir, "--no-banner", "--no-color", "--log-level", "error",
        "--config", join(ROOT, "scanners", "gitleaks", "gitleaks.toml"),
        "--report-format", "json", "--report-path", "-", "--exit-code", "42", "--redact=100",
      ], { encoding: "utf8", timeout: 60_000 });
      expect(r.error).toBeUndefined();
      expect([0, 42], `gitleaks failed on ${dir}: ${r.stderr}`).toContain(r.status);
      const findings = JSON.parse(r.stdout) as { RuleID: string; File: string; StartLine: number }[];
      expect(findings.map((f) => `${f.RuleID} ${f.File}:${f.StartLine}`), `gitleaks findings in ${dir}`).toEqual([]);
      expect(r.status).toBe(0);
    }
  });

  it("our own NIR and IBAN generators produce keys the detectors accept (the planted values are real-looking)", () => {
    for (let i = 0; i < 50; i++) {
      expect(isKeyValidNir(nirWithKey())).toBe(true);
      expect(isValidFrIban(frenchIban())).toBe(true);
    }
  });
});

describe.runIf(skip)("nothing leaks (tools missing)", () => {
  it("is skipped only because CLAUSIER_ALLOW_MISSING_TOOLS=1", () => {
    expect(process.env.CLAUSIER_ALLOW_MISSING_TOOLS).toBe("1");
  });
});

