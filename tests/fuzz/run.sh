#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in their own build
# directory and runs each for a fixed number of iterations.
#
#   tests/fuzz/run.sh                          # every target, 20000 runs each
#   tests/fuzz/run.sh --runs 1000000 --seconds 3600 extract request   # longer, on demand
#   tests/fuzz/run.sh --runs -1 --seconds 600  # as many runs as fit in 10 minutes each
#
# New inputs are kept in <build>/tests/fuzz/corpus/<target> between runs. A
# crash leaves its input as <build>/tests/fuzz/crash-<target>-*; replay it
# with <build>/tests/fuzz/<target>_fuzzer <file>, and keep it as a seed.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${PAGESIFT_FUZZ_BUILD_DIR:-$root/build-fuzz}
runs=20000
seconds=300
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
# Warnings are the gcc build's job: clang's -Wconversion is a different set,
# and a fuzz run should not stop on a warning.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DPAGESIFT_WERROR=OFF \
  -DPAGESIFT_FUZZ=ON -DPAGESIFT_SANITIZE=ON \
  -DPAGESIFT_FUZZ_RUNS="$runs" -DPAGESIFT_FUZZ_SECONDS="$seconds" >/dev/null

if ((${#targets[@]} == 0)); then
  # The targets that exist in this tree (markdown and file_name join when
  # their code has landed).
  mapfile -t targets < <(cd "$build" && ctest -N -L fuzz | sed -n 's/.*Test *#[0-9]*: fuzz_//p')
fi
cmake --build "$build" -j2 --target "${targets[@]/%/_fuzzer}"

failed=()
for t in "${targets[@]}"; do
  echo "== fuzz_$t: up to $runs runs, $seconds s"
  log=$build/tests/fuzz/fuzz_$t.log
  if (cd "$build" && ctest -R "^fuzz_${t}\$" -V >"$log" 2>&1); then
    grep -E 'stat::number_of_executed_units|Passed' "$log" | sed 's/^/   /' || true
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
