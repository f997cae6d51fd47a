// JUnit XML, for CI systems that show test reports: one testsuite per scanner, one testcase per
// finding (failure when it blocks, skipped when waived, passing otherwise), and an error testcase
// when the scanner itself failed; a not-evaluated scanner is a skipped testcase with its reason.
import type { Finding } from "../../policies/core/model";
import { bilingualText, isBlocking, locationOf, messageText, type RenderOptions, type Result, type ScannerSummary } from "../result/model";
import { cleaner } from "./redaction";
import { xmlAttr, xmlEscape } from "./xml";

interface Case {
  name: string;
  classname: string;
  time: number;
  kind: "pass" | "failure" | "skipped" | "error";
  message?: string;
  body?: string;
  type?: string;
}

export function renderJunit(report: Result, opts: RenderOptions = {}): string {
  const clean = cleaner(opts.secrets);
  const lang = opts.lang ?? "fr";
  const suites = new Map<string, { scanner?: ScannerSummary; cases: Case[] }>();
  for (const s of report.scanners) suites.set(s.name, { scanner: s, cases: [] });
  const suiteOf = (name: string) => {
    if (!suites.has(name)) suites.set(name, { cases: [] });
    return suites.get(name)!;
  };

  for (const s of report.scanners) {
    const suite = suiteOf(s.name);
    if (s.status === "failed") {
      suite.cases.push({ name: `${s.name} run`, classname: s.name, time: s.durationMs / 1000, kind: "error", type: "ScannerFailed", message: `${s.name}: ${s.reason ?? "failed"}` });
    } else if (s.status === "not-evaluated") {
      suite.cases.push({ name: `${s.name} run`, classname: s.name, time: s.durationMs / 1000, kind: "skipped", message: `not evaluated: ${s.reason ?? ""}` });
    }
  }
  for (const f of report.findings) suiteOf(f.scanner || report.tool.name).cases.push(findingCase(f, report, lang));

  const count = (cases: Case[], kind: Case["kind"]) => cases.filter((c) => c.kind === kind).length;
  const all = [...suites.values()].flatMap((s) => s.cases);
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="${xmlAttr(report.tool.name)}" tests="${all.length}" failures="${count(all, "failure")}" errors="${count(all, "error")}" skipped="${count(all, "skipped")}" time="${seconds([...suites.values()].reduce((t, s) => t + (s.scanner?.durationMs ?? 0), 0) / 1000)}">`,
  ];
  for (const [name, suite] of suites) {
    const c = suite.cases;
    lines.push(`  <testsuite name="${xmlAttr(clean(name))}" tests="${c.length}" failures="${count(c, "failure")}" errors="${count(c, "error")}" skipped="${count(c, "skipped")}" time="${seconds((suite.scanner?.durationMs ?? 0) / 1000)}" timestamp="${xmlAttr(report.generatedAt.replace(/\.\d+Z$/, ""))}">`);
    if (suite.scanner) {
      lines.push(`    <properties>`);
      lines.push(`      <property name="version" value="${xmlAttr(clean(suite.scanner.version))}"/>`);
      lines.push(`      <property name="status" value="${xmlAttr(suite.scanner.status)}"/>`);
      lines.push(`    </properties>`);
    }
    for (const tc of c) lines.push(...caseXml(tc, clean));
    lines.push(`  </testsuite>`);
  }
  lines.push(`</testsuites>`);
  return lines.join("\n") + "\n";
}

function findingCase(f: Finding, report: Result, lang: "fr" | "en"): Case {
  const where = locationOf(f);
  const name = `[${f.clauses.join(", ")}] ${f.rule}${where ? ` ${where}` : ""}`;
  const classname = `${f.scanner || report.tool.name}.${f.rule}`;
  const message = messageText(f, lang);
  const body = `${bilingualText(f)}\nseverity: ${f.severity}\nlocation: ${where || "-"}\nfingerprint: ${f.fingerprint ?? "-"}`;
  if (f.waived) {
    return { name, classname, time: 0, kind: "skipped", message: `waived by ${f.waived.id} (CCTP ${f.waived.cctpReference}, approved by ${f.waived.approvedBy}, expires ${f.waived.expires}): ${f.waived.reason}` };
  }
  if (isBlocking(f)) return { name, classname, time: 0, kind: "failure", type: f.severity, message, body };
  return { name, classname, time: 0, kind: "pass", body };
}

function caseXml(tc: Case, clean: (s: string) => string): string[] {
  const open = `    <testcase name="${xmlAttr(clean(tc.name))}" classname="${xmlAttr(clean(tc.classname))}" time="${seconds(tc.time)}"`;
  const msg = tc.message !== undefined ? ` message="${xmlAttr(clean(tc.message))}"` : "";
  const type = tc.type ? ` type="${xmlAttr(tc.type)}"` : "";
  const body = tc.body !== undefined ? xmlEscape(clean(tc.body)) : "";
  switch (tc.kind) {
    case "failure": return [`${open}>`, `      <failure${msg}${type}>${body}</failure>`, `    </testcase>`];
    case "error": return [`${open}>`, `      <error${msg}${type}>${body}</error>`, `    </testcase>`];
    case "skipped": return [`${open}>`, `      <skipped${msg}/>`, `    </testcase>`];
    default: return body ? [`${open}>`, `      <system-out>${body}</system-out>`, `    </testcase>`] : [`${open}/>`];
  }
}

function seconds(s: number): string {
  return s.toFixed(3);
}
