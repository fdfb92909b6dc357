#!/usr/bin/env bash
# Command-line cases that need files on disk: each case_NAME is one ctest
# test (tests/cli/CMakeLists.txt), run in a fresh temporary folder with the
# built CLI in $PAGESIFT_CLI.
set -euo pipefail

fail() { echo "FAIL: $*" >&2; exit 1; }

# A valid 2x1 PNG, written with Python's zlib so that no binary sits in the
# repository.
write_png() {
  python3 - "$1" <<'PY'
import struct, sys, zlib
def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
raw = b'\x00\xff\x00\x00\x00\x00\xff'
png = (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 2, 1, 8, 2, 0, 0, 0)) +
       chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))
open(sys.argv[1], 'wb').write(png)
PY
}

write_page() {
  local prose="<p>This paragraph is real prose, with commas, clauses, and enough words to count as content; it goes on for a second sentence so that it is as long as a paragraph of a real article.</p>"
  cat > "$1" <<HTML
<html><head><title>Pictures of the coast</title></head><body><article>
<h1>Pictures of the coast</h1>$prose
<figure><img src="page_files/shore.png" width="320" height="180"><figcaption>The shore</figcaption></figure>$prose
<figure><img src="page_files/drawing.svg" width="320" height="180"><figcaption>A drawing</figcaption></figure>$prose
</article></body></html>
HTML
}

# save --images stores the article's raster images beside it, links the
# Markdown to the copies, and keeps the web link for what is not an image.
case_save_images() {
  mkdir -p page_files library
  write_page page.html
  write_png page_files/shore.png
  printf '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' > page_files/drawing.svg
  "$PAGESIFT_CLI" save --url https://example.org/coast/page.html --folder library --template '{title}' \
    --images page_files page.html > out.txt 2> err.txt || fail "save failed: $(cat err.txt)"
  [ -f "library/Pictures of the coast.md" ] || fail "no Markdown file: $(ls -R library)"
  cmp page_files/shore.png "library/Pictures of the coast.images/001.png" || fail "stored image differs"
  [ "$(ls "library/Pictures of the coast.images")" = "001.png" ] || fail "unexpected files: $(ls "library/Pictures of the coast.images")"
  grep -q '(Pictures%20of%20the%20coast.images/001.png)' "library/Pictures of the coast.md" || fail "no local link: $(cat "library/Pictures of the coast.md")"
  grep -q '(https://example.org/coast/page_files/drawing.svg)' "library/Pictures of the coast.md" || fail "svg lost its web link"
  grep -q 'drawing.svg' err.txt || fail "refused image not reported"
}

# A second save of the same page never overwrites the first, images included.
case_save_twice_keeps_both() {
  mkdir -p page_files library
  write_page page.html
  write_png page_files/shore.png
  for _ in 1 2; do
    "$PAGESIFT_CLI" save --url https://example.org/coast/page.html --folder library --template '{title}' \
      --images page_files page.html > /dev/null 2>&1 || fail "save failed"
  done
  [ "$(find library -name '*.md' | wc -l)" = 2 ] || fail "expected two articles: $(ls library)"
  [ "$(find library -name '001.png' | wc -l)" = 2 ] || fail "expected two image copies: $(ls -R library)"
}

name="${1:?usage: cli_test.sh CASE}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
"case_$name"
echo "ok: $name"
