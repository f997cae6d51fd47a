# Pinned tool versions: one place, sourced by the bootstrap and by .ci/run.
NODE_MAJOR=24
SEMGREP_VERSION=1.185.0
GITLEAKS_VERSION=v8.30.1
PULUMI_VERSION=v3.276.0
ACTIONLINT_VERSION=v1.7.12
