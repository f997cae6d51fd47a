// clausier-guard pack-path: the installed policy pack's folder, for
// `pulumi preview --policy-pack "$(clausier-guard pack-path)"`.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseCommandArgs } from "./args";
import { EXIT_OK, InputError } from "../result/errors";
import type { Command } from "./io";

export const PACK_DIR = path.resolve(__dirname, "../../policies");

export const packPathCommand: Command = async (argv, io) => {
  parseCommandArgs("pack-path", argv, {}, 0);
  if (!existsSync(path.join(PACK_DIR, "PulumiPolicy.yaml"))) throw new InputError(`pack-path: no PulumiPolicy.yaml in ${PACK_DIR} (broken installation: reinstall clausier-guard)`);
  io.stdout(`${PACK_DIR}\n`);
  return EXIT_OK;
};
