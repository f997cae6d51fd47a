// Fuzz command: the policy properties of test/fuzz/policies.fuzz.test.ts with many more cases,
// outside vitest. Whatever the property bag, a policy reports (a message starting with its
// clause, "[O-…]") or stays silent; it never throws (a throw fails the whole `pulumi preview`).
//
//   npx tsx bench/fuzz.ts [--runs N] [--rule REGEX] [--seed N] [--stack-runs N]
//
// Prints one line per rule (cases run, time, ok/FAIL) and every counterexample; exits 1 when a
// property fails, 2 on bad usage. Reuses the arbitraries and the CrossGuard harness of the tests.
import fc from "fast-check";
import { parseArgs } from "node:util";
import { allRules } from "../policies/rules";
import type { ResourceRule, StackRule } from "../policies/core/rule";
import { propertyBag } from "../test/fuzz/arbitraries";
import { runResourceRule, runStackRule } from "../test/helpers/policy-harness";

const USAGE = "usage: npx tsx bench/fuzz.ts [--runs N (default 2000)] [--stack-runs N (default runs/2)] [--rule REGEX] [--seed N]\n";

interface Outcome {
  rule: string;
  kind: "resource" | "stack";
  runs: number;
  ms: number;
  failure?: string;
}

function positiveInt(name: string, v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < 1) {
    process.stderr.write(`bench/fuzz: --${name} must be a positive whole number (got '${v}')\n${USAGE}`);
    process.exit(2);
  }
  return Number(v);
}

function concreteType(t: string): string {
  return t.endsWith("*") ? `${t.slice(0, -1)}fuzz:Fuzz` : t;
}

/** Same property as the vitest suite: never throws, every message names its clause. */
function resourceProperty(rule: ResourceRule) {
  return fc.property(
    fc.constantFrom(...rule.types), propertyBag, fc.option(propertyBag), fc.constantFrom("prod", "dev-x", ""),
    (t, props, providerProps, stack) => {
      const out = runResourceRule(rule, { type: concreteType(t), props, provider: providerProps ? { props: providerProps } : undefined, stack });
      for (const v of out) {
        if (!/^\[/.test(v.message)) throw new Error(`message does not start with its clause: ${JSON.stringify(v.message.slice(0, 200))}`);
      }
    },
  );
}

function stackProperty(rule: StackRule, types: string[]) {
  return fc.property(
    fc.array(fc.record({ type: fc.constantFrom(...types, "pulumi:providers:aws", "pulumi:providers:azure-native"), props: propertyBag }), { maxLength: 12 }),
    (rs) => {
      const resources = rs.map((r, i) => ({ ...r, name: `r${i}` }));
      runStackRule(rule, resources, { stack: "prod" });
    },
  );
}

function check<T>(rule: string, kind: Outcome["kind"], property: fc.IProperty<T>, runs: number, seed: number | undefined): Outcome {
  const t0 = performance.now();
  const details = fc.check(property, { numRuns: runs, ...(seed !== undefined ? { seed } : {}) });
  const ms = Math.round(performance.now() - t0);
  if (!details.failed) return { rule, kind, runs: details.numRuns, ms };
  // defaultReportMessage: seed, path, shrunk counterexample and the error, as fc.assert prints them.
  let report = fc.defaultReportMessage(details) ?? `failed after ${details.numRuns} case(s)`;
  const err = details.errorInstance as Error | undefined;
  if (err && !report.includes(String(err.message))) report += `\nError: ${err.stack ?? err.message}`;
  return { rule, kind, runs: details.numRuns, ms, failure: report.length > 20_000 ? `${report.slice(0, 20_000)}\n… (truncated)` : report };
}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: { runs: { type: "string" }, "stack-runs": { type: "string" }, rule: { type: "string" }, seed: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    process.stderr.write(`bench/fuzz: ${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const runs = positiveInt("runs", values.runs, 2000);
  const stackRuns = positiveInt("stack-runs", values["stack-runs"], Math.max(5, Math.floor(runs / 2)));
  const seed = values.seed !== undefined ? positiveInt("seed", values.seed, 0) : undefined;
  let filter: RegExp | undefined;
  try {
    filter = values.rule ? new RegExp(values.rule) : undefined;
  } catch (e) {
    process.stderr.write(`bench/fuzz: --rule is not a regular expression: ${(e as Error).message}\n`);
    process.exit(2);
  }

  const resourceRules = allRules.filter((r): r is ResourceRule => r.kind === "resource");
  const types = [...new Set(resourceRules.flatMap((r) => r.types.map(concreteType)))];
  const selected = allRules.filter((r) => !filter || filter.test(r.name));
  if (selected.length === 0) {
    process.stderr.write(`bench/fuzz: no rule matches --rule ${values.rule}\n`);
    process.exit(2);
  }

  process.stdout.write(`fuzzing ${selected.length} rule(s): ${runs} case(s) per resource rule, ${stackRuns} per stack rule${seed !== undefined ? `, seed ${seed}` : ""}\n`);
  const outcomes: Outcome[] = [];
  const started = performance.now();
  for (const rule of selected) {
    const o = rule.kind === "resource"
      ? check(rule.name, "resource", resourceProperty(rule), runs, seed)
      : check(rule.name, "stack", stackProperty(rule as StackRule, types), stackRuns, seed);
    outcomes.push(o);
    process.stdout.write(`${o.failure ? "FAIL" : "ok  "}  ${o.kind.padEnd(8)}  ${o.rule.padEnd(48)}  ${String(o.runs).padStart(6)} case(s)  ${String(o.ms).padStart(7)} ms\n`);
    if (o.failure) process.stdout.write(`${o.failure.replace(/^/gm, "      ")}\n`);
  }

  const failed = outcomes.filter((o) => o.failure);
  const total = outcomes.reduce((n, o) => n + o.runs, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`\n${outcomes.length - failed.length} passed, ${failed.length} failed — ${total} case(s) in ${seconds} s\n`);
  if (failed.length) {
    process.stdout.write(`failing rules: ${failed.map((o) => o.rule).join(", ")}\n`);
    process.exitCode = 1;
  }
}

main();
