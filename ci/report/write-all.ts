// --out DIR: every format at once, so CI uploads SARIF, publishes JUnit, posts the Markdown
// comment and archives the JSON from a single run.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { GateReport, RenderOptions } from "./model";
import { render, type Format } from "./render";
import type { SarifOptions } from "./sarif";

export const OUTPUT_FILES: Record<Format, string> = {
  json: "gate.json",
  sarif: "gate.sarif",
  junit: "gate.junit.xml",
  markdown: "gate.md",
  text: "gate.txt",
};

/** Writes the five files; returns their paths. */
export async function writeAll(dir: string, report: GateReport, opts: RenderOptions & SarifOptions = {}): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [format, name] of Object.entries(OUTPUT_FILES) as Array<[Format, string]>) {
    const path = join(dir, name);
    await writeFile(path, render(format, report, opts), "utf8");
    written.push(path);
  }
  return written;
}
