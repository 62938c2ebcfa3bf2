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
from fazhi.cli import exit_on_next_signal  # noqa: E402

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
    loads: list[float] = []

    def add(found: list[Figure]) -> None:
        load = median(loads)
        figures.extend((figure, load) for figure in found)

    if "clean" in stages:
        with machine_load() as loads:
            found = clean_bench.run(sizes["clean_pages"], profile=profile)
        add(found)
        with machine_load() as loads:
            found = clean_scaling.run(sizes["clean_scaling_mb"])
        add(found)
    if "rebuild" in stages:
        with machine_load() as loads:
            found, archive = rebuild_bench.run(sizes["pages"], sizes["scaling_pages"],
                                               sizes["baseline_every"], work / "rebuild")
        add(found)
        rebuild_storage = storage_figure("rebuild_archive", archive.raw_bytes,
                                         db_bytes(crawl_bench.checkpointed(archive.path)))
    if "crawl" in stages:
        with machine_load() as loads:
            found, stored = crawl_bench.run(sizes["articles"], sizes["bench_seconds"],
                                            work / "crawl")
        add([*found, storage_figure("crawl", stored["raw"], stored["disk"])])
    if "rebuild" in stages:
        add([rebuild_storage])   # not a timing: the load does not matter
    if "search" in stages:
        with machine_load() as loads:
            found = search_bench.run(sizes["sections"], workdir=work / "search")
        add(found)
        with machine_load() as loads:
            found = search_bench.more_figures(work / "search")
        add(found)
    return figures


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
    if stopped is not None:
        exit_on_next_signal()   # from here until the process is gone
        say(f"\nfazhi bench interrupted ({stopped}) after {time.monotonic() - started:.0f} s")
        return stopped.exit_status
    say(f"\nfazhi bench: {time.monotonic() - started:.0f} s on {os.cpu_count()} cores")
    for figure, load in figures:
        say(f"{figure_line(figure, load)}  [{figure.detail}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
