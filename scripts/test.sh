#!/usr/bin/env bash
# Every test: installs what is missing, builds, and runs the whole suite with
# ctest (unit, protocol, installer, end-to-end in Chromium, corpus quality
# where ../shared is present). The same suite under AddressSanitizer and
# UndefinedBehaviorSanitizer, with the fuzz targets, is
# scripts/test-sanitizers.sh: not called from here until a full run of it has
# been measured to fit the CI's time.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/install-deps.sh"
bash "$root/scripts/build.sh" >/dev/null
cd "$root/build"
ctest --output-on-failure --timeout 1800 -j "$(nproc)"
