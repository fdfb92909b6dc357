#!/usr/bin/env python3
"""pagesift-host's start to first reply, read so that a busy machine does not hide it.

Not a test: a benchmark, run by hand (see tests/bench/README.md). host_bench.py
gives the wall time from start to first reply; on a machine shared with builds
that time is mostly waiting for a core. This adds, over the same fresh
processes:
  cpu        the host's CPU time (all its threads) from exec to its first
             reply, from /proc/PID/task/*/schedstat: what the host costs
  baseline   the wall time of the same exchange with /bin/cat, started and
             read the same way, interleaved with the host's runs: the part of
             the wall time that is process creation and the load, not the host
  idle       the host's resident memory after its first reply (VmRSS, VmHWM)

usage: tests/bench/host_start.py [--build DIR] [--runs N]
"""
import argparse
import os
import statistics
import struct
import subprocess
import sys
import time

from host_bench import Host

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def cpu_seconds(pid):
    """CPU time of every thread of `pid`, from the scheduler's own accounting."""
    total = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
            total += int(f.read().split()[0])
    return total / 1e9


def memory_kib(pid):
    figures = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                figures[key] = int(value.split()[0])
    return figures


def host_run(binary):
    start = time.perf_counter()
    host = Host(binary)
    host.send({"id": 1, "type": "hello"})
    reply = host.frame()
    wall = time.perf_counter() - start
    assert reply.get("ok"), reply
    cpu = cpu_seconds(host.proc.pid)
    memory = memory_kib(host.proc.pid)
    host.close()
    return wall, cpu, memory


def cat_run():
    """The same exchange with a process that only echoes: a framed hello back."""
    payload = b'{"id":1,"type":"hello"}'
    frame = struct.pack("=I", len(payload)) + payload
    start = time.perf_counter()
    proc = subprocess.Popen(["/bin/cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
    proc.stdin.write(frame)
    got = b""
    while len(got) < len(frame):
        got += proc.stdout.read(len(frame) - len(got))
    wall = time.perf_counter() - start
    proc.stdin.close()
    proc.wait(timeout=30)
    return wall


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    binary = os.path.join(args.build, "pagesift-host")
    load = os.getloadavg()[0]
    walls, cpus, cats, rss, hwm = [], [], [], [], []
    for _ in range(args.runs):
        wall, cpu, memory = host_run(binary)
        walls.append(wall)
        cpus.append(cpu)
        rss.append(memory["VmRSS"])
        hwm.append(memory["VmHWM"])
        cats.append(cat_run())
    med = statistics.median
    print(f"start to first reply   wall median {med(walls) * 1000:.1f} ms (p95 {sorted(walls)[int(0.95 * len(walls)) - 1] * 1000:.1f}),"
          f" /bin/cat baseline median {med(cats) * 1000:.1f} ms")
    print(f"host CPU to first reply median {med(cpus) * 1000:.2f} ms, max {max(cpus) * 1000:.2f} ms")
    print(f"idle memory            VmRSS median {med(rss) / 1024:.1f} MiB, VmHWM median {med(hwm) / 1024:.1f} MiB")
    print(f"({args.runs} runs each, interleaved; load average {load:.1f} at start, {os.getloadavg()[0]:.1f} at end,"
          f" {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
