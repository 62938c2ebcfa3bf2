"""Benchmark 1: ``cleaning.clean`` vs bare ``trafilatura.extract`` on realistic-size pages.

Both run on the same 80–120 KB pages in the same process, interleaved page by page (and the
order of the two alternates each round), so machine noise hits both alike. The figure is the
ratio of the median time per page: ours / trafilatura's.
"""

from __future__ import annotations

import cProfile
import io
import pstats

import trafilatura

import cleaning
from bench.common import Figure, median, say, timed
from bench.pages import RealisticPage, realistic_pages

GOAL_RATIO = 0.8


def _ours(page: RealisticPage) -> None:
    cleaning.clean([page.body], page.url, page.content_type)


def _theirs(page: RealisticPage) -> None:
    trafilatura.extract(page.body)


def measure(pages: list[RealisticPage], rounds: int) -> tuple[list[float], list[float]]:
    """Per page, the median over ``rounds`` of each side's time (seconds)."""
    ours: list[list[float]] = [[] for _ in pages]
    theirs: list[list[float]] = [[] for _ in pages]
    for page in pages:   # warm-up: imports, caches, OpenCC dictionaries
        _ours(page)
        _theirs(page)
    for round_no in range(rounds):
        for index, page in enumerate(pages):
            if round_no % 2:
                theirs[index].append(timed(lambda p=page: _theirs(p)))
                ours[index].append(timed(lambda p=page: _ours(p)))
            else:
                ours[index].append(timed(lambda p=page: _ours(p)))
                theirs[index].append(timed(lambda p=page: _theirs(p)))
    return [median(times) for times in ours], [median(times) for times in theirs]


def run(pages: int = 27, rounds: int = 5, profile: bool = False) -> list[Figure]:
    sample = realistic_pages(pages)
    sizes = [len(page.body) for page in sample]
    say(f"[clean] {len(sample)} pages of {min(sizes) // 1000}–{max(sizes) // 1000} KB "
        f"(median {median(sizes) / 1000:.0f} KB), {rounds} interleaved rounds")
    ours, theirs = measure(sample, rounds)
    ours_ms, theirs_ms = median(ours) * 1000, median(theirs) * 1000
    say(f"[clean] median per page: cleaning.clean {ours_ms:.1f} ms, "
        f"trafilatura.extract {theirs_ms:.1f} ms, ratio {ours_ms / theirs_ms:.2f}")
    slowest = sorted(zip(ours, sample, strict=True), key=lambda x: -x[0])[:3]
    say("[clean] slowest pages (ours): " + ", ".join(
        f"{page.template} {len(page.body) // 1000} KB {seconds * 1000:.0f} ms"
        for seconds, page in slowest))
    if profile:
        say(profile_cleaning(sample))
    return [Figure("clean_vs_trafilatura_median_time", ours_ms / theirs_ms, GOAL_RATIO,
                   higher_is_better=False, unit="×",
                   detail=f"ours {ours_ms:.1f} ms, trafilatura {theirs_ms:.1f} ms per page")]


def profile_cleaning(sample: list[RealisticPage], top: int = 18) -> str:
    """cProfile of ``cleaning.clean`` over the pages: where its time goes (cumulative)."""
    profiler = cProfile.Profile()
    profiler.enable()
    for page in sample:
        _ours(page)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    return "[clean] profile of cleaning.clean (cumulative):\n" + out.getvalue()
