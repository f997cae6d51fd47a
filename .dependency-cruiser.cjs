// The layers of the product (README "Layout"): commands (ci/cli) on top, then the jobs
// (ci/evaluate, ci/engine, ci/gate, ci/report, ci/github), then the model (ci/result,
// policies/core), then the rules (policies/rules, scanners). Nothing imports upwards;
// test/layers/layers.test.ts runs this with dependency-cruiser and expects no violation.
const JOBS = "^ci/(evaluate|engine|gate|report|github)/";
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: "jobs-import-commands", severity: "error", comment: "a job must not depend on a command", from: { path: JOBS }, to: { path: "^ci/cli/" } },
    { name: "model-imports-jobs", severity: "error", comment: "the model must not depend on a job or a command", from: { path: "^(ci/result|policies/core)/" }, to: { path: "^ci/(cli|evaluate|engine|gate|report|github)/" } },
    { name: "model-imports-rules", severity: "error", comment: "the model must not depend on the rules", from: { path: "^(ci/result|policies/core)/" }, to: { path: "^(policies/rules|scanners)/" } },
    { name: "rules-import-ci", severity: "error", comment: "rules and detectors must not depend on a job or a command", from: { path: "^(policies/rules|scanners)/" }, to: { path: "^ci/(cli|evaluate|engine|gate|report|github)/" } },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)node_modules/" },
    tsPreCompilationDeps: true,
  },
};
