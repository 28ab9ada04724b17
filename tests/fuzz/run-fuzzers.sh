#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan + libFuzzer) in a
# separate build folder and runs each for FUZZ_SECONDS (default 60).
# Fails on any crash, sanitizer report, leak, timeout or broken invariant.
#
#   tests/fuzz/run-fuzzers.sh                 # all targets, 60 s each
#   FUZZ_SECONDS=10 tests/fuzz/run-fuzzers.sh json safe_url
#
# Environment: FUZZ_BUILD_DIR (default <repo>/build-fuzz), FUZZ_SECONDS,
# FUZZ_JOBS (build parallelism, default nproc), FUZZ_WERROR (ON|OFF, default ON).
# Needs: clang (Debian 12: clang-14, which ships libclang_rt.fuzzer), cmake, ninja, Qt 6 dev packages.
# New corpus entries go to <build>/fuzz-corpus/<target>/ (the committed seeds
# in tests/fuzz/corpus/ are read, never written); crash inputs to
# <build>/fuzz-artifacts/<target>/.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-$(nproc)}
werror=${FUZZ_WERROR:-ON}

say() { printf '[fuzz] %s\n' "$*" >&2; }

command -v clang++ >/dev/null || { say "clang++ is missing (Debian: apt-get install clang)"; exit 2; }

if [ ! -f "$build/CMakeCache.txt" ]; then
    say "configuring $build (clang, ASan+UBSan, libFuzzer)"
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DPIPES_FUZZ=ON -DPIPES_SANITIZERS=ON -DPIPES_BUILD_TESTS=ON \
        -DPIPES_WARNINGS_AS_ERRORS="$werror" \
        -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link" >/dev/null
fi
say "building the fuzz targets"
cmake --build "$build" --target fuzzers --parallel "$jobs"

IFS=';' read -r -a available <"$build/bin/fuzz/targets.txt" || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${available[@]}")

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
summary=()
for target in "${targets[@]}"; do
    binary="$build/bin/fuzz/fuzz_$target"
    [ -x "$binary" ] || { say "no such fuzz target: $target (have: ${available[*]})"; exit 2; }
    corpus="$build/fuzz-corpus/$target"
    artifacts="$build/fuzz-artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    dict=()
    [ -f "$root/tests/fuzz/$target.dict" ] && dict=(-dict="$root/tests/fuzz/$target.dict")
    log="$build/fuzz-$target.log"
    say "running fuzz_$target for ${seconds}s"
    status=0
    "$binary" "$corpus" "$root/tests/fuzz/corpus/$target" "${dict[@]}" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1 || status=$?
    execs=$(grep -m1 '^stat::number_of_executed_units:' "$log" | awk '{print $2}')
    rate=$(grep -m1 '^stat::average_exec_per_sec:' "$log" | awk '{print $2}')
    units=$(find "$corpus" -type f | wc -l)
    if [ $status -ne 0 ] || grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|fuzz invariant broken' "$log"; then
        failed+=("$target")
        line="fuzz_$target: FAILED (exit $status) after ${execs:-?} execs; see $log and $artifacts/"
        grep -E 'ERROR:|runtime error:|fuzz invariant broken|SUMMARY' "$log" | head -5 >&2 || true
    else
        line="fuzz_$target: ok, ${execs:-?} execs in ${seconds}s (${rate:-?}/s), corpus $units files (+ $(find "$root/tests/fuzz/corpus/$target" -type f | wc -l) seeds)"
    fi
    summary+=("$line")
    echo "$line"
done

echo "--- fuzz summary"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "FAILED: ${failed[*]}"
    exit 1
fi
