// Reads the hospital profile file (YAML). A missing --profile means the embedded defaults; a file
// that cannot be read or parsed is an input error naming the file (and line).
import { readFileSync } from "node:fs";
import YAML from "yaml";
import { defaultProfile, parseProfile, ProfileError, type Profile } from "../../policies/core/profile";
import { InputError } from "../result/errors";

export function loadProfileFile(file: string | undefined): Profile {
  if (!file) return defaultProfile();
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new InputError(`profile ${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let data: unknown;
  try {
    data = YAML.parse(text);
  } catch (e) {
    const err = e as Error & { linePos?: Array<{ line: number }> };
    const line = err.linePos?.[0]?.line;
    throw new InputError(`profile ${file}${line ? `:${line}` : ""}: invalid YAML: ${err.message.split("\n")[0]}`);
  }
  if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data))) {
    throw new InputError(`profile ${file}: must be a YAML map of settings`);
  }
  try {
    return parseProfile(data ?? {}, file);
  } catch (e) {
    if (e instanceof ProfileError) throw new InputError(e.message);
    throw e;
  }
}
