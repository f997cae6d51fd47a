#!/usr/bin/env bash
# Clausier Guard benchmark: policy evaluation (our pack vs @pulumi/awsguard on generated programs of
# 100, 1,000 and 10,000 resources) and the CI gate (vs semgrep alone and gitleaks alone). Prints the
# figures and writes bench/RESULTS.md. Nothing is asserted: the goals are shown beside the figures.
# Generated files go to bench/out/ (never committed).
#
# Usage: bash bench/run.sh [--sizes "100 1000 10000"] [--skip-eval] [--skip-gate] [--skip-portfolio] [--gate-project DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
sizes="100 1000 10000"; do_eval=1; do_gate=1; do_portfolio=1; gate_project=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift ;;
    --skip-eval) do_eval=0 ;;
    --skip-gate) do_gate=0 ;;
    --skip-portfolio) do_portfolio=0 ;;
    --gate-project) gate_project="$2"; shift ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

# Bootstrap as scripts/demo.sh does.
eval "$(bash scripts/bootstrap.sh --print-env node deps semgrep gitleaks)"

out="$root/bench/out"; res="$out/results"
mkdir -p "$res"
probe="$root/bench/lib/probe.cjs"
load() { cut -d' ' -f1-3 /proc/loadavg; }
step() { echo; echo "== $*" >&2; }

# One measured command: /usr/bin/time (wall, peak RSS of the largest process of the tree), load
# average before/after, exit code. Writes $res/$name.{json,time,meta}.
measure() {
  local name="$1"; shift
  local l0; l0="$(load)"
  set +e
  /usr/bin/time -o "$res/$name.time" -f '{"wallS": %e, "maxRssKb": %M, "userS": %U, "sysS": %S}' "$@" > "$res/$name.json" 2> "$res/$name.err"
  local rc=$?
  set -e
  printf '{"loadBefore": "%s", "loadAfter": "%s", "exitCode": %d, "command": %s}\n' "$l0" "$(load)" "$rc" "$(node -e 'console.log(JSON.stringify(process.argv.slice(1).join(" ")))' -- "$@")" > "$res/$name.meta"
  echo "   $name: exit $rc, $(cat "$res/$name.time")" >&2
}

if [ "$do_eval" = 1 ]; then
  [ -d bench/awsguard/node_modules/@pulumi/awsguard ] || npm install --silent --no-audit --no-fund --prefix bench/awsguard >&2
  step "generating programs ($sizes)"
  for n in $sizes; do node --import tsx bench/gen-program.ts "$n" "$out/programs/n$n" >/dev/null; done

  step "pack start-up alone (3 runs each)"
  for pack in policies bench/awsguard; do
    tag="$(basename "$pack")"
    measure "startup-$tag" node --import tsx bench/eval-bench.ts startup "$pack" 3
  done

  for n in $sizes; do
    for pack in policies bench/awsguard; do
      tag="$(basename "$pack")"
      step "evaluate n=$n pack=$tag"
      rm -rf "$out/probe/$tag-n$n"; mkdir -p "$out/probe/$tag-n$n"
      BENCH_PROBE_DIR="$out/probe/$tag-n$n" NODE_OPTIONS="--require $probe" \
        measure "eval-$tag-n$n" node --import tsx bench/eval-bench.ts eval "$out/programs/n$n" prod "$pack"
    done
  done

  # What the SDK's runtime alone costs on the same programs: the floor under the program phase.
  step "SDK floor: the programs under @pulumi/pulumi's own mocks, nothing of ours"
  for n in $sizes; do measure "sdk-floor-n$n" node --max-old-space-size=8192 bench/sdk-floor.cjs "$out/programs/n$n"; done

  # The real CLI once on 1,000 resources: its own durationMs, to check the harness against it.
  step "clausier-guard evaluate (CLI) n=1000"
  if [ -d "$out/programs/n1000" ]; then
    measure "cli-evaluate-n1000" node bin/clausier-guard.cjs evaluate "$out/programs/n1000" --stack prod --format json
  fi
fi

if [ "$do_gate" = 1 ]; then
  # A mid-size open-source Node project, as published on npm (sources, tests, types, docs).
  if [ -z "$gate_project" ]; then
    gate_project="$out/gate/fastify"
    if [ ! -d "$gate_project/.git" ]; then
      rm -rf "$gate_project"; mkdir -p "$gate_project"
      (cd "$out/gate" && npm pack fastify@5.12.8 --silent >/dev/null && tar xzf fastify-5.12.8.tgz -C fastify --strip-components=1)
      # A repository of its own (bench/out/ is ignored by this one, so the gate would see no file).
      git -C "$gate_project" init -q
      git -C "$gate_project" add -A
      git -C "$gate_project" -c user.email=bench@example.invalid -c user.name=bench commit -qm "fastify 5.12.8 (npm pack)"
    fi
  fi
  sg_rules="$root/scanners/semgrep/rules"; gl_conf="$root/scanners/gitleaks/gitleaks.toml"
  for target in repo project; do
    dir="$root"; [ "$target" = project ] && dir="$gate_project"
    step "gate vs scanners alone on $target ($dir)"
    measure "gate-$target" node bin/clausier-guard.cjs gate "$dir" --format json
    measure "semgrep-$target" semgrep scan --config "$sg_rules" --metrics=off --disable-version-check --json -j 2 "$dir"
    # semgrep on the files the gate gives it: no .gitignore/.semgrepignore (its default ignore
    # list skips tests/), same timeout and size limit as ci/gate/scanners/semgrep.ts.
    measure "semgrep-gateflags-$target" bash -c 'cd "$1" && git ls-files -z --cached --others --exclude-standard | grep -zv -e "^node_modules/" -e "/testdata/" -e "^scanners/semgrep/rules/" | xargs -0 semgrep scan --config "$2" --json --metrics=off --disable-version-check --no-git-ignore --x-semgrepignore-filename=.clausier-guard-no-semgrepignore -j 2 --timeout 30 --max-target-bytes 1000000 --quiet --' _ "$dir" "$sg_rules"
    measure "gitleaks-$target" gitleaks dir "$dir" --config "$gl_conf" --report-format json --report-path /dev/null --no-banner
  done

  # --base: a temporary git copy of the project, one file changed in a new commit.
  step "gate --base HEAD~1 (one changed file) on a copy of the project"
  tmp="$(mktemp -d "$out/gate/base-XXXX")"
  cp -a "$gate_project/." "$tmp/"
  f="$(git -C "$tmp" ls-files '*.js' | grep -v -e '^test/' -e '^node_modules/' | head -1)"
  printf '\n// bench: one changed line\nconst benchToken = process.env.BENCH_TOKEN || "";\nmodule.exports.benchToken = benchToken;\n' >> "$tmp/$f"
  git -C "$tmp" add -A
  git -C "$tmp" -c user.email=bench@example.invalid -c user.name=bench commit -qm "bench: change $f"
  measure "gate-base" node bin/clausier-guard.cjs gate "$tmp" --base HEAD~1 --format json
  measure "gate-base-full" node bin/clausier-guard.cjs gate "$tmp" --format json
  echo "$f" > "$res/gate-base.changed"
  rm -rf "$tmp"
fi

if [ "$do_portfolio" = 1 ]; then
  step "portfolio report over 500 generated bundles (and the run before)"
  eval "$(bash scripts/bootstrap.sh --print-env chromium)"
  node --import tsx bench/portfolio-bench.ts --bundles 500 --results "$res" >&2
fi

step "report"
node --import tsx bench/report.ts "$res" "bash bench/run.sh $*" > "$root/bench/RESULTS.md"
cat "$root/bench/RESULTS.md"
