#!/usr/bin/env python3
"""Peak memory of `pagesift extract` on a large page, as a multiple of its size.

Not a test: a benchmark, run by hand (see tests/bench/README.md).

Three pages of --mib MiB (default 20) are written to --out and each is
extracted once under /usr/bin/time -v:
  article     host_bench.py's synthetic article: dense prose, paragraphs with
              links and emphasis, headings
  corpus      a real page's markup (scripts, attributes, navigation) repeated
              to the size: the largest page of the WCXB development split,
              skipped when the shared corpora are absent
  many-nodes  a short article, then a list of tiny items (<li><span>text),
              the shape of tests/e2e's many-nodes page: about 13 bytes of
              markup a node
Reports max RSS, its ratio to the page's bytes, and the wall time.

usage: tests/bench/extract_memory.py [--build DIR] [--mib N] [--out DIR] [--shared DIR]
"""
import argparse
import gzip
import os
import re
import subprocess
import sys
import time

from host_bench import synthetic_article

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def largest_wcxb_page(shared):
    folder = os.path.join(shared, "corpus", "wcxb-dev", "html")
    if not os.path.isdir(folder):
        return None
    names = sorted(n for n in os.listdir(folder) if n.endswith(".html.gz"))
    best = max(names, key=lambda n: os.path.getsize(os.path.join(folder, n)))
    with gzip.open(os.path.join(folder, best), "rb") as f:
        return best, f.read()


def many_nodes_page(target_bytes):
    head = ("<!doctype html><html lang=en><head><meta charset=utf-8><title>Tide table</title></head><body>"
            "<article><h1>Tide table</h1><p>The readings of the harbour gauge, one a line.</p><ul>")
    tail = "</ul></article></body></html>"
    items, size, i = [], len(head) + len(tail), 0
    while size < target_bytes:
        item = f"<li><span>tide reading {i}</span></li>"
        items.append(item)
        size += len(item)
        i += 1
    return head + "".join(items) + tail


def repeated_to(data, size):
    copies = data * (size // len(data) + 1)
    return copies[:size]


def measure(cli, path):
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-v", cli, "extract", "--url", "https://example.com/big", path],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    rss = int(re.search(r"Maximum resident set size \(kbytes\):\s*(\d+)", proc.stderr).group(1))
    return rss * 1024, wall, proc.returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--mib", type=int, default=20)
    parser.add_argument("--out", default=os.path.join(HERE, "results"))
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"),
                        help="the shared folder holding corpus/ (default: ../shared beside the repository)")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    cli = os.path.join(args.build, "pagesift")
    size = args.mib << 20

    pages = [("article (synthetic)", synthetic_article(size).encode())]
    source = largest_wcxb_page(args.shared)
    if source:
        pages.append((f"corpus ({source[0]} repeated)", repeated_to(source[1], size)))
    pages.append(("many-nodes (<li><span> list)", many_nodes_page(size).encode()))
    for label, data in pages:
        path = os.path.join(args.out, f"big-{label.split()[0]}.html")
        with open(path, "wb") as f:
            f.write(data)
        rss, wall, code = measure(cli, path)
        status = "ok" if code == 0 else f"exit {code}"
        print(f"{label:<36} {len(data) / (1 << 20):5.1f} MiB page: peak RSS {rss / (1 << 20):6.0f} MiB = "
              f"{rss / len(data):4.1f}x the page, {wall:5.1f} s wall, {status}")
        os.remove(path)
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
