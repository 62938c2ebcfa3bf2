"""Run every fazhi benchmark and print one line per figure (``make bench``).

    python bench/run.py [--pages 10000] [--quick] [--only clean,rebuild,crawl,search]
                        [--profile] [--workdir DIR]

Each figure is a ratio measured side by side in this run (the machines are shared and noisy),
with the absolute numbers beside it; see bench/README.md. The last lines are
``<name>: <value> (goal <goal>) ok|short``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # `python bench/run.py`

from bench import clean_bench, crawl_bench, rebuild_bench, search_bench  # noqa: E402
from bench.common import Figure, db_bytes, say  # noqa: E402

STAGES = ("clean", "rebuild", "crawl", "search")
FULL = {"clean_pages": 27, "pages": 10_000, "scaling_pages": 2_000, "baseline_every": 4,
        "articles": 2_000, "bench_seconds": 10, "sections": 100_000}
QUICK = {"clean_pages": 9, "pages": 600, "scaling_pages": 600, "baseline_every": 1,
         "articles": 100, "bench_seconds": 5, "sections": 5_000}
GOAL_COMPRESSION = 2.0


def storage_figure(name: str, raw: int, disk: int) -> Figure:
    say(f"[storage] {name}: {raw / 2**20:.1f} MiB fetched, {disk / 2**20:.1f} MiB on disk")
    return Figure(f"archive_compression_{name}", raw / disk, GOAL_COMPRESSION,
                  higher_is_better=True, unit="×",
                  detail=f"{raw / 2**20:.1f} MiB raw → {disk / 2**20:.1f} MiB")


def run(stages: list[str], sizes: dict, work: Path, profile: bool) -> list[Figure]:
    figures: list[Figure] = []
    if "clean" in stages:
        figures += clean_bench.run(sizes["clean_pages"], profile=profile)
    if "rebuild" in stages:
        found, archive = rebuild_bench.run(sizes["pages"], sizes["scaling_pages"],
                                           sizes["baseline_every"], work / "rebuild")
        figures += found
        rebuild_storage = storage_figure("rebuild_archive", archive.raw_bytes,
                                         db_bytes(crawl_bench.checkpointed(archive.path)))
    if "crawl" in stages:
        found, stored = crawl_bench.run(sizes["articles"], sizes["bench_seconds"], work / "crawl")
        figures += found
        figures.append(storage_figure("crawl", stored["raw"], stored["disk"]))
    if "rebuild" in stages:
        figures.append(rebuild_storage)
    if "search" in stages:
        figures += search_bench.run(sizes["sections"], workdir=work / "search")
        figures += search_bench.more_figures(work / "search")
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
    try:
        figures = run(stages, sizes, work, args.profile)
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    say(f"\nfazhi bench: {time.monotonic() - started:.0f} s")
    for figure in figures:
        say(f"{figure.line()}  [{figure.detail}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
