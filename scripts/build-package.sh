#!/usr/bin/env bash
# Builds the installable npm package: a staging copy of the runtime folders, compiled to
# JavaScript in place (so every path the code computes from __dirname stays the same), with the
# TypeScript sources removed, then `npm pack`. The checkout itself is never written to.
# Usage: scripts/build-package.sh [OUT_DIR]   (prints the tarball's path)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "${1:-$root/out/package}" && cd "${1:-$root/out/package}" && pwd)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
pkg="$stage/clausier-guard"
mkdir -p "$pkg"

# What the tool needs at run time: the CLI and jobs, the pack, the scanners' rules, the bootstrap
# that installs the scanners on first use, the example profile and stacks the demo evaluates.
(cd "$root" && git ls-files -z --cached --others --exclude-standard -- bin ci policies scanners scripts tools stacks test/fixtures/vendor-app \
  package.json package-lock.json README.md LICENSE tsconfig.json tsconfig.build.json \
  | tar --null -T - -cf -) | (cd "$pkg" && tar -xf -)
ln -s "$root/node_modules" "$pkg/node_modules"
(cd "$pkg" && "$root/node_modules/.bin/tsc" -p tsconfig.build.json)
rm "$pkg/node_modules"
# Only the compiled JavaScript ships; the pack's entry point follows.
find "$pkg/ci" "$pkg/policies" "$pkg/scanners" -name '*.ts' -not -path '*/semgrep/*' -not -path '*/testdata/*' -delete
node -e '
  const fs = require("fs"), p = process.argv[1];
  const pack = JSON.parse(fs.readFileSync(p + "/policies/package.json", "utf8"));
  pack.main = "index.js";
  fs.writeFileSync(p + "/policies/package.json", JSON.stringify(pack, null, 2) + "\n");
  const m = JSON.parse(fs.readFileSync(p + "/package.json", "utf8"));
  delete m.private; delete m.devDependencies; delete m.overrides; m.scripts = {};
  m.files = ["bin", "ci", "policies", "scanners", "scripts", "tools", "stacks", "test/fixtures/vendor-app", "README.md", "LICENSE", "tsconfig.json"];
  fs.writeFileSync(p + "/package.json", JSON.stringify(m, null, 2) + "\n");
' "$pkg"
rm -f "$pkg/package-lock.json" "$pkg/tsconfig.build.json"
(cd "$pkg" && npm pack --silent --pack-destination "$out" >/dev/null)
ls "$out"/clausier-guard-*.tgz | tail -n 1
