#!/usr/bin/env bash
# Every test: installs what is missing, builds, and runs the whole suite with
# ctest (unit, protocol, installer, end-to-end in Chromium, corpus quality
# where ../shared is present); then the same suite again under
# AddressSanitizer and UndefinedBehaviorSanitizer, with the fuzz targets
# (scripts/test-sanitizers.sh). The plain run comes first so that an ordinary
# failure is reported without waiting for the slower sanitizer build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/install-deps.sh"
bash "$root/scripts/build.sh" >/dev/null
cd "$root/build"
ctest --output-on-failure --timeout 1800 -j "$(nproc)"
bash "$root/scripts/test-sanitizers.sh"
