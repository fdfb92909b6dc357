#!/usr/bin/env python3
"""Seeds for the fuzz targets that do not read pages directly, made from the fixtures.

The page-reading targets (extract, decode, parse, markdown) take the fixture
pages as they are. This writes what the others need from the same pages, and
the XSS corpus's vectors as pages for extract:

  request/       an extract request (with and without Markdown) for each page
  frame_reader/  those requests as native-messaging frames, cut into pieces
  extract/       each vector of tests/xss/vectors.json inside a short article

usage: make_seeds.py FIXTURES_DIR XSS_VECTORS OUT_DIR
"""
import json
import os
import struct
import sys

# Kept under the targets' -max_len so that libFuzzer does not cut the seeds.
MAX_REQUEST_BYTES = 16384 - 512
MAX_FRAME_STREAM_BYTES = 8192 - 16


def pages(fixtures):
    for folder, _, files in sorted(os.walk(fixtures)):
        for name in sorted(files):
            if name.endswith(".html"):
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    yield os.path.relpath(path, fixtures).replace(os.sep, "_"), f.read()


def write(out, target, name, data):
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def main(fixtures, vectors_path, out):
    for name, html in pages(fixtures):
        for markdown in (False, True):
            request = {"id": 7, "type": "extract", "url": "https://fixture.example/" + name,
                       "title": name, "markdown": markdown, "html": html}
            payload = json.dumps(request, ensure_ascii=False).encode()
            if len(payload) > MAX_REQUEST_BYTES:  # keep the head of the page, still valid JSON
                request["html"] = html[: MAX_REQUEST_BYTES // 2]
                payload = json.dumps(request, ensure_ascii=False).encode()
            suffix = "-markdown" if markdown else ""
            write(out, "request", name + suffix + ".json", payload)
            stream = (struct.pack("=I", len(payload)) + payload)[:MAX_FRAME_STREAM_BYTES]
            # First byte: how many piece sizes follow (value % 8 + 1).
            write(out, "frame_reader", name + suffix, bytes([3, 0, 17, 200, 255]) + stream)
    with open(vectors_path, encoding="utf-8") as f:
        vectors = json.load(f)
    for i, vector in enumerate(vectors):
        page = ("<html><head><title>Vector</title></head><body><article><h1>Vector</h1>"
                "<p>The harbour committee met on Tuesday and agreed to publish its findings.</p>"
                + vector["html"] + "<p>Residents said the meeting was calm and short.</p>"
                "</article></body></html>")
        write(out, "extract", "xss-%03d.html" % i, page.encode("utf-8", errors="replace"))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
