// Summarises a V8 .cpuprofile: self time by function (file:line) and by area (package or our folder).
// Usage: node --import tsx bench/prof-top.ts FILE.cpuprofile [TOP]
import { readFileSync } from "node:fs";

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const [file, topArg] = process.argv.slice(2);
const prof = JSON.parse(readFileSync(file, "utf8")) as { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000));
const wall = (prof.endTime - prof.startTime) / 1000;
const idle = prof.nodes.filter((n) => n.callFrame.functionName === "(idle)").reduce((a, n) => a + (self.get(n.id) ?? 0), 0);
const total = wall - idle; // percentages are of busy (non-idle) time
const root = "/work/main/";
const short = (url: string) => url.replace(/^file:\/\//, "").replace(root, "");
function area(url: string): string {
  const u = short(url);
  if (!u) return "(native/idle/gc)";
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u);
  if (m) return m[1];
  if (u.startsWith("node:")) return "node core";
  return u.split("/").slice(0, 2).join("/");
}
const fn = new Map<string, number>();
const ar = new Map<string, number>();
for (const [id, ms] of self) {
  const n = byId.get(id)!;
  if (n.callFrame.functionName === "(idle)") continue;
  const k = `${n.callFrame.functionName || "(anonymous)"} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  fn.set(k, (fn.get(k) ?? 0) + ms);
  ar.set(area(n.callFrame.url) + (n.callFrame.url ? "" : ` ${n.callFrame.functionName}`), (ar.get(area(n.callFrame.url) + (n.callFrame.url ? "" : ` ${n.callFrame.functionName}`)) ?? 0) + ms);
}
const top = Number(topArg ?? 25);
const pct = (ms: number) => `${((100 * ms) / total).toFixed(1)}%`;
console.log(`profile ${file}: ${wall.toFixed(0)} ms sampled, ${total.toFixed(0)} ms busy (percentages below are of busy time)`);
console.log("\nself time by area:");
for (const [k, ms] of [...ar].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${ms.toFixed(0).padStart(7)} ms ${pct(ms).padStart(6)}  ${k}`);
console.log("\nself time by function:");
for (const [k, ms] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${ms.toFixed(0).padStart(7)} ms ${pct(ms).padStart(6)}  ${k}`);
