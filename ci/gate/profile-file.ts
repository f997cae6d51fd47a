// The gate reads the hospital profile exactly as every other command does: one loader
// (ci/cli/profile-file.ts: YAML via the `yaml` package, parseProfile, InputError naming the file
// and line; no file given → defaults).
export { loadProfileFile } from "../cli/profile-file";
