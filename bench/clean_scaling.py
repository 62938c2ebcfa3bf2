"""Benchmark 1b: ``cleaning.clean``'s time per MB as adversarial pages grow (100 KB → max).

For each shape of ``bench.adversarial`` (long script runs, huge inline JSON, thousands of
headings, links or table cells, deep nesting) the page is cleaned at each size and the time per
MB compared: a super-linear path shows as a time per MB that grows with the size. The figure is
the worst shape's largest ÷ smallest time per MB (goal ≤ 4×).

Times are the process's CPU time (``time.process_time``), the best of a few runs at the small
sizes: on a shared machine, wall time would measure the other processes too.
"""

from __future__ import annotations

import time

import cleaning
from bench.adversarial import CONTENT_TYPE, SHAPES, URL, page
from bench.common import Figure, say

GOAL_SPREAD = 4.0
MB = 1_000_000
SMALL_RUNS = 2          # runs at sizes under 1 MB (best of): their times are a few ms


def sizes(max_mb: float) -> list[int]:
    """100 KB, then ×10 steps, ending at ``max_mb``."""
    steps, size = [], 100_000
    while size < max_mb * MB:
        steps.append(size)
        size *= 10
    return [*steps, int(max_mb * MB)]


def seconds_per_mb(shape: str, size: int) -> float:
    data = page(shape, size)
    runs = SMALL_RUNS if size < MB else 1
    best = min(_cpu(lambda: cleaning.clean([data], URL, CONTENT_TYPE)) for _ in range(runs))
    return best / (len(data) / MB)


def _cpu(call) -> float:
    started = time.process_time()
    call()
    return time.process_time() - started


def spreads(max_mb: float, shapes: tuple[str, ...] = tuple(SHAPES)) -> dict[str, list[float]]:
    """Per shape, seconds per MB at each size."""
    cleaning.clean([page("headings", 20_000)], URL, CONTENT_TYPE)     # imports, caches
    return {shape: [seconds_per_mb(shape, size) for size in sizes(max_mb)] for shape in shapes}


def run(max_mb: float = 2.0) -> list[Figure]:
    steps = sizes(max_mb)
    say(f"[clean] scaling: {len(SHAPES)} adversarial shapes at "
        + ", ".join(f"{size / MB:g} MB" for size in steps) + " (CPU s per MB)")
    found = spreads(max_mb)
    ratios = {shape: max(per_mb) / min(per_mb) for shape, per_mb in found.items()}
    for shape, per_mb in found.items():
        say(f"[clean]   {shape:13s} " + "  ".join(f"{value:6.2f}" for value in per_mb)
            + f"   max/min {ratios[shape]:.2f}")
    worst = max(ratios, key=ratios.get)
    figure = Figure("clean_scaling", ratios[worst], GOAL_SPREAD, higher_is_better=False,
                   unit="×", detail=f"worst shape {worst}: "
                                    + " → ".join(f"{v:.2f}" for v in found[worst])
                                    + f" CPU s/MB from {steps[0] / MB:g} to {max_mb:g} MB")
    figure.rounds = SMALL_RUNS     # best of, under 1 MB; one run above
    return [figure]
