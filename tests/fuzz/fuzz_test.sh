#!/usr/bin/env bash
# One fuzz target as a ctest test:
#   fuzz_test.sh FUZZER RUNS [libFuzzer flags and corpus folders...]
# The environment may ask for more: PAGESIFT_FUZZ_RUNS replaces RUNS (-1: no
# count), PAGESIFT_FUZZ_SECONDS caps the time (tests/fuzz/run.sh sets both).
set -euo pipefail
fuzzer=$1
runs=${PAGESIFT_FUZZ_RUNS:-$2}
shift 2
exec "$fuzzer" -runs="$runs" -max_total_time="${PAGESIFT_FUZZ_SECONDS:-0}" "$@"
