// One entry point per output format, so commands and write-all pick a renderer by name.
import { renderJson } from "./json";
import { renderJunit } from "./junit";
import { renderMarkdown } from "./markdown";
import type { RenderOptions, Result } from "../result/model";
import { renderSarif, type SarifOptions } from "./sarif";
import { renderText } from "./text";

export const FORMATS = ["text", "json", "sarif", "junit", "markdown"] as const;
export type Format = (typeof FORMATS)[number];

export function render(format: Format, report: Result, opts: RenderOptions & SarifOptions = {}): string {
  switch (format) {
    case "json": return renderJson(report, opts);
    case "sarif": return renderSarif(report, opts);
    case "junit": return renderJunit(report, opts);
    case "markdown": return renderMarkdown(report, opts);
    case "text": return renderText(report, opts);
  }
}
