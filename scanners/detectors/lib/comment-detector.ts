// Shared plumbing for detectors that only read comments.
import type { DetectorContext } from "./contract";
import { extractComments, languageOf, lineInComment, type Comment } from "./comments";
import type { GateHit } from "./context";
import { inNodeModules, isLockfile } from "./paths";

export function commentsApply(path: string): boolean {
  return !!languageOf(path) && !isLockfile(path) && !inNodeModules(path) && !/\.min\.(js|css)$/i.test(path);
}

/** Runs `each` over every comment; offsets it returns are relative to the comment. */
export function scanComments(
  file: { path: string; text: string },
  ctx: DetectorContext,
  each: (c: Comment, ctx: DetectorContext, all: Comment[], index: number) => (Omit<GateHit, "line"> & { offset: number })[],
): GateHit[] {
  const comments = extractComments(file.path, file.text);
  const out: GateHit[] = [];
  for (const [i, c] of comments.entries()) {
    for (const h of each(c, ctx, comments, i)) {
      const { offset, ...rest } = h;
      out.push({ ...rest, line: lineInComment(c, offset) });
    }
  }
  return out;
}
