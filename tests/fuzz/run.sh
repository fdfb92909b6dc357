#!/usr/bin/env bash
# Runs the libFuzzer targets, built in the sanitizer tree (the "asan" CMake
# preset, build-asan, where the test command also runs each for a fixed
# number of iterations): longer, or only some of them, on demand.
#
#   tests/fuzz/run.sh                          # every target, 20000 runs each (as the test command)
#   tests/fuzz/run.sh --runs 1000000 --seconds 3600 extract request   # longer, on demand
#   tests/fuzz/run.sh --runs -1 --seconds 600  # as many runs as fit in 10 minutes each
#
# New inputs are kept in build-asan/tests/fuzz/corpus/<target> between runs. A
# crash leaves its input as build-asan/tests/fuzz/crash-<target>-*; replay it
# with build-asan/<target>_fuzzer <file>, and keep it in tests/fuzz/seeds/<target>/.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build-asan
runs=""
seconds=0
targets=()
while (($#)); do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done

command -v clang++ >/dev/null || { echo "run.sh: clang++ missing (scripts/install-deps.sh installs it)" >&2; exit 1; }
(cd "$root" && cmake --preset asan >/dev/null)
if ((${#targets[@]} == 0)); then
  mapfile -t targets < <(cd "$build" && ctest -N -L fuzz | sed -n 's/.*Test *#[0-9]*: fuzz_//p')
fi
cmake --build "$build" -j "$(nproc)" --target "${targets[@]/%/_fuzzer}"

failed=()
for t in "${targets[@]}"; do
  echo "== fuzz_$t: ${runs:-the default number of} runs, time cap ${seconds} s (0: none)"
  log=$build/tests/fuzz/fuzz_$t.log
  # The test's own command, run outside ctest so that no test timeout cuts a long run.
  mapfile -d '' -t command < <(cd "$build" && ctest --show-only=json-v1 -R "^fuzz_${t}\$" |
    python3 -c 'import json, sys; sys.stdout.write("\0".join(json.load(sys.stdin)["tests"][0]["command"]))')
  if (cd "$build" && PAGESIFT_FUZZ_RUNS=$runs PAGESIFT_FUZZ_SECONDS=$seconds "${command[@]}" >"$log" 2>&1); then
    grep -E 'stat::number_of_executed_units|Done [0-9]+ runs' "$log" | sed 's/^/   /' || true
  else
    failed+=("$t")
    tail -40 "$log"
  fi
done
if ((${#failed[@]})); then
  echo "fuzz: failed: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} passed, 0 failed"
