#!/usr/bin/env bash
# Runs the extension's tests; ctest calls it (tests/e2e/CMakeLists.txt).
#   run.sh install            install the npm devDependencies (npm ci) if missing
#   run.sh unit               the extension's pure logic under node
#   run.sh lint               build the Firefox package and web-ext lint it
#   run.sh browser BUILD_DIR  end to end in headless Chromium with BUILD_DIR/pagesift-host
# Exit 77 (ctest: skipped) when Chromium is not installed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"

need_modules() {
  if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/web-ext ]; then
    echo "run.sh: node_modules missing; run 'tests/e2e/run.sh install' (or scripts/install-deps.sh)" >&2
    exit 1
  fi
}

case "${1:-}" in
  install)
    if [ -d node_modules/playwright-core ] && [ -d node_modules/web-ext ] \
       && [ node_modules/.package-lock.json -nt package-lock.json ]; then
      echo "run.sh: node_modules up to date"
    else
      npm ci --no-audit --no-fund
    fi
    ;;
  unit)
    exec node --test unit/
    ;;
  lint)
    need_modules
    exec node --test lint/
    ;;
  browser)
    build_dir="${2:?run.sh browser BUILD_DIR}"
    chromium="${PAGESIFT_CHROMIUM:-/usr/bin/chromium}"
    if [ ! -x "$chromium" ]; then
      echo "run.sh: no Chromium at $chromium (apt-get install chromium); skipping" >&2
      exit 77
    fi
    need_modules
    if [ ! -x "$build_dir/pagesift-host" ]; then
      echo "run.sh: $build_dir/pagesift-host is missing: build it first" >&2
      exit 1
    fi
    # One browser at a time: the files share the machine's two cores.
    PAGESIFT_BUILD_DIR="$build_dir" exec node --test --test-concurrency=1 browser/
    ;;
  *)
    sed -n '2,8p' "$0" >&2
    exit 2
    ;;
esac
