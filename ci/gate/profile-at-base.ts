// The hospital's profile holds the waivers and their approvers: a pull request must not be able
// to change what it is judged by. With a base ref, a profile inside the scanned repository is
// read from the merge-base (git's objects, never the working tree); a change made by the pull
// request is reported, summarised, and has no effect until it is merged.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative } from "node:path";
import YAML from "yaml";
import type { Finding } from "../../policies/core/model";
import { InputError } from "../result/errors";
import { git } from "./git";
import { GATE_SCANNER } from "./not-scanned";
import { PROFILE_CHANGED } from "./rules";

export interface BaseProfile {
  /** The profile's path in the repository (forward slashes). */
  file: string;
  /** Its text at the merge-base; undefined when the pull request adds it. */
  baseText: string | undefined;
  /** Its text in the working tree; undefined when the pull request deletes it. */
  headText: string | undefined;
  mergeBase: string;
}

/** The shared git plumbing, as text; undefined when git fails (not a repository, no such object). */
async function gitText(dir: string, args: string[]): Promise<string | undefined> {
  const r = await git(dir, args).catch(() => undefined);
  return r?.code === 0 ? r.stdout.toString("utf8") : undefined;
}

/**
 * The profile as the base branch has it, when `profilePath` lies in the git repository of
 * `root`; undefined when it lies outside (a hospital-owned copy, read as is).
 */
export async function profileAtBase(root: string, profilePath: string, base: string): Promise<BaseProfile | undefined> {
  const top = (await gitText(root, ["rev-parse", "--show-toplevel"]))?.trim();
  if (!top) return undefined;
  // The file may be missing from the working tree (deleted by the pull request): start from the
  // nearest folder that exists. A profile in a repository of its own (a hospital checkout nested
  // in the workspace) is not the scanned repository's.
  let dir = dirname(profilePath);
  while (!existsSync(dir)) dir = dirname(dir);
  const ownTop = (await gitText(dir, ["rev-parse", "--show-toplevel"]))?.trim();
  if (!ownTop || realpathSync(ownTop) !== realpathSync(top)) return undefined;
  const real = existsSync(profilePath) ? realpathSync(profilePath) : join(realpathSync(dirname(profilePath)), basename(profilePath));
  const rel = relative(realpathSync(top), real);
  if (!rel || rel.startsWith("..") || isAbsolute(rel)) return undefined;
  const file = rel.split("\\").join("/");
  const mergeBase = (await gitText(top, ["merge-base", base, "HEAD"]))?.trim();
  if (!mergeBase) throw new InputError(`gate --profile ${file}: cannot find the merge-base of ${base} and HEAD, so the profile cannot be read as the base branch has it (fetch the base branch with its history)`);
  const baseText = await gitText(top, ["show", `${mergeBase}:${file}`]);
  const headText = existsSync(real) ? readFileSync(real, "utf8") : undefined;
  return { file, baseText, headText, mergeBase };
}

const digest = (s: string): string => createHash("sha256").update(s).digest("hex");

/** What the pull request changed in the profile, by key (values are not repeated: the diff is one click away). */
export function summariseProfileChange(baseText: string | undefined, headText: string | undefined): string[] {
  if (baseText === undefined) return ["profile added by the pull request"];
  if (headText === undefined) return ["profile deleted by the pull request"];
  const parse = (t: string): Record<string, unknown> => {
    try {
      const v: unknown = YAML.parse(t);
      return v && typeof v === "object" && !Array.isArray(v) ? v as Record<string, unknown> : {};
    } catch {
      return {};
    }
  };
  const a = parse(baseText);
  const b = parse(headText);
  const out: string[] = [];
  // Waivers by id (or by their whole text when they have none), approvers by name.
  const byId = (v: unknown): Map<string, string> => new Map(Array.isArray(v) ? v.map((w) => [
    typeof w === "string" ? w : w && typeof w === "object" && "id" in w ? String((w as { id: unknown }).id) : JSON.stringify(w), JSON.stringify(w)]) : []);
  const setDiff = (key: string, x: Map<string, string>, y: Map<string, string>): void => {
    const added = [...y.keys()].filter((i) => !x.has(i));
    const removed = [...x.keys()].filter((i) => !y.has(i));
    const changed = [...y.keys()].filter((i) => x.has(i) && x.get(i) !== y.get(i));
    if (added.length) out.push(`${key} added: ${added.join(", ")}`);
    if (removed.length) out.push(`${key} removed: ${removed.join(", ")}`);
    if (changed.length) out.push(`${key} changed: ${changed.join(", ")}`);
  };
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (JSON.stringify(a[key]) === JSON.stringify(b[key])) continue;
    if (key === "waivers" || key === "approvers") setDiff(key, byId(a[key]), byId(b[key]));
    else out.push(!(key in a) ? `${key} added` : !(key in b) ? `${key} removed` : `${key} changed`);
  }
  return out.length ? out : ["formatting only (same settings)"];
}

/** A finding when the pull request changed the profile: it says so, and that the base version applies. */
export function profileChangeFinding(p: BaseProfile, shownAs = p.file): Finding | undefined {
  if (p.baseText === p.headText) return undefined;
  const summary = summariseProfileChange(p.baseText, p.headText).join("; ");
  const used = p.baseText === undefined ? { fr: "le profil par défaut s'applique", en: "the default profile applies" } : { fr: `la version de la base (${p.mergeBase.slice(0, 12)}) s'applique`, en: `the base version (${p.mergeBase.slice(0, 12)}) applies` };
  return {
    source: "gate", rule: PROFILE_CHANGED.name, clauses: PROFILE_CHANGED.clauses, severity: PROFILE_CHANGED.severity, enforcementLevel: "mandatory",
    scanner: GATE_SCANNER, file: shownAs,
    message: {
      fr: `La demande de fusion modifie le profil de l'hôpital (${summary}) : la modification ne s'applique qu'une fois fusionnée, après revue par l'hôpital ; ${used.fr}.`,
      en: `The pull request changes the hospital's profile (${summary}): the change applies only once merged, after the hospital's review; ${used.en}.`,
    },
    fingerprint: digest(`${PROFILE_CHANGED.name}\0${p.file}\0${digest(p.headText ?? "")}`).slice(0, 32),
  };
}
