#!/usr/bin/env bash
# The main job on the embedded defaults: evaluates the bundled Pulumi stacks with the pack and runs
# the CI gate on the bundled example application, printing the findings.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
eval "$(bash scripts/bootstrap.sh --print-env node deps semgrep gitleaks)"
node bin/clausier-guard.cjs demo "$@"
