// Strict option parsing shared by every command, over Node's util.parseArgs: an unknown option, a
// missing value, an option given twice or a stray argument is a usage error (exit 2) whose
// message names the option and the command's options.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "../result/errors";

type Options = NonNullable<ParseArgsConfig["options"]>;

function known(options: Options): string {
  const names = Object.keys(options).sort().map((n) => `--${n}`);
  return names.length ? names.join(", ") : "none";
}

/** parseArgs' own message, reduced to its first sentence and to what names the option. */
function describe(command: string, e: NodeJS.ErrnoException, options: Options): string {
  const option = /'(-{1,2}[^' <=]+)/.exec(e.message)?.[1];
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `${command}: unknown option '${option ?? "?"}' (options: ${known(options)})`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (/does not take an argument/.test(e.message)) return `${command}: option '${option}' takes no value`;
      return `${command}: option '${option}' needs a value`;
    default:
      return `${command}: ${e.message.split("\n")[0]}`;
  }
}

export function parseCommandArgs<O extends Options>(command: string, argv: string[], options: O, maxPositionals = 1) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    throw new UsageError(describe(command, e as NodeJS.ErrnoException, options));
  }
  const seen = new Set<string>();
  for (const t of parsed.tokens) {
    if (t.kind !== "option" || options[t.name]?.multiple) continue;
    if (seen.has(t.name)) throw new UsageError(`${command}: option '--${t.name}' given more than once`);
    seen.add(t.name);
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`${command}: unexpected argument '${parsed.positionals[maxPositionals]}'`);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

/** Checks an option against a closed list of values. */
export function oneOf<T extends string>(command: string, option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${command}: --${option} must be one of ${allowed.join(", ")} (got '${value}')`);
}
