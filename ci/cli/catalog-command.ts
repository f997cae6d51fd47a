// clausier-guard catalog [--format text|json] [--lang fr|en]: every policy and detector with its clauses.
import { policyCatalog } from "../../policies/catalog";
import { gateCatalog } from "../gate/catalog";
import { oneOf, parseCommandArgs } from "./args";
import { EXIT_OK } from "./errors";
import type { Command } from "./io";

export const catalogCommand: Command = async (argv, io) => {
  const { values } = parseCommandArgs("catalog", argv, { format: { type: "string" }, lang: { type: "string" } }, 0);
  const format = oneOf("catalog", "format", values.format, ["text", "json"] as const, "text");
  const lang = oneOf("catalog", "lang", values.lang, ["fr", "en"] as const, "fr");
  const entries = [...policyCatalog(), ...gateCatalog()];
  if (format === "json") {
    io.stdout(JSON.stringify(entries, null, 2) + "\n");
    return EXIT_OK;
  }
  const lines = entries.map((e) => `${e.name}\n  ${e.kind} · ${e.clauses.join(", ")} · ${e.severity} · ${e.family} · ${e.scope}\n  ${e.description[lang]}\n  → ${e.remediation[lang]}`);
  io.stdout(`${entries.length} ${lang === "fr" ? "règles" : "rules"}\n\n${lines.join("\n\n")}\n`);
  return EXIT_OK;
};
