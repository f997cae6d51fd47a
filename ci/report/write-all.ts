// --out DIR: every format at once, so CI uploads SARIF, publishes JUnit, posts the Markdown
// comment and archives the JSON from a single run.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { RenderOptions, Result } from "../result/model";
import { renderGitlabSast } from "./gitlab-sast";
import { render, type Format } from "./render";
import type { SarifOptions } from "./sarif";

export const OUTPUT_FILES: Record<Format, string> = {
  json: "gate.json",
  sarif: "gate.sarif",
  junit: "gate.junit.xml",
  markdown: "gate.md",
  text: "gate.txt",
};

/** Formats written only with --out (not printable with --format). */
const EXTRA_FILES: Array<[string, (r: Result, o: RenderOptions) => string]> = [["gate.gitlab-sast.json", renderGitlabSast]];

/** Writes every format; returns the paths. */
export async function writeAll(dir: string, report: Result, opts: RenderOptions & SarifOptions = {}): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [format, name] of Object.entries(OUTPUT_FILES) as Array<[Format, string]>) {
    const path = join(dir, name);
    await writeFile(path, render(format, report, opts), "utf8");
    written.push(path);
  }
  for (const [name, renderExtra] of EXTRA_FILES) {
    const path = join(dir, name);
    await writeFile(path, renderExtra(report, opts), "utf8");
    written.push(path);
  }
  return written;
}
