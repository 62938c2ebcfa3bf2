"""Run every fazhi benchmark and print one line per figure (``make bench``).

    python bench/run.py [--pages 10000] [--quick] [--only clean,rebuild,crawl,search]
                        [--profile] [--workdir DIR]

Each figure is a ratio measured side by side in this run (the machines are shared and noisy),
with the absolute numbers beside it; see bench/README.md. The last lines are
``<name>: <value> (goal <goal>) ok|short  [rounds N, load L]``: the rounds the figure was measured
in (when it says) and the median 1-minute load average while its stage ran. A figure measured
at a load above the number of cores ends in ``unreliable (load L)`` instead of ``short``: the
machine, not the code, may have made it miss its goal.

SIGTERM or Ctrl-C stops the bench within seconds: its sub-processes and worker pools end with
it, the generated data goes (a second signal: at once).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # `python bench/run.py`

from bench import (  # noqa: E402
    clean_bench,
    clean_scaling,
    crawl_bench,
    rebuild_bench,
    search_bench,
)
from bench.common import Figure, db_bytes, machine_load, median, say  # noqa: E402
from crawler.stopping import Interrupted, interrupt_on_signal  # noqa: E402

STAGES = ("clean", "rebuild", "crawl", "search")
FULL = {"clean_pages": 27, "clean_scaling_mb": 1, "pages": 10_000, "scaling_pages": 2_000,
        "baseline_every": 4, "articles": 2_000, "bench_seconds": 10, "sections": 100_000}
QUICK = {"clean_pages": 9, "clean_scaling_mb": 0.3, "pages": 600, "scaling_pages": 600,
         "baseline_every": 1, "articles": 100, "bench_seconds": 5, "sections": 5_000}
GOAL_COMPRESSION = 2.0


def storage_figure(name: str, raw: int, disk: int) -> Figure:
    say(f"[storage] {name}: {raw / 2**20:.1f} MiB fetched, {disk / 2**20:.1f} MiB on disk")
    return Figure(f"archive_compression_{name}", raw / disk, GOAL_COMPRESSION,
                  higher_is_better=True, unit="×",
                  detail=f"{raw / 2**20:.1f} MiB raw → {disk / 2**20:.1f} MiB")


def figure_line(figure: Figure, load: float) -> str:
    """The figure's line with its rounds and load; `unreliable (load L)` for a miss measured
    on a machine busier than its cores."""
    line = figure.line()
    if not figure.ok and load > (os.cpu_count() or 1):
        line = line.removesuffix("short") + f"unreliable (load {load:.1f})"
    rounds = figure.rounds if figure.rounds is not None else "-"
    return f"{line}  [rounds {rounds}, load {load:.1f}]"


def run(stages: list[str], sizes: dict, work: Path,
        profile: bool) -> list[tuple[Figure, float]]:
    """Every figure of the stages, each with the machine load it was measured under: the
    median of the 1-minute load average sampled while its stage ran."""
    figures: list[tuple[Figure, float]] = []
    storage: list[Figure] = []   # sizes, not timings: printed after the timed figures

    def measure(name: str, call: Callable[[], list[Figure]]) -> None:
        with machine_load() as loads:
            found = guarded(name, call)
        figures.extend((figure, median(loads)) for figure in found)

    if "clean" in stages:
        measure("clean", lambda: clean_bench.run(sizes["clean_pages"], profile=profile))
        measure("clean_scaling", lambda: clean_scaling.run(sizes["clean_scaling_mb"]))
    if "rebuild" in stages:
        def rebuild() -> list[Figure]:
            found, archive = rebuild_bench.run(sizes["pages"], sizes["scaling_pages"],
                                               sizes["baseline_every"], work / "rebuild")
            storage.append(storage_figure("rebuild_archive", archive.raw_bytes, db_bytes(
                crawl_bench.checkpointed(archive.path))))
            return found
        measure("rebuild", rebuild)
    if "crawl" in stages:
        def crawl() -> list[Figure]:
            found, stored = crawl_bench.run(sizes["articles"], sizes["bench_seconds"],
                                            work / "crawl")
            storage.append(storage_figure("crawl", stored["raw"], stored["disk"]))
            return found
        measure("crawl", crawl)
    if "search" in stages:
        measure("search", lambda: search_bench.run(sizes["sections"], workdir=work / "search"))
        measure("search_more", lambda: search_bench.more_figures(work / "search"))
    return figures + [(figure, machine_load_now()) for figure in storage]


def guarded(stage: str, call: Callable[[], list[Figure]]) -> list[Figure]:
    """The stage's figures; a stage that fails is one figure line saying why, and the other
    stages still run (a broken import elsewhere must not hide every figure)."""
    try:
        return call()
    except Exception as exc:   # noqa: BLE001 - reported in the summary, not swallowed
        # (a stop goes through: Interrupted is a BaseException)
        reason = f"{type(exc).__name__}: {(str(exc).strip().splitlines() or [''])[-1]}"
        say(f"[{stage}] failed: {reason}")
        return [Figure(f"{stage}_stage_failed", 1, 0, higher_is_better=False, detail=reason)]


def machine_load_now() -> float:
    return os.getloadavg()[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/run.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, help="pages of the rebuild archive (10,000)")
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--only", default=",".join(STAGES), help="comma-separated stages")
    parser.add_argument("--profile", action="store_true", help="cProfile of cleaning.clean")
    parser.add_argument("--workdir", type=Path, help="keep the generated data here")
    args = parser.parse_args(argv)
    sizes = dict(QUICK if args.quick else FULL)
    if args.pages:
        sizes["pages"] = args.pages
        sizes["scaling_pages"] = min(sizes["scaling_pages"], args.pages)
    stages = [s for s in args.only.split(",") if s in STAGES]
    work = args.workdir or Path(tempfile.mkdtemp(prefix="fazhi-bench-"))
    started = time.monotonic()
    # Sub-processes are stopped, pools terminated on the way out; a second signal, even while
    # the data is removed or the process exits, ends the bench at once.
    stopped: Interrupted | None = None
    with interrupt_on_signal():
        try:
            figures = run(stages, sizes, work, args.profile)
        except Interrupted as stop:
            stopped = stop
        finally:
            if args.workdir is None:
                shutil.rmtree(work, ignore_errors=True)
    if stopped is not None:   # a second signal from here until the process is gone: at once
        say(f"\nfazhi bench interrupted ({stopped}) after {time.monotonic() - started:.0f} s")
        return stopped.exit_status
    say(f"\nfazhi bench: {time.monotonic() - started:.0f} s on {os.cpu_count()} cores")
    for figure, load in figures:
        say(f"{figure_line(figure, load)}  [{figure.detail}]")
    return 1 if any(figure.name.endswith("_stage_failed") for figure, _ in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
