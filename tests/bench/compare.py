#!/usr/bin/env python3
"""pagesift batch beside Readability.js and Defuddle (both on jsdom), on the same pages.

Not a test: a benchmark, run by hand (see tests/bench/README.md).

For each corpus the pages are cut into chunks; each chunk is run by the three
extractors in turn, one process each, the order rotating from chunk to chunk,
so that a machine whose load changes during the run (other builds) weighs on
the three alike. Every process runs under /usr/bin/time -v.

Reports, per extractor and corpus:
  per-page ms     median and p95 of the in-process time of one page, from
                  reading its file to its result as JSON (pagesift batch's
                  "ms"; reference_extract.mjs times the same span)
  pages/s         pages over the summed in-process ms, and pages over the
                  summed wall time of the whole processes (start-up included)
  cpu ms/page     user+sys CPU of the processes over the pages: the figure
                  least moved by other work on the machine
  peak RSS        the largest max RSS of any of its processes
and the ratios of the references to pagesift. Writes compare.json, compare.txt
and compare.svg (the per-page time distributions side by side) to --out.

usage: tests/bench/compare.py [--build DIR] [--sample N] [--corpus wcxb|readability|all]
                              [--chunk K] [--out DIR] [--shared DIR]
"""
import argparse
import gzip
import json
import math
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TOOLS = ("pagesift", "readability", "defuddle")
COLORS = {"pagesift": "#1f5fa8", "readability": "#d9822b", "defuddle": "#2e8b57"}
# Readability's own test pages are read as if served from here, as its tests do.
READABILITY_TEST_URL = "http://fakehost/test/page.html"


def ensure_node_modules():
    """Installs the committed lock file's packages into tests/bench/node_modules."""
    marker = os.path.join(HERE, "node_modules", ".package-lock.json")
    lock = os.path.join(HERE, "package-lock.json")
    if os.path.exists(marker) and os.path.getmtime(marker) >= os.path.getmtime(lock):
        return
    print("compare: npm ci in tests/bench", file=sys.stderr)
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=HERE, check=True)


def wcxb_pages(root):
    with open(os.path.join(root, "metadata.json"), encoding="utf-8") as f:
        files = json.load(f)["files"]
    pages = []
    for name in sorted(os.listdir(os.path.join(root, "html"))):
        if not name.endswith(".html.gz"):
            continue
        page_id = name[: -len(".html.gz")]
        domain = files.get(page_id, {}).get("domain") or "example.com"
        pages.append({"id": page_id, "path": os.path.join(root, "html", name), "url": f"https://{domain}/"})
    return pages


def readability_pages(root):
    pages = []
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name, "source.html")
        if os.path.isfile(path):
            pages.append({"id": name, "path": path, "url": READABILITY_TEST_URL})
    return pages


def sample(pages, n):
    """Every k-th page, k chosen so that about n pages remain."""
    if not n or n >= len(pages):
        return pages
    step = len(pages) / n
    return [pages[int(i * step)] for i in range(n)]


def page_bytes(page):
    with open(page["path"], "rb") as f:
        data = f.read()
    return len(gzip.decompress(data)) if page["path"].endswith(".gz") else len(data)


def command(tool, build, manifest):
    if tool == "pagesift":
        return [os.path.join(build, "pagesift"), "batch", "--jobs", "1", manifest]
    return ["node", os.path.join(HERE, "reference_extract.mjs"), tool, manifest]


def parse_time_v(text):
    """The figures we use from /usr/bin/time -v, or None when the process did not finish."""
    def field(label):
        m = re.search(re.escape(label) + r"[^:]*:\s*([0-9.:]+)", text)
        return m.group(1) if m else None
    rss = field("Maximum resident set size (kbytes)")
    if rss is None:
        return None
    elapsed = 0.0
    for part in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":"):  # [h:]m:ss.ss
        elapsed = elapsed * 60 + float(part)
    return {"max_rss_kib": int(rss), "wall_s": elapsed,
            "cpu_s": float(field("User time (seconds)") or 0) + float(field("System time (seconds)") or 0)}


def run_chunk(tool, build, manifest, workdir):
    with open(os.path.join(workdir, f"{tool}.out"), "w") as out, \
         open(os.path.join(workdir, f"{tool}.err"), "w") as err:
        proc = subprocess.run(["/usr/bin/time", "-v", *command(tool, build, manifest)],
                              stdout=out, stderr=err, stdin=subprocess.DEVNULL)
    if proc.returncode != 0:
        print(f"compare: {tool} exited {proc.returncode}; see {workdir}/{tool}.err", file=sys.stderr)


def load_chunk(tool, workdir):
    """A finished process's per-page rows and figures, or None."""
    try:
        with open(os.path.join(workdir, f"{tool}.err")) as f:
            figures = parse_time_v(f.read())
        with open(os.path.join(workdir, f"{tool}.out")) as f:
            rows = [json.loads(line) for line in f if line.strip()]
    except FileNotFoundError:
        return None
    if figures is None:
        return None
    return [{"id": r["id"], "ms": r["ms"], "error": bool(r.get("error"))} for r in rows], figures


def percentile(values, p):
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def summarize(rows, processes, expected):
    ms = [r["ms"] for r in rows]
    if not ms:
        return {"pages": 0}
    wall = sum(p["wall_s"] for p in processes)
    cpu = sum(p["cpu_s"] for p in processes)
    return {
        "pages": len(rows), "expected_pages": expected, "failed": sum(r["error"] for r in rows),
        "median_ms": percentile(ms, 50), "p95_ms": percentile(ms, 95), "max_ms": max(ms),
        "pages_per_s_in_process": len(ms) / (sum(ms) / 1000),
        "pages_per_s_whole_process": len(ms) / wall,
        "process_wall_s": wall, "processes": len(processes),
        "cpu_ms_per_page": cpu * 1000 / len(ms),
        "peak_rss_mib": max(p["max_rss_kib"] for p in processes) / 1024,
    }


def run_corpus(name, pages, build, chunk, workroot, report_only):
    """Runs (or, with report_only, reads back) every chunk; a chunk that one of
    the three did not finish is left out for all three."""
    rows = {t: [] for t in TOOLS}
    processes = {t: [] for t in TOOLS}
    chunks = [pages[i:i + chunk] for i in range(0, len(pages), chunk)]
    for index, part in enumerate(chunks):
        workdir = os.path.join(workroot, f"{name}-{index:03d}")
        if not report_only:
            os.makedirs(workdir, exist_ok=True)
            manifest = os.path.join(workdir, "manifest.jsonl")
            with open(manifest, "w") as f:
                for page in part:
                    f.write(json.dumps(page) + "\n")
            for tool in TOOLS[index % 3:] + TOOLS[:index % 3]:
                run_chunk(tool, build, manifest, workdir)
        loaded = {t: load_chunk(t, workdir) for t in TOOLS}
        if any(v is None for v in loaded.values()):
            print(f"compare: {name} chunk {index + 1} unfinished; left out", file=sys.stderr)
            continue
        for tool in TOOLS:
            rows[tool] += loaded[tool][0]
            processes[tool].append(loaded[tool][1])
        print(f"compare: {name} chunk {index + 1}/{len(chunks)} done", file=sys.stderr)
    for tool in TOOLS:
        with open(os.path.join(workroot, f"{name}-{tool}.jsonl"), "w") as f:
            for row in rows[tool]:
                f.write(json.dumps(row) + "\n")
    summary = {t: summarize(rows[t], processes[t], len(pages)) for t in TOOLS}
    times = {t: [r["ms"] for r in rows[t]] for t in TOOLS}
    times["pagesift_ids"] = [r["id"] for r in rows["pagesift"]]
    return summary, times


def ratios(summary):
    ours = summary["pagesift"]
    out = {}
    for ref in TOOLS[1:]:
        theirs = summary[ref]
        out[ref] = {
            "median": theirs["median_ms"] / ours["median_ms"],
            "p95": theirs["p95_ms"] / ours["p95_ms"],
            "pages_per_s_in_process": ours["pages_per_s_in_process"] / theirs["pages_per_s_in_process"],
            "pages_per_s_whole_process": ours["pages_per_s_whole_process"] / theirs["pages_per_s_whole_process"],
            "cpu_per_page": theirs["cpu_ms_per_page"] / ours["cpu_ms_per_page"],
            "peak_rss": theirs["peak_rss_mib"] / ours["peak_rss_mib"],
        }
    return out


def table(name, summary, ratio, page_count, total_mib):
    lines = [f"{name}: {page_count} pages, {total_mib:.2f} MiB of HTML",
             f"  {'extractor':<12}{'median ms':>10}{'p95 ms':>9}{'pages/s':>9}{'(process)':>10}"
             f"{'cpu ms/pg':>10}{'peak RSS':>10}{'failed':>7}"]
    for tool in TOOLS:
        s = summary[tool]
        lines.append(f"  {tool:<12}{s['median_ms']:>10.2f}{s['p95_ms']:>9.1f}{s['pages_per_s_in_process']:>9.1f}"
                     f"{s['pages_per_s_whole_process']:>10.1f}{s['cpu_ms_per_page']:>10.1f}"
                     f"{s['peak_rss_mib']:>7.0f} MiB{s['failed']:>7}")
    for ref, r in ratio.items():
        lines.append(f"  {ref} / pagesift: median {r['median']:.1f}x, p95 {r['p95']:.1f}x, "
                     f"pages/s {r['pages_per_s_in_process']:.1f}x (whole process {r['pages_per_s_whole_process']:.1f}x), "
                     f"cpu/page {r['cpu_per_page']:.1f}x, peak RSS {r['peak_rss']:.1f}x")
    return "\n".join(lines)


# --- the chart -------------------------------------------------------------

def svg_text(x, y, text, size=12, anchor="middle", weight="normal", color="#222"):
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
            f'font-weight="{weight}" fill="{color}">{text}</text>')


def chart_panel(x0, y0, width, height, title, times, summary):
    """One corpus: a log-scale axis of ms and, per extractor, a histogram
    mirrored about its column's centre (a violin), its median and p95 marked."""
    every = [v for tool in TOOLS for v in times[tool] if v > 0]
    lo = 10 ** math.floor(math.log10(min(every)))
    hi = 10 ** math.ceil(math.log10(max(every)))
    top, bottom = y0 + 40, y0 + height - 40
    def y_of(v):
        v = max(v, lo)
        return bottom - (math.log10(v) - math.log10(lo)) / (math.log10(hi) - math.log10(lo)) * (bottom - top)
    parts = [svg_text(x0 + width / 2, y0 + 20, title, 15, weight="bold")]
    axis_x = x0 + 60
    parts.append(f'<line x1="{axis_x}" y1="{top}" x2="{axis_x}" y2="{bottom}" stroke="#444"/>')
    decade = lo
    while decade <= hi * 1.0001:
        y = y_of(decade)
        label = f"{decade:g} ms" if decade < 1000 else f"{decade / 1000:g} s"
        parts.append(f'<line x1="{axis_x - 4}" y1="{y:.1f}" x2="{x0 + width - 50}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(svg_text(axis_x - 8, y + 4, label, 11, anchor="end"))
        decade *= 10
    column = (width - 130) / len(TOOLS)  # room on the right for the last labels
    bins = 48
    for i, tool in enumerate(TOOLS):
        centre = axis_x + column * (i + 0.5)
        counts = [0] * bins
        for v in times[tool]:
            frac = (math.log10(max(v, lo)) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))
            counts[min(bins - 1, int(frac * bins))] += 1
        peak = max(counts)
        step = (bottom - top) / bins
        for b, count in enumerate(counts):
            if not count:
                continue
            half = count / peak * column * 0.42
            y = bottom - (b + 1) * step
            parts.append(f'<rect x="{centre - half:.1f}" y="{y:.1f}" width="{2 * half:.1f}" height="{step:.1f}" '
                         f'fill="{COLORS[tool]}" fill-opacity="0.55"/>')
        s = summary[tool]
        for key, dash in (("median_ms", ""), ("p95_ms", ' stroke-dasharray="5,3"')):
            y = y_of(s[key])
            parts.append(f'<line x1="{centre - column * 0.45:.1f}" y1="{y:.1f}" x2="{centre + column * 0.45:.1f}" '
                         f'y2="{y:.1f}" stroke="{COLORS[tool]}" stroke-width="2"{dash}/>')
            parts.append(svg_text(centre + column * 0.47, y + 4, f"{s[key]:.1f}", 10, anchor="start",
                                  color=COLORS[tool]))
        parts.append(svg_text(centre, bottom + 18, tool, 13, weight="bold", color=COLORS[tool]))
        parts.append(svg_text(centre, bottom + 33, f"median {s['median_ms']:.1f} ms, p95 {s['p95_ms']:.0f} ms", 10))
    return parts


def write_chart(path, panels, caption):
    width, height = 900, 520
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height * len(panels) + 30}" '
             f'font-family="sans-serif">', f'<rect width="100%" height="100%" fill="white"/>']
    for i, (title, times, summary) in enumerate(panels):
        parts += chart_panel(0, i * height, width, height, title, times, summary)
    parts.append(svg_text(width / 2, height * len(panels) + 15,
                          caption + " Solid line: median; dashed: p95. Log scale.", 11, color="#555"))
    parts.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(parts) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"), help="folder holding the pagesift binary")
    parser.add_argument("--sample", type=int, default=0, help="about N pages of each corpus (every k-th); 0: all")
    parser.add_argument("--corpus", choices=("wcxb", "readability", "all"), default="all")
    parser.add_argument("--chunk", type=int, default=50, help="pages per process (default 50)")
    parser.add_argument("--out", default=os.path.join(HERE, "results"))
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"),
                        help="the shared folder holding corpus/ (default: ../shared beside the repository)")
    parser.add_argument("--report-only", action="store_true",
                        help="run nothing: report the finished chunks already in --out (an interrupted run)")
    args = parser.parse_args()

    corpora_dir = os.path.join(args.shared, "corpus")
    if not os.path.isdir(corpora_dir):
        print(f"compare: no corpora at {corpora_dir}; nothing to measure", file=sys.stderr)
        return 1
    if not args.report_only:
        ensure_node_modules()
    os.makedirs(args.out, exist_ok=True)
    workroot = os.path.join(args.out, "runs")
    os.makedirs(workroot, exist_ok=True)
    corpora = []
    if args.corpus in ("wcxb", "all"):
        corpora.append(("wcxb-dev", wcxb_pages(os.path.join(corpora_dir, "wcxb-dev"))))
    if args.corpus in ("readability", "all"):
        corpora.append(("readability", readability_pages(os.path.join(corpora_dir, "readability"))))

    report = {"command": " ".join(sys.argv), "cores": os.cpu_count(), "loadavg_start": os.getloadavg(),
              "node": subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip(),
              "corpora": {}}
    texts, panels = [], []
    for name, pages in corpora:
        pages = sample(pages, args.sample)
        summary, times = run_corpus(name, pages, args.build, args.chunk, workroot, args.report_only)
        if not summary["pagesift"]["pages"]:
            continue
        ratio = ratios(summary)
        measured = summary["pagesift"]["pages"]
        ids = set(times["pagesift_ids"])
        total_mib = sum(page_bytes(p) for p in pages if p["id"] in ids) / (1 << 20)
        report["corpora"][name] = {"pages": measured, "html_mib": total_mib, "summary": summary, "ratios": ratio}
        texts.append(table(name, summary, ratio, measured, total_mib))
        panels.append((f"{name}: {measured} pages, per-page time", times, summary))
    report["loadavg_end"] = os.getloadavg()
    load = f"load average {report['loadavg_start'][0]:.1f} at start, {report['loadavg_end'][0]:.1f} at end, " \
           f"{report['cores']} cores"
    texts.append(f"({load}; chunks of {args.chunk} pages, order rotating; node {report['node']})")
    text = "\n\n".join(texts)
    print(text)
    with open(os.path.join(args.out, "compare.txt"), "w") as f:
        f.write(report["command"] + "\n\n" + text + "\n")
    with open(os.path.join(args.out, "compare.json"), "w") as f:
        json.dump(report, f, indent=2)
    write_chart(os.path.join(args.out, "compare.svg"), panels, f"pagesift batch --jobs 1 vs jsdom references; {load}.")
    print(f"compare: wrote {args.out}/compare.txt, compare.json, compare.svg", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
