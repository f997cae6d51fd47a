import { describe, expect, it } from "vitest";
import { extractComments } from "../../../scanners/detectors/lib/comments";
import { isPlaceholder } from "../../../scanners/detectors/lib/credentials";
import { securityLintSuppressions } from "../../../scanners/detectors/security-lint-suppressions";
import { sensitiveCommentsCredentials } from "../../../scanners/detectors/sensitive-comments-credentials";
import { sensitiveCommentsInfra } from "../../../scanners/detectors/sensitive-comments-infra";
import { sensitiveCommentsPatient } from "../../../scanners/detectors/sensitive-comments-patient";
import { sensitiveCommentsTodo } from "../../../scanners/detectors/sensitive-comments-todo";
import { unverifiedSnippetSources } from "../../../scanners/detectors/unverified-snippet-sources";
import { at, ctx, makeIban, makeNir, run } from "./helpers";

const texts = (path: string, src: string) => extractComments(path, src).map((c) => c.text);

describe("comment extraction", () => {
  it("TS/JS: strings, templates and regex literals are not comments", () => {
    const src = [
      'const u = "http://intranet.local/x"; // one',
      "const r = /\\/\\/not-a-comment/g; const t = `a ${ {b: 1}.b } // not`;",
      "/* two",
      "   lines */ const d = a / b; // three",
      "const s = 'it\\'s // not';",
    ].join("\n");
    expect(texts("a.ts", src)).toEqual(["// one", "/* two\n   lines */", "// three"]);
    expect(extractComments("a.ts", src).map((c) => c.line)).toEqual([1, 3, 4]);
  });
  it("# languages: quotes and URLs with fragments are not comments", () => {
    expect(texts("a.yaml", 'k: "a # no" # yes\nu: http://x#frag\n# top\nw: don\'t # real\n')).toEqual(["# yes", "# top", "# real"]);
    expect(texts("run.py", 's = "# no"  # yes')).toEqual(["# yes"]);
  });
  it("SQL -- and /* */, HTML <!-- -->", () => {
    expect(texts("q.sql", "select '--no', 'it''s' from t -- yes\n/* b */")).toEqual(["-- yes", "/* b */"]);
    expect(texts("p.html", '<a href="x"><!-- c --></a>')).toEqual(["<!-- c -->"]);
  });
  it("unknown languages give nothing", () => {
    expect(texts("data.bin", "// x")).toEqual([]);
  });
});

describe("placeholders", () => {
  it.each(["changeme", "${DB_PASSWORD}", "$DB_PASSWORD", "<password>", "{{ pwd }}", "process.env.DB_PASS", "xxxxx", "%s", "your_password"])("%s is a placeholder", (v) => {
    expect(isPlaceholder(v)).toBe(true);
  });
  it.each(["S3cr3t!2024", "hunter2-prod"])("%s is not", (v) => expect(isPlaceholder(v)).toBe(false));
});

describe("sensitive-comments-credentials (T2-C1)", () => {
  it("flags a password in a comment, with the value as secret", () => {
    const hits = run(sensitiveCommentsCredentials, "src/db.ts", "const a = 1;\n// password: S3cr3t!2024 for the prod DB\n");
    expect(hits).toEqual([expect.objectContaining({ line: 2, secret: "S3cr3t!2024" })]);
    expect(hits[0].message.fr).not.toContain("S3cr3t");
  });
  it("flags credentials in a URL inside a comment as critical", () => {
    const hits = run(sensitiveCommentsCredentials, "src/db.ts", "/* postgres://app:Xk92_lmQ@db/app */");
    expect(hits[0]).toMatchObject({ severity: "critical", secret: "Xk92_lmQ" });
  });
  it("flags a PEM private key header and a French keyword in a shell comment", () => {
    expect(run(sensitiveCommentsCredentials, "deploy.sh", "# -----BEGIN RSA PRIVATE KEY-----")[0].severity).toBe("critical");
    expect(run(sensitiveCommentsCredentials, "deploy.sh", "echo ok # mdp = 'Azerty123'")).toHaveLength(1);
  });
  it("ignores placeholders and prose", () => {
    const src = ["// password: changeme", "// password=${DB_PASSWORD}", "// the password: voir le coffre", "// token: <jeton>", "# postgres://user:pass@localhost/db"].join("\n");
    expect(run(sensitiveCommentsCredentials, "src/a.ts", src)).toEqual([]);
  });
  it("ignores credentials in strings (not comments)", () => {
    expect(run(sensitiveCommentsCredentials, "src/a.ts", 'const s = "// password: S3cr3t!2024";')).toEqual([]);
  });
  it("ignores commented-out code: calls, member expressions and identifiers after the keyword", () => {
    const src = [
      "const user = {",
      "  password //received from request param",
      "  /*",
      "  // Stores password in a safer way using one way encryption and salt hashing",
      "  password: bcrypt.hashSync(password, bcrypt.genSaltSync())",
      "  */",
      "};",
      "// const password = getPassword();",
      "// token = jwt.sign(payload, signingKey)",
      "// password: this.userPassword,",
      "// password = hashedPassword;",
      "// secret: crypto.randomBytes(32).toString('hex')",
      "// .then(password => hashPassword(password))",
    ].join("\n");
    expect(run(sensitiveCommentsCredentials, "app/data/user-dao.js", src)).toEqual([]);
  });
  it("still flags literal values in commented-out code, quoted or value-shaped", () => {
    const src = [
      "// password: 'hunterPass',",
      '// const apiKey = "Zr8fLq2mXv";',
      "// password = S3cr3t!2024;",
      "// mdp: Pa55.word",
      "// token: hunter2Prod",
    ].join("\n");
    const hits = run(sensitiveCommentsCredentials, "src/a.js", src);
    expect(hits.map((h) => [h.line, h.secret])).toEqual([
      [1, "hunterPass"],
      [2, "Zr8fLq2mXv"],
      [3, "S3cr3t!2024"],
      [4, "Pa55.word"],
      [5, "hunter2Prod"],
    ]);
  });
});

describe("sensitive-comments-infra (T2-C2)", () => {
  it("flags private and public IPs and internal hosts", () => {
    const c = ctx({ gate: { internalHostSuffixes: [".local", ".chu-exemple.lan"] } });
    const src = ["// db on 10.12.0.5", "// proxy 84.12.1.9", "// see srv-pacs.chu-exemple.lan", "// ldap fe80::1ff:fe23:4567:890a"].join("\n");
    const hits = run(sensitiveCommentsInfra, "src/a.ts", src, c);
    expect(hits.map((h) => h.line)).toEqual([1, 2, 3, 4]);
    expect(hits[0].message.en).toMatch(/internal network/);
  });
  it("ignores documentation ranges, loopback, versions, OIDs and strings", () => {
    const src = [
      "// example: 192.0.2.10, 198.51.100.7, 203.0.113.9, 2001:db8::1, 127.0.0.1, ::1, 0.0.0.0",
      "// since v1.2.3.4, oid 1.2.250.1.213.1.4.10",
      "// std::vector and a::b, 12:30:45",
      "// this.internal(), ${host}.local is a template",
      'const u = "http://10.0.0.1/";',
    ].join("\n");
    expect(run(sensitiveCommentsInfra, "src/a.ts", src)).toEqual([]);
  });
});

describe("sensitive-comments-todo (T2-C3)", () => {
  it("flags TODO/FIXME notes about secrets or bypasses", () => {
    const src = "// TODO: remove hardcoded password\n# FIXME disable ssl check for now\n// TODO refactor this loop";
    expect(run(sensitiveCommentsTodo, "src/a.ts", src).map((h) => h.line)).toEqual([1]);
    expect(run(sensitiveCommentsTodo, "x.py", "# FIXME disabled tls verification")).toHaveLength(1);
  });
});

describe("sensitive-comments-patient (T2-C4)", () => {
  it("flags NIR, IBAN and personal e-mails in comments", () => {
    const src = [`// patient ${makeNir("1850775123456")}`, `// virement ${makeIban()}`, `// contact ${at("jean.dupont", "orange.fr")}`].join("\n");
    const hits = run(sensitiveCommentsPatient, "src/a.ts", src);
    expect(hits.map((h) => [h.line, h.severity])).toEqual([[1, undefined], [2, "high"], [3, "high"]]);
  });
  it("ignores invalid keys, reserved and ordinary domains", () => {
    const src = [`// patient ${makeNir("1850775123456", false)}`, `// ${at("dev", "example.org")}`, `// ${at("maintainer", "acme.io")}`].join("\n");
    expect(run(sensitiveCommentsPatient, "src/a.ts", src)).toEqual([]);
  });
});

describe("security-lint-suppressions (T2-C5)", () => {
  it("flags suppressions without a reason", () => {
    const src = [
      "foo(); // nosemgrep",
      "// gitleaks:allow",
      "// eslint-disable-next-line security/detect-object-injection",
      "/* eslint-disable */",
    ].join("\n");
    expect(run(securityLintSuppressions, "src/a.ts", src).map((h) => h.line)).toEqual([1, 2, 3, 4]);
  });
  it("accepts justified ones and non-security eslint rules", () => {
    const src = [
      "foo(); // nosemgrep: js.eval -- input is a constant table",
      "// gitleaks:allow -- test key generated by the fixture script",
      "// eslint-disable-next-line security/detect-object-injection -- key validated above",
      "// eslint-disable-next-line no-console",
    ].join("\n");
    expect(run(securityLintSuppressions, "src/a.ts", src)).toEqual([]);
  });
});

describe("unverified-snippet-sources (T2-P6)", () => {
  it("flags Stack Overflow, gists and ChatGPT without a review tag", () => {
    const src = ["// from https://stackoverflow.com/questions/123/foo", "x(); // https://gist.github.com/u/abc", "/* generated with chatgpt.com */"].join("\n");
    expect(run(unverifiedSnippetSources, "src/a.ts", src).map((h) => h.line)).toEqual([1, 2, 3]);
    expect(run(unverifiedSnippetSources, "x.py", "# https://gist.github.com/u/abc")).toHaveLength(1);
  });
  it("accepts a provenance-reviewed tag on the same or adjacent comment line", () => {
    const src = "// https://stackoverflow.com/a/42 provenance-reviewed:SEC-12\nx();\n// chatgpt.com\n// provenance-reviewed: SEC-13";
    expect(run(unverifiedSnippetSources, "src/a.ts", src)).toEqual([]);
  });
  it("ignores URLs in strings", () => {
    expect(run(unverifiedSnippetSources, "src/a.ts", 'const u = "https://stackoverflow.com/questions/1";')).toEqual([]);
  });
});
