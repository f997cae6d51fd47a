#!/usr/bin/env bash
# Builds the Pulumi CLI and a Node.js language host from the Go module proxy, offline-reproducibly
# (go.mod + go.sum of this wrapper module pin every dependency).
#
# Usage: tools/pulumi-build/build.sh VERSION OUTDIR
#   VERSION  the Pulumi version, e.g. v3.276.0; must equal the github.com/pulumi/pulumi/pkg/v3 version
#            required in tools/pulumi-build/go.mod (scripts/tool-versions.sh PULUMI_VERSION)
#   OUTDIR   where `pulumi` and `pulumi-language-nodejs` end up (created if missing)
#
# Idempotent: a stamp in OUTDIR records the version and a hash of go.mod, go.sum and the language
# host's sources; when it matches and both binaries are there, nothing is rebuilt. The binaries are
# built into a temporary folder next to OUTDIR and moved into place only once both are built.
#
# pulumi-language-nodejs: Pulumi's own host (module
# github.com/pulumi/pulumi/sdk/nodejs/cmd/pulumi-language-nodejs/v3) is refused by the module proxy
# (403), so ./langhost-nodejs, our minimal implementation of the LanguageRuntime protocol, is built
# instead. See tools/pulumi-build/README.md.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 VERSION OUTDIR   (e.g. $0 v3.276.0 ~/.cache/clausier-guard/pulumi-v3.276.0/bin)" >&2
  exit 2
fi
version="$1"
outdir="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
log() { echo "pulumi-build: $*" >&2; }

command -v go >/dev/null || { log "error: 'go' is not on PATH (Go >= 1.26 is needed to build the Pulumi CLI)"; exit 1; }

# The version asked for must be the one go.mod pins, or the binary would lie about its version.
pinned="$(awk '$1 == "github.com/pulumi/pulumi/pkg/v3" && $2 ~ /^v/ { print $2; exit }' "$here/go.mod")"
if [ "$pinned" != "$version" ]; then
  log "error: asked for $version but tools/pulumi-build/go.mod requires github.com/pulumi/pulumi/pkg/v3 $pinned."
  log "       To move versions: edit go.mod (pkg/v3, sdk/v3 and pkg's replace directives), then"
  log "       (cd tools/pulumi-build && GOFLAGS=-mod=mod go mod tidy) and commit go.mod and go.sum."
  exit 1
fi

stamp_value() {
  {
    echo "$version"
    go env GOVERSION
    cat "$here/go.mod" "$here/go.sum"
    find "$here/langhost-nodejs" -type f -name '*.go' | LC_ALL=C sort | xargs cat
  } | sha256sum | cut -d' ' -f1
}
want="$(stamp_value)"
stamp="$outdir/.clausier-pulumi-build"
if [ -x "$outdir/pulumi" ] && [ -x "$outdir/pulumi-language-nodejs" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  log "pulumi $version already built in $outdir"
  exit 0
fi

mkdir -p "$(dirname "$outdir")"
tmp="$(mktemp -d "$(dirname "$outdir")/.pulumi-build.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# -mod=readonly: builds use the committed go.sum and never rewrite it. GOFLAGS from the caller
# (e.g. -buildvcs=false) are kept. GOTOOLCHAIN=local: never download another Go.
export GOFLAGS="${GOFLAGS:+$GOFLAGS }-mod=readonly"
export GOTOOLCHAIN=local
# GOTOOLCHAIN=local with go.mod's `go 1.26.6` line needs Go >= 1.26.6; say so plainly.
cd "$here"
start=$(date +%s)
log "building pulumi $version (go build, several minutes the first time)"
go build -trimpath -tags osusergo,grpcnotrace \
  -ldflags "-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=$version" \
  -o "$tmp/pulumi" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi
log "building pulumi-language-nodejs (Clausier Guard's minimal Node.js language host)"
go build -trimpath -tags osusergo,grpcnotrace \
  -ldflags "-X main.version=$version" \
  -o "$tmp/pulumi-language-nodejs" ./langhost-nodejs

got="$("$tmp/pulumi" version)"
if [ "$got" != "$version" ]; then
  log "error: the built pulumi reports version '$got', expected '$version'"
  exit 1
fi

mkdir -p "$outdir"
mv -f "$tmp/pulumi" "$outdir/pulumi"
mv -f "$tmp/pulumi-language-nodejs" "$outdir/pulumi-language-nodejs"
echo "$want" > "$stamp"
log "built pulumi $version and pulumi-language-nodejs into $outdir in $(( $(date +%s) - start )) s"
