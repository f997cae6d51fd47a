// One comment per pull request, kept up to date: each run finds our earlier comment by its hidden
// marker (reading every page of the PR's comments) and edits it, so reviewers never get a second
// one. Only a comment whose body STARTS with the marker counts: a user quoting the marker in the
// middle of a comment does not get their comment overwritten.
import type { GitHubClient } from "./client";
import { COMMENT_MARKER } from "./comment";
import type { ActionsContext } from "./context";

export interface CommentResult {
  id: number;
  action: "created" | "updated";
}

interface CommentLike {
  id: number;
  body?: string | null;
  user?: { type?: string | null; login?: string | null } | null;
}

export function findOurComment(comments: CommentLike[]): CommentLike | undefined {
  const ours = comments.filter((c) => typeof c.body === "string" && c.body.trimStart().startsWith(COMMENT_MARKER));
  // Prefer a bot's comment (github-actions[bot]): that is the one this token can edit.
  return ours.find((c) => c.user?.type === "Bot") ?? ours[0];
}

export async function upsertPrComment(octokit: GitHubClient, ctx: ActionsContext, body: string): Promise<CommentResult> {
  if (!ctx.prNumber) throw new Error("upsertPrComment: not a pull request event");
  if (!body.startsWith(COMMENT_MARKER)) throw new Error("upsertPrComment: the body must start with the marker");
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: ctx.owner, repo: ctx.repo, issue_number: ctx.prNumber, per_page: 100,
  });
  const existing = findOurComment(comments);
  if (existing) {
    const res = await octokit.rest.issues.updateComment({ owner: ctx.owner, repo: ctx.repo, comment_id: existing.id, body });
    return { id: res.data.id, action: "updated" };
  }
  const res = await octokit.rest.issues.createComment({ owner: ctx.owner, repo: ctx.repo, issue_number: ctx.prNumber, body });
  return { id: res.data.id, action: "created" };
}
