#!/usr/bin/env bash
# Installs every build and test dependency from Debian 12's packages (and the
# end-to-end tests' npm packages). Idempotent: installs only what is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config python3
  libgumbo-dev libre2-dev nlohmann-json3-dev libboost-dev zlib1g-dev libicu-dev
  libstemmer-dev libsqlite3-dev liburiparser-dev
  libgtest-dev libgmock-dev libbenchmark-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev
  clang libclang-rt-14-dev
  chromium nodejs npm
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# nodejs/npm may come from elsewhere than Debian (a newer Node on the PATH): accept it.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The end-to-end tests' npm packages (playwright-core drives Debian's
# chromium; web-ext lints the Firefox package), pinned by package-lock.json.
e2e="$(cd "$(dirname "$0")/.." && pwd)/tests/e2e"
if [ -f "$e2e/package-lock.json" ] && [ ! -d "$e2e/node_modules" ]; then
  (cd "$e2e" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
