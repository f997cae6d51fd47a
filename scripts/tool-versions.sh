# Pinned tool versions: one place, sourced by the bootstrap and by .ci/run.
NODE_MAJOR=24
SEMGREP_VERSION=1.185.0
GITLEAKS_VERSION=v8.30.1
PULUMI_VERSION=v3.276.0
ACTIONLINT_VERSION=v1.7.12
# osv-scanner v2.6.0's go.mod asks for Go >= 1.27: the Go module proxy serves that toolchain too.
OSV_SCANNER_VERSION=v2.6.0
OSV_SCANNER_GO=go1.27.4
