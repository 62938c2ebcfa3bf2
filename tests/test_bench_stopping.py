"""The bench's sub-processes die with it: a bench killed with SIGKILL leaves nothing running
(issue 13 goal 5). `scrapy bench` is the case with a grandchild (its own local server)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# scrapy bench for a minute: long enough to be killed in the middle of it
SCRAPY_BENCH = "from bench.crawl_bench import scrapy_bench; scrapy_bench(seconds=60)"
GONE_WITHIN = 8.0   # seconds: scrapy bench closes its spider and its server on SIGTERM


def children() -> dict[int, list[int]]:
    """{parent PID: child PIDs} of every running process (zombies left out)."""
    found: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z":
            found.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return found


def descendants(pid: int) -> set[int]:
    tree, found, todo = children(), set(), [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def running(pids: set[int]) -> set[int]:
    alive = {pid for kids in children().values() for pid in kids}
    return pids & alive


def wait_for(condition, seconds: float) -> bool:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def test_scrapy_bench_and_its_server_die_with_a_killed_bench() -> None:
    bench = subprocess.Popen([sys.executable, "-c", SCRAPY_BENCH], cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    started: set[int] = set()
    try:
        # scrapy bench, and the server it starts
        assert wait_for(lambda: len(descendants(bench.pid)) >= 2, 60), "scrapy bench never ran"
        time.sleep(1.0)
        started = descendants(bench.pid)
        bench.send_signal(signal.SIGKILL)
        bench.wait(10)
        assert wait_for(lambda: not running(started), GONE_WITHIN), (
            f"{sorted(running(started))} outlived the killed bench")
    finally:
        bench.kill()
        for pid in running(started):
            os.kill(pid, signal.SIGKILL)
