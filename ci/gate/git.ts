// Thin git plumbing for the gate. Output is kept as Buffers and split on NUL (-z) so that file
// names in any encoding survive; nothing here goes through a shell.
import { execFile } from "node:child_process";

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs `git -C dir …args`; never throws for a non-zero exit (callers decide what it means). */
export function git(dir: string, args: string[], signal?: AbortSignal): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile("git", ["-C", dir, ...args], {
      encoding: "buffer",
      maxBuffer: 512 * 1024 * 1024,
      signal,
      // A repository's own config must not make git prompt or page.
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", LC_ALL: "C" },
    }, (err, stdout, stderr) => {
      const code = (err as { code?: unknown } | null)?.code;
      if (err && typeof code !== "number") return reject(err); // git missing, aborted…
      resolve({ code: err ? (code as number) : 0, stdout: stdout as Buffer, stderr: (stderr as Buffer).toString("utf8").trim() });
    });
  });
}

/** Splits NUL-terminated output into raw names (Buffers), dropping the trailing empty entry. */
export function splitNul(buf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 0) {
      if (i > start) out.push(buf.subarray(start, i));
      start = i + 1;
    }
  }
  if (start < buf.length) out.push(buf.subarray(start));
  return out;
}

/**
 * Decodes a raw file name. Returns undefined when the bytes are not valid UTF-8: such a name
 * cannot be passed to scanners as a string without changing it.
 */
export function decodeName(raw: Buffer): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    return undefined;
  }
}

/** A printable, unambiguous rendering of a raw name (invalid bytes as \xNN). */
export function printableName(raw: Buffer): string {
  let out = "";
  let i = 0;
  while (i < raw.length) {
    // Take the longest valid UTF-8 sequence starting here (1 to 4 bytes).
    let taken = false;
    for (let n = 1; n <= 4 && i + n <= raw.length; n++) {
      const s = decodeName(raw.subarray(i, i + n));
      if (s !== undefined) {
        out += s;
        i += n;
        taken = true;
        break;
      }
    }
    if (!taken) {
      out += `\\x${raw[i].toString(16).toUpperCase().padStart(2, "0")}`;
      i++;
    }
  }
  return out;
}

export async function isGitWorkTree(dir: string): Promise<boolean> {
  try {
    const r = await git(dir, ["rev-parse", "--is-inside-work-tree"]);
    return r.code === 0 && r.stdout.toString().trim() === "true";
  } catch {
    return false;
  }
}
