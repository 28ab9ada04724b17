#!/usr/bin/env bash
# Builds a Release build in its own folder (build-bench/, or $PIPES_BENCH_BUILD_DIR),
# runs every benchmark of issue 8 against pipes-sandbox on loopback ports and
# prints ONE Markdown table (median and spread of repeated runs, and the ratios).
#
#   tests/bench/run-benchmarks.sh            all benchmarks (about 15 minutes)
#   tests/bench/run-benchmarks.sh lookup     only some: lookup batch rate scale startup
#   PIPES_BENCH_RUNS=3 tests/bench/run-benchmarks.sh   fewer repetitions
#
# Needs: cmake, ninja, Qt 6 (as scripts/dev deps installs), curl, Xvfb (the
# Xvfb rows), node + `npm ci` in tests/bench (the Node SDK and workos CLI rows;
# scripts/dev does that). Rows whose peer is missing are skipped with a note.
# Diagnostics go to stderr; the table to stdout. Exits 0 unless a benchmark broke.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${PIPES_BENCH_BUILD_DIR:-$root/build-bench}
say() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }

which=("$@")
[ ${#which[@]} -gt 0 ] || which=(lookup batch rate scale startup audit)
wants() { local w; for w in "${which[@]}"; do [ "$w" = "$1" ] && return 0; done; return 1; }

if [ ! -f "$build/CMakeCache.txt" ]; then
    say "configuring $build (Release)"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >&2
fi
say "building"
cmake --build "$build" --parallel "$(nproc)" \
    --target pipes-sandbox pipes-admin pipes-admin-cli bench_lookup bench_batch bench_scale bench_startup bench_audit >&2

if [ -f "$root/tests/bench/package-lock.json" ] && [ ! -d "$root/tests/bench/node_modules/@workos-inc/node" ] \
    && command -v npm >/dev/null; then
    say "npm ci in tests/bench"
    (cd "$root/tests/bench" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi

bin=$build/bin/tests
home=$(mktemp -d "${TMPDIR:-/tmp}/pipes-bench.XXXXXX")
trap 'rm -rf "$home"' EXIT
# Private settings, offscreen Qt, a UTF-8 locale, as the test suite uses.
export HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
unset PIPES_BENCH_SMOKE

rows=$(mktemp "$home/rows.XXXXXX")
run() {
    local name=$1; shift
    say "running $name $*"
    local start=$SECONDS
    "$bin/$name" "$@" >>"$rows"
    say "$name done in $((SECONDS - start)) s"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u +%Y-%m-%dT%H:%MZ)
wants lookup && run bench_lookup
wants batch && run bench_batch --only throughput
wants rate && run bench_batch --only rate
wants scale && run bench_scale
wants audit && run bench_audit
wants startup && run bench_startup
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
echo "Pipes Admin $(git -C "$root" describe --always --dirty 2>/dev/null || echo '?'), Release build, $started;" \
     "$(nproc) CPU ($cpu); load average before/after: $load_before / $load_after."
echo
echo "| Benchmark | Measure | Median | Spread | Versus | Target |"
echo "|---|---|---|---|---|---|"
cat "$rows"
