#!/usr/bin/env bash
# The main job on the bundled sample page: installs what is missing, builds,
# prints the clean article with its metadata, and writes the reader view.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/install-deps.sh"
bash "$root/scripts/build.sh" >/dev/null
sample="$root/tests/fixtures/sample/article.html"
url="https://nouvelles.example/international/alarmes-visite-poutine-coree-du-nord/"
"$root/build/pagesift" extract --format text --url "$url" "$sample"
"$root/build/pagesift" extract --format html --url "$url" --output "$root/build/sample-reader.html" "$sample"
echo
echo "Reader view written to $root/build/sample-reader.html"
