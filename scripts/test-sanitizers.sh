#!/usr/bin/env bash
# The whole ctest suite again, built by clang with AddressSanitizer and
# UndefinedBehaviorSanitizer (the "asan" CMake preset, in build-asan), with
# the libFuzzer targets in the same tree: each runs a fixed number of
# iterations there as a ctest test (PAGESIFT_FUZZ_RUNS, default 20000).
# Any memory error, leak, undefined behaviour or fuzz finding fails the run.
# scripts/test.sh runs this after the ordinary suite; it needs no ccache.
#
#   scripts/test-sanitizers.sh                 # build, then every test
#   scripts/test-sanitizers.sh -R fuzz_        # extra arguments go to ctest
set -euo pipefail
cd "$(dirname "$0")/.."

start=$SECONDS
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$(nproc)"
built=$SECONDS
ctest --preset asan -j "$(nproc)" "$@"
echo "test-sanitizers: built in $((built - start)) s, tested in $((SECONDS - built)) s"
