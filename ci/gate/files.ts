// Which files the gate scans: the whole tree, or with --base only what the pull request changed
// (plus the lines it added, so findings can be limited to new code).
import { lstat, readdir } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../result/errors";
import { decodeName, git, isGitWorkTree, printableName, splitNul } from "./git";
import { isExcluded } from "../../policies/core/glob";

/** A path left out of the scan, and the pattern that excluded it (listed in every output). */
export interface Excluded {
  file: string;
  pattern: string;
}

/** Lines added since the base, per file; "all" for files new to the repository. */
export type ChangedLines = Map<string, Set<number> | "all">;

export interface FileSelection {
  /** Repository-relative, `/`-separated, sorted. */
  files: string[];
  /** Names that are not valid UTF-8 (shown with \xNN escapes): they cannot be scanned. */
  undecodableNames: string[];
  /** Paths the excludes removed (folders when a whole folder was skipped). */
  excluded: Excluded[];
  isGitRepo: boolean;
  base?: string;
  mergeBase?: string;
  /** Only with a base. */
  changedLines?: ChangedLines;
}

export interface SelectOptions {
  root: string;
  base?: string;
  excludes?: readonly string[];
}

export async function selectFiles(opts: SelectOptions): Promise<FileSelection> {
  // Only the profile's and the command line's: the tool's own test-data folders are not a
  // vendor's (a `testdata/` folder in the scanned repository is scanned like any other).
  const excludes = opts.excludes ?? [];
  const isGitRepo = await isGitWorkTree(opts.root);
  if (opts.base !== undefined) {
    if (!isGitRepo) throw new InputError(`--base ${opts.base}: ${opts.root} is not a git working tree, so there is nothing to compare with`);
    return changedSince(opts.root, opts.base, excludes);
  }
  const excluded: Excluded[] = [];
  const raw = isGitRepo ? await gitListAll(opts.root) : await walk(opts.root, excludes, excluded);
  const { files, undecodableNames } = await keepRegularFiles(opts.root, raw, excludes, excluded);
  return { files, undecodableNames, excluded, isGitRepo };
}

async function gitListAll(root: string): Promise<Buffer[]> {
  const r = await git(root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
  if (r.code !== 0) throw new InputError(`git ls-files failed in ${root}: ${r.stderr}`);
  return splitNul(r.stdout);
}

/** Keeps existing regular files (not symlinks, submodules or deleted paths), decoded and not excluded. */
async function keepRegularFiles(root: string, raw: Buffer[], excludes: readonly string[], excluded: Excluded[]) {
  const candidates = new Set<string>();
  const undecodable = new Set<string>();
  for (const name of raw) {
    const text = decodeName(name);
    const shown = text ?? printableName(name);
    const pattern = excludedBy(shown, excludes);
    if (pattern !== undefined) {
      excluded.push({ file: shown, pattern });
      continue;
    }
    if (text === undefined) undecodable.add(shown);
    else candidates.add(text);
  }
  const files: string[] = [];
  const list = [...candidates];
  // lstat in batches: large repositories have tens of thousands of files.
  for (let i = 0; i < list.length; i += 256) {
    const batch = list.slice(i, i + 256);
    const stats = await Promise.all(batch.map((f) => lstat(join(root, f)).catch(() => undefined)));
    batch.forEach((f, k) => { if (stats[k]?.isFile()) files.push(f); });
  }
  return { files: files.sort(), undecodableNames: [...undecodable].sort() };
}

function excludedBy(path: string, excludes: readonly string[]): string | undefined {
  return excludes.find((p) => isExcluded(path, [p]));
}

/** Directory walk for a folder that is not a git repository (names read as raw bytes); `.git` is git's, not the project's. */
async function walk(root: string, excludes: readonly string[], excluded: Excluded[]): Promise<Buffer[]> {
  const out: Buffer[] = [];
  const pending: Buffer[] = [Buffer.alloc(0)];
  while (pending.length) {
    const rel = pending.pop()!;
    const abs = rel.length ? Buffer.concat([Buffer.from(root + "/"), rel]) : Buffer.from(root);
    const entries = await readdir(abs, { withFileTypes: true, encoding: "buffer" }).catch(() => []);
    for (const e of entries) {
      const child = rel.length ? Buffer.concat([rel, Buffer.from("/"), e.name]) : Buffer.from(e.name);
      if (e.isDirectory()) {
        const shown = printableName(child);
        const pattern = excludedBy(shown, excludes);
        if (shown === ".git") continue;
        if (pattern === undefined) pending.push(child);
        else excluded.push({ file: `${shown}/`, pattern });
      } else if (e.isFile()) out.push(child);
    }
  }
  return out;
}

async function changedSince(root: string, base: string, excludes: readonly string[]): Promise<FileSelection> {
  if (base.startsWith("-") || base.trim() === "") throw new InputError(`--base '${base}' is not a git revision`);
  const shallow = (await git(root, ["rev-parse", "--is-shallow-repository"])).stdout.toString().trim() === "true";
  const hint = `${shallow ? "This clone is shallow. " : ""}In CI, fetch the whole history (actions/checkout: fetch-depth: 0) or at least the base branch (git fetch origin ${base}).`;
  const exists = await git(root, ["rev-parse", "--verify", "--quiet", `${base}^{commit}`]);
  if (exists.code !== 0) throw new InputError(`--base ${base}: no such commit in ${root}. ${hint}`);
  const mb = await git(root, ["merge-base", base, "HEAD"]);
  if (mb.code !== 0) throw new InputError(`--base ${base}: no common ancestor with HEAD in ${root}. ${hint}`);
  const mergeBase = mb.stdout.toString().trim();

  // Diffing the working tree against the merge-base covers committed and uncommitted changes
  // (`<base>...HEAD` plus the work in progress); untracked files come from ls-files.
  const diff = await git(root, ["diff", "--name-only", "-z", "--diff-filter=ACMR", "--relative", "--no-ext-diff", mergeBase]);
  if (diff.code !== 0) throw new InputError(`git diff against ${base} failed in ${root}: ${diff.stderr}`);
  const untracked = await git(root, ["ls-files", "-z", "--others", "--exclude-standard"]);
  const untrackedNames = splitNul(untracked.stdout);
  const excluded: Excluded[] = [];
  const { files, undecodableNames } = await keepRegularFiles(root, [...splitNul(diff.stdout), ...untrackedNames], excludes, excluded);

  const changedLines = await addedLines(root, mergeBase);
  for (const raw of untrackedNames) {
    const name = decodeName(raw);
    if (name !== undefined) changedLines.set(name, "all");
  }
  return { files, undecodableNames, excluded: excluded.sort((a, b) => a.file.localeCompare(b.file)), isGitRepo: true, base, mergeBase, changedLines };
}

/**
 * Lines added (or modified) in the working tree since `mergeBase`, from a zero-context diff.
 * `--text --no-textconv`: a `.gitattributes` the pull request adds (`* -diff`, `binary`, a
 * textconv driver) must not turn its changes into "Binary files differ" with no line to keep.
 */
async function addedLines(root: string, mergeBase: string): Promise<ChangedLines> {
  const r = await git(root, [
    "-c", "core.quotePath=false", "diff", "-U0", "--no-color", "--no-ext-diff", "--text", "--no-textconv", "--relative",
    "--diff-filter=ACMR", "--src-prefix=a/", "--dst-prefix=b/", mergeBase,
  ]);
  return parseAddedLines(r.stdout);
}

export function parseAddedLines(patch: Buffer): ChangedLines {
  const out: ChangedLines = new Map();
  let current: Set<number> | undefined;
  let newFile = false;
  for (const rawLine of splitLines(patch)) {
    const head = rawLine.subarray(0, 4).toString("latin1");
    if (head === "diff") {
      current = undefined;
      newFile = false;
    } else if (head.startsWith("new ") && rawLine.toString("latin1").startsWith("new file mode")) {
      newFile = true;
    } else if (head === "+++ ") {
      const name = diffPath(rawLine.subarray(4));
      if (name === undefined) {
        current = undefined;
        continue;
      }
      if (newFile) {
        out.set(name, "all");
        current = undefined;
      } else {
        current = new Set();
        out.set(name, current);
      }
    } else if (head.startsWith("@@") && current) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(rawLine.toString("latin1"));
      if (m) {
        const start = Number(m[1]);
        const count = m[2] === undefined ? 1 : Number(m[2]);
        for (let l = start; l < start + count; l++) current.add(l);
      }
    }
  }
  return out;
}

function* splitLines(buf: Buffer): Generator<Buffer> {
  let start = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 0x0a) {
      yield buf.subarray(start, i);
      start = i + 1;
    }
  }
  if (start < buf.length) yield buf.subarray(start);
}

/** `b/path`, `"b/pa\th"` (C-quoted) or `/dev/null` → the path, or undefined. */
function diffPath(raw: Buffer): string | undefined {
  let bytes = raw;
  if (bytes[bytes.length - 1] === 0x09) bytes = bytes.subarray(0, -1); // git's tab after names with spaces
  if (bytes[0] === 0x22) bytes = unquoteC(bytes);
  const text = decodeName(bytes);
  if (text === undefined || text === "/dev/null" || !text.startsWith("b/")) return undefined;
  return text.slice(2);
}

/** Undoes git's C-style quoting (`\t`, `\"`, `\\`, `\ooo` octal bytes). */
function unquoteC(q: Buffer): Buffer {
  const out: number[] = [];
  const end = q[q.length - 1] === 0x22 ? q.length - 1 : q.length;
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 0x22, "\\": 0x5c };
  for (let i = 1; i < end; i++) {
    if (q[i] !== 0x5c) {
      out.push(q[i]);
      continue;
    }
    const c = String.fromCharCode(q[i + 1]);
    if (/[0-7]/.test(c)) {
      out.push(parseInt(q.subarray(i + 1, i + 4).toString("latin1"), 8));
      i += 3;
    } else {
      out.push(simple[c] ?? q[i + 1]);
      i += 1;
    }
  }
  return Buffer.from(out);
}
