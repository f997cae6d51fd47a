// --out is checked before any scan: an unwritable folder is an input error up front, never a
// verdict printed and then a crash while writing the files that were to prove it.
import { accessSync, constants, mkdirSync } from "node:fs";
import { InputError } from "../result/errors";

export function ensureWritableDir(command: string, shown: string, dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw new InputError(`${command}: --out ${shown}: cannot write there (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
