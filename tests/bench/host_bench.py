#!/usr/bin/env python3
"""Benchmark of pagesift-host, the native-messaging host (not a ctest test).

Reports:
  start      process start to first reply (hello), over fresh processes
  first page a fresh host's first extract of the ~100 KB page, sent as the
             extension sends it: hello at once, the page after the capture's
             time (--capture-ms); its reply time against the warm round trip
  roundtrip  extract of a ~100 KB page over a warm connection, and as a ratio
             to `pagesift extract` on the same page (a whole CLI run)
  throughput pages per second with 8 requests in flight, against 1 at a time
  memory     the host's peak resident memory (VmHWM) after a ~20 MB page
  exit       stdin closed to process gone, idle and with work in flight

usage: tests/bench/host_bench.py [--build DIR] [--page FILE] [--json OUT]
The page defaults to a synthetic article; --page takes any HTML file, padded or
cut to ~100 KB. Results print as a table and optionally as JSON.
"""
import argparse
import json
import os
import resource
import statistics
import struct
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Host:
    """The host over pipes, as the browser drives it."""

    def __init__(self, binary, args=()):
        # The host serves only the pinned extension: start it as that extension would.
        with open(os.path.join(ROOT, "extension", "EXTENSION_ID.txt")) as f:
            origin = "chrome-extension://%s/" % f.read().strip()
        self.proc = subprocess.Popen([binary, origin, *args],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, bufsize=0)

    def send(self, request):
        payload = json.dumps(request, ensure_ascii=False).encode()
        self.proc.stdin.write(struct.pack("=I", len(payload)) + payload)

    def _read_exact(self, n):
        data = b""
        while len(data) < n:
            chunk = self.proc.stdout.read(n - len(data))
            if not chunk:
                raise EOFError("host closed stdout")
            data += chunk
        return data

    def frame(self):
        (length,) = struct.unpack("=I", self._read_exact(4))
        assert length <= 1 << 20, f"frame of {length} bytes over the cap"
        return json.loads(self._read_exact(length))

    def reply(self):
        first = self.frame()
        if "chunk" not in first:
            return first
        parts = [first["data"]]
        for _ in range(1, first["chunk"]["count"]):
            parts.append(self.frame()["data"])
        return json.loads("".join(parts))

    def peak_rss_kib(self):
        with open(f"/proc/{self.proc.pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return -1

    def cpu_seconds(self):
        """User + system CPU the host has used so far: unlike wall time, it
        means something on a machine busy with other work."""
        with open(f"/proc/{self.proc.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def synthetic_article(target_bytes):
    head = ("<!doctype html><html lang=en><head><meta charset=utf-8><title>Benchmark article</title>"
            "</head><body><nav><a href=/>Home</a> <a href=/about>About</a></nav><article>"
            "<h1>Benchmark article</h1><p class=byline>By A. Writer</p>")
    tail = "</article><aside>Related links</aside><footer>Footer</footer></body></html>"
    body, i = [], 0
    size = len(head) + len(tail)
    while size < target_bytes:
        p = (f"<p>Paragraph {i}: the lighthouse keeper wrote long letters about tides, gulls, "
             f"<a href=/p{i}>harbours</a> and the slow patience of stone, <em>because</em> "
             f"a reader view needs real prose to find.</p>")
        if i % 7 == 6:
            p += f"<h2>Section {i // 7}</h2>"
        body.append(p)
        size += len(p)
        i += 1
    return head + "".join(body) + tail


def page_of_size(path, target_bytes):
    if not path:
        return synthetic_article(target_bytes)
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    return text[:target_bytes] if len(text) >= target_bytes else text + "<!--" + "x" * (target_bytes - len(text)) + "-->"


def extract_request(rid, html, url="https://example.com/bench"):
    return {"id": rid, "type": "extract", "html": html, "url": url}


def bench_start(binary, runs=20):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        host = Host(binary)
        host.send({"id": 1, "type": "hello"})
        reply = host.frame()
        times.append(time.perf_counter() - t0)
        assert reply["ok"], reply
        host.close()
    return times


def bench_first_page(binary, page, capture_ms, runs=15):
    times = []
    for i in range(runs):
        host = Host(binary)
        host.send({"id": "h", "type": "hello"})
        assert host.frame()["ok"]
        time.sleep(capture_ms / 1000)
        t0 = time.perf_counter()
        host.send(extract_request(i, page))
        reply = host.reply()
        times.append(time.perf_counter() - t0)
        assert reply["ok"], reply.get("error")
        host.close()
    return times


def bench_roundtrip(binary, page, runs=30):
    host = Host(binary)
    host.send(extract_request(0, page))
    assert host.reply()["ok"]  # warm-up
    times = []
    cpu0 = host.cpu_seconds()
    for i in range(1, runs + 1):
        t0 = time.perf_counter()
        host.send(extract_request(i, page))
        reply = host.reply()
        times.append(time.perf_counter() - t0)
        assert reply["ok"], reply.get("error")
    cpu = (host.cpu_seconds() - cpu0) / runs
    host.close()
    return times, cpu


def children_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bench_cli(cli, page_path, runs=30):
    times = []
    cpu0 = children_cpu_seconds()
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([cli, "extract", "--url", "https://example.com/bench", page_path],
                       check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return times, (children_cpu_seconds() - cpu0) / runs


def bench_throughput(binary, page, concurrency, total=64):
    host = Host(binary, [f"--max-in-flight={max(concurrency, 1)}"])
    host.send(extract_request("warm", page))
    host.reply()
    t0 = time.perf_counter()
    sent = done = 0
    while sent < min(concurrency, total):
        host.send(extract_request(sent, page)); sent += 1
    while done < total:
        reply = host.reply()
        assert reply["ok"], reply.get("error")
        done += 1
        if sent < total:
            host.send(extract_request(sent, page)); sent += 1
    elapsed = time.perf_counter() - t0
    host.close()
    return total / elapsed


def bench_memory(binary, page):
    host = Host(binary, ["--deadline-ms=600000"])
    host.send({"id": "hello", "type": "hello"})
    host.frame()
    baseline = host.peak_rss_kib()
    t0 = time.perf_counter()
    host.send(extract_request("big", page))
    reply = host.reply()
    elapsed = time.perf_counter() - t0
    peak = host.peak_rss_kib()
    host.close()
    return baseline, peak, elapsed, reply


def bench_exit(binary, with_work):
    host = Host(binary, ["--enable-debug-requests"])
    if with_work:
        host.send({"id": "w", "type": "debug_sleep", "ms": 600000, "ignoreCancel": True})
    host.send({"id": "p", "type": "ping"})
    host.frame()
    t0 = time.perf_counter()
    host.proc.stdin.close()
    host.proc.wait(timeout=30)
    return time.perf_counter() - t0


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--page", help="HTML page for the 100 KB round trip (default: synthetic)")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--capture-ms", type=float, default=60,
                        help="time from hello to the first page (the capture's median in the browser)")
    args = parser.parse_args()
    binary = os.path.join(args.build, "pagesift-host")
    cli = os.path.join(args.build, "pagesift")
    results = {"cores": os.cpu_count(), "loadavg_at_start": os.getloadavg()[0]}

    start = bench_start(binary)
    results["start_to_first_reply_ms"] = {"median": statistics.median(start) * 1000,
                                          "max": max(start) * 1000}
    print(f"start to first reply   median {ms(statistics.median(start))}, max {ms(max(start))} ({len(start)} runs)")

    page = page_of_size(args.page, 100 * 1024)
    page_path = os.path.join(args.build, "host_bench_page.html")
    with open(page_path, "w", encoding="utf-8") as f:
        f.write(page)
    host_times, host_cpu = bench_roundtrip(binary, page)
    cli_times, cli_cpu = bench_cli(cli, page_path)
    host_rt, cli_rt = statistics.median(host_times), statistics.median(cli_times)
    results["roundtrip_100kb_ms"] = host_rt * 1000
    results["cli_extract_100kb_ms"] = cli_rt * 1000
    results["roundtrip_ratio_to_cli"] = host_rt / cli_rt
    results["cpu_per_page_ms"] = {"host": host_cpu * 1000, "cli": cli_cpu * 1000,
                                  "ratio": host_cpu / cli_cpu if cli_cpu else None}
    print(f"100 KB round trip       host {ms(host_rt)}, `pagesift extract` {ms(cli_rt)}, ratio {host_rt / cli_rt:.2f} (median wall)")
    first = statistics.median(bench_first_page(binary, page, args.capture_ms))
    results["first_page_100kb_ms"] = {"capture_ms": args.capture_ms, "median": first * 1000,
                                      "ratio_to_warm": first / host_rt}
    print(f"100 KB first page       {ms(first)} after hello + {args.capture_ms:.0f} ms, {first / host_rt:.2f}x the warm round trip (median wall)")
    if cli_cpu:
        print(f"100 KB CPU per page     host {ms(host_cpu)}, `pagesift extract` {ms(cli_cpu)}, ratio {host_cpu / cli_cpu:.2f}")

    one = bench_throughput(binary, page, 1)
    eight = bench_throughput(binary, page, 8)
    results["throughput_pages_per_s"] = {"in_flight_1": one, "in_flight_8": eight}
    print(f"throughput (100 KB)     1 in flight {one:.1f} pages/s, 8 in flight {eight:.1f} pages/s ({eight / one:.2f}x)")

    big = page_of_size(None, 20 * 1024 * 1024)
    baseline, peak, elapsed, reply = bench_memory(binary, big)
    results["memory_20mb_page"] = {"page_bytes": len(big.encode()), "baseline_kib": baseline,
                                   "peak_kib": peak, "seconds": elapsed, "ok": reply.get("ok"),
                                   "error": reply.get("error")}
    status = "ok" if reply.get("ok") else f"error {reply.get('error')}"
    print(f"20 MB page              peak RSS {peak / 1024:.0f} MiB (idle {baseline / 1024:.1f} MiB), {elapsed:.2f} s, {status}")

    idle_exit = bench_exit(binary, with_work=False)
    busy_exit = bench_exit(binary, with_work=True)
    results["eof_to_exit_ms"] = {"idle": idle_exit * 1000, "with_stuck_work": busy_exit * 1000}
    print(f"stdin EOF to exit       idle {ms(idle_exit)}, with work ignoring cancel {ms(busy_exit)}")
    print(f"(load average at start {results['loadavg_at_start']:.1f} on {results['cores']} cores)")

    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)


if __name__ == "__main__":
    sys.exit(main())
