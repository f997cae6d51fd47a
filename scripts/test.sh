#!/usr/bin/env bash
# The test command: installs what the tests need (idempotent, cached), type-checks, runs vitest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
eval "$(bash scripts/bootstrap.sh --print-env node deps semgrep gitleaks osv pulumi chromium actionlint)"
echo "node $(node --version) · semgrep $(semgrep --version 2>/dev/null || echo missing) · $(gitleaks version 2>/dev/null | sed 's/^/gitleaks /' || echo 'gitleaks missing') · $(osv-scanner --version 2>/dev/null | head -1 || echo 'osv-scanner missing') · pulumi $(pulumi version 2>/dev/null || echo missing)"
npx tsc --noEmit -p tsconfig.json
npx vitest run "$@"
