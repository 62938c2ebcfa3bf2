"""What every benchmark shares: sample pages, timing, peak memory, the figure lines.

A figure is a RATIO measured side by side in the same run (the machines are shared and noisy),
printed with the absolute numbers beside it.
"""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

from settings.parent_death import die_with_parent

ROOT = Path(__file__).resolve().parent.parent
PORTALS_DIR = ROOT / "tests" / "portals"
# The sample portals built by tests/portals/_build (the held-out ones stay out of the figures).
SAMPLE_PORTALS = ("haizhou", "shanwei", "hanyang", "zbgx", "shishi", "xiyang", "donghai",
                  "beicheng", "shishi_sfj")
SITES_DIRS = tuple(PORTALS_DIR / slug / "site" for slug in SAMPLE_PORTALS)
# Seconds a sub-process of a stopped bench gets to stop itself (a crawl marks its run
# interrupted) before SIGKILL: the whole bench must stop within 10 s (issue 13).
CHILD_STOP_SECONDS = 6.0


@dataclass
class Figure:
    """One result line: ``<name>: <value> (goal <goal>) ok|short``."""

    name: str
    value: float
    goal: float
    higher_is_better: bool
    unit: str = ""
    detail: str = ""          # the absolute figures the value was computed from
    rounds: int | None = None   # the rounds it was measured in (printed beside the load)

    @property
    def ok(self) -> bool:
        return self.value >= self.goal if self.higher_is_better else self.value <= self.goal

    def line(self) -> str:
        sign = "≥" if self.higher_is_better else "≤"
        value = f"{self.value:.3g}{self.unit}"
        return (f"{self.name}: {value} (goal {sign} {self.goal:g}{self.unit}) "
                f"{'ok' if self.ok else 'short'}")


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (``share`` in 0..1)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))]


def timed(call: Callable[[], object]) -> float:
    """CPU seconds of ``call()`` in this process: a shared machine's other processes do not
    count (wall time read 0.27 and 0.37 for one code at load 2 and 5). The cleaning figures
    compare single-threaded calls side by side, so this is their cost."""
    started = time.process_time()
    call()
    return time.process_time() - started


def say(message: str) -> None:
    print(message, flush=True)


@contextmanager
def sampled(measure: Callable[[], float], interval: float) -> Iterator[list[float]]:
    """``measure()`` sampled every ``interval`` seconds while the block runs (and at its end),
    into the list yielded."""
    samples: list[float] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(interval):
            samples.append(measure())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield samples
    finally:
        stop.set()
        sampler.join()
        samples.append(measure())


def machine_load(interval: float = 2.0) -> AbstractContextManager[list[float]]:
    """The 1-minute load average sampled while the block runs: the load a stage's figures
    were measured under."""
    return sampled(lambda: os.getloadavg()[0], interval)


def run_child(command: list[str], *, timeout: float, **options: object
              ) -> subprocess.CompletedProcess:
    """``subprocess.run`` with the output captured as text, for the bench's sub-processes: when
    the bench is interrupted (or ``timeout`` passes) the child gets SIGTERM and
    CHILD_STOP_SECONDS to stop cleanly, then SIGKILL (``subprocess.run`` kills at once: a crawl
    would stay marked running); if the bench itself is killed, the child dies with it."""
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          preexec_fn=die_with_parent, **options) as process:  # type: ignore[call-overload]
        try:
            out, err = process.communicate(timeout=timeout)
        except BaseException:
            _stop_child(process)
            raise
    return subprocess.CompletedProcess(command, process.returncode, out, err)


def _stop_child(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.communicate(timeout=CHILD_STOP_SECONDS)   # reads its pipes: it cannot block
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# --- peak memory of a process tree -------------------------------------------------------------

def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as children:
                found += [int(child) for child in children.read().split()]
    except OSError:
        pass
    return found


def tree_rss_kib(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants now (Linux /proc), in KiB."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += _rss_kib(current)
        todo += _children(current)
    return total


@contextmanager
def peak_memory(interval: float = 0.05) -> Iterator[dict[str, float]]:
    """Samples this process and its children; ``result["mib"]`` is the peak of their SUM.

    Without /proc (not Linux) it falls back to getrusage: self peak + largest child peak."""
    result = {"mib": 0.0}
    with sampled(lambda: tree_rss_kib(os.getpid()), interval) as kib:
        yield result
    peak = max(kib, default=0)
    result["mib"] = (peak / 1024) if peak else _rusage_mib()


def _rusage_mib() -> float:
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def dir_bytes(*paths: Path) -> int:
    return sum(Path(p).stat().st_size for p in paths if Path(p).exists())


def db_bytes(path: Path) -> int:
    """An SQLite file with its WAL and journal, as it sits on disk."""
    return dir_bytes(path, Path(f"{path}-wal"), Path(f"{path}-journal"))
