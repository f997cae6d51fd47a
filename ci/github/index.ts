// Public entry of the GitHub integration (`gate --github`).
export { publishToGitHub, type PublishReport, type PublishOptions, type PublishResult } from "./publish";
export { readActionsContext, type ActionsContext } from "./context";
export { createGitHubClient, type ClientOptions, type GitHubClient } from "./client";
export { publishCheckRun, buildAnnotations, ANNOTATIONS_PER_REQUEST, CHECK_NAME } from "./check-run";
export { upsertPrComment, findOurComment } from "./pr-comment";
export { checkCommitSignatures, signatureFindings, SIGNATURE_RULE } from "./signatures";
export { renderPrComment, renderCheckSummary, COMMENT_MARKER, COMMENT_LIMIT } from "./comment";
export { describeGitHubError, formatProblem, type GitHubProblem } from "./errors";
