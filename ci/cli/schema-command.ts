// clausier-guard schema result: the published JSON Schema of the JSON output of `gate` and
// `evaluate`, the one `report` validates its inputs against.
import { parseCommandArgs } from "./args";
import { EXIT_OK, UsageError } from "../result/errors";
import { RESULT_SCHEMA } from "../result/schema";
import type { Command } from "./io";

const SCHEMAS: Record<string, object> = { result: RESULT_SCHEMA };

export const schemaCommand: Command = async (argv, io) => {
  const { positionals } = parseCommandArgs("schema", argv, {}, 1);
  const name = positionals[0];
  const schema = name === undefined ? undefined : SCHEMAS[name];
  if (!schema) throw new UsageError(`schema: ${name === undefined ? "missing" : `unknown schema '${name}',`} expected one of: ${Object.keys(SCHEMAS).join(", ")} (e.g. clausier-guard schema result)`);
  io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
  return EXIT_OK;
};
