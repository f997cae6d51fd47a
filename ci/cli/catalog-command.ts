// clausier-guard catalog [--format text|json] [--lang fr|en]: every policy and gate rule with its
// clauses, severity and basis (clause text, profile key or good practice; "—" when not set yet).
import { basisText } from "../../policies/catalog";
import { ruleCatalog } from "../report/coverage/rules";
import { oneOf, parseCommandArgs } from "./args";
import { EXIT_OK } from "../result/errors";
import type { Command } from "./io";

export const catalogCommand: Command = async (argv, io) => {
  const { values } = parseCommandArgs("catalog", argv, { format: { type: "string" }, lang: { type: "string" } }, 0);
  const format = oneOf("catalog", "format", values.format, ["text", "json"] as const, "text");
  const lang = oneOf("catalog", "lang", values.lang, ["fr", "en"] as const, "fr");
  const entries = ruleCatalog();
  if (format === "json") {
    io.stdout(JSON.stringify(entries.map((e) => ({ ...e, basis: e.basis ?? null })), null, 2) + "\n");
    return EXIT_OK;
  }
  const lines = entries.map((e) => `${e.name}\n  ${e.kind} · ${e.clauses.join(", ")} · ${e.severity} · ${e.family} · ${e.scope}\n  ${lang === "fr" ? "fondement :" : "basis:"} ${basisText(e.basis, lang)}\n  ${e.description[lang]}\n  → ${e.remediation[lang]}`);
  io.stdout(`${entries.length} ${lang === "fr" ? "règles" : "rules"}\n\n${lines.join("\n\n")}\n`);
  return EXIT_OK;
};
