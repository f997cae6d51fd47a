// Every (Pulumi program, stack) pair in a repository: one per `Pulumi.<stack>.yaml` beside a
// `Pulumi.yaml`. What CI builds its per-stack jobs from, and the demo its list of bundled stacks.
import { readdirSync } from "node:fs";
import path from "node:path";

export interface StackRef {
  /** Absolute path of the program's folder. */
  dir: string;
  stack: string;
}

/** Folders never searched: dependencies, VCS data, the tool's own checkout in CI. */
const SKIPPED = new Set(["node_modules", ".git", ".clausier-guard", "out", "dist"]);
/** What a stack name may be before it reaches a job name or a shell (Pulumi allows no more). */
export const STACK_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export interface StackSearch {
  stacks: StackRef[];
  /** Stack files whose name is not a plain stack name: listed, never run. */
  rejected: string[];
}

export function findStacks(root: string, maxDepth = 6): StackSearch {
  const stacks: StackRef[] = [];
  const rejected: string[] = [];
  const walk = (dir: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((e) => e.isFile() && e.name === "Pulumi.yaml")) {
      for (const e of entries) {
        const m = /^Pulumi\.(.+)\.yaml$/.exec(e.name);
        if (!e.isFile() || !m) continue;
        if (STACK_NAME.test(m[1])) stacks.push({ dir, stack: m[1] });
        else rejected.push(path.join(dir, e.name));
      }
    }
    if (depth >= maxDepth) return;
    for (const e of entries) if (e.isDirectory() && !SKIPPED.has(e.name) && !e.name.startsWith(".")) walk(path.join(dir, e.name), depth + 1);
  };
  walk(path.resolve(root), 0);
  stacks.sort((a, b) => a.dir.localeCompare(b.dir) || a.stack.localeCompare(b.stack));
  return { stacks, rejected: rejected.sort() };
}
