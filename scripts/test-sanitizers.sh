#!/usr/bin/env bash
# Builds the unit tests with AddressSanitizer and UndefinedBehaviorSanitizer
# (the "asan" CMake preset, in build-asan) and runs them. Any memory error,
# leak or undefined behaviour fails the run.
#
#   scripts/test-sanitizers.sh
set -euo pipefail
cd "$(dirname "$0")/.."

start=$SECONDS
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan
echo "test-sanitizers: built and ran in $((SECONDS - start)) s"
