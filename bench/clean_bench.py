"""Benchmark 1: ``cleaning.clean`` vs bare ``trafilatura.extract``, page by page.

Both run on the same pages in the same process, interleaved page by page (and the order of the
two alternates each round), so machine noise hits both alike. Per page, each side's time is the
median over the rounds; a page's ratio is ours / trafilatura's. Four figures:

- realistic pages (80–120 KB: the bench's own, made from the sample portals, and the held-out
  and dev pages, which the project did not write, inflated with the same portal furniture):
  the ratio of the median times, and the worst page's ratio;
- small pages (the held-out and dev pages as they are, 1.6–35 KB): the median page ratio;
- Traditional pages: ours on the bench's own realistic pages written in Traditional characters
  ÷ ours on the same pages in Simplified (median page ratio).
"""

from __future__ import annotations

import cProfile
import io
import pstats
from collections.abc import Callable

import trafilatura

import cleaning
from bench.common import Figure, median, say, timed
from bench.pages import (
    RealisticPage,
    fixture_pages,
    inflated_fixture_pages,
    realistic_pages,
    traditional,
)

GOAL_RATIO = 0.3
GOAL_WORST = 1.0
GOAL_SMALL = 0.8
GOAL_TRADITIONAL = 1.2
WARM_UP_PAGES = 3
# The highest page ratios of the first pass are measured again with more rounds: the maximum of
# many noisy ratios is biased upwards by the noise itself.
RECHECKED_PAGES, RECHECK_ROUNDS = 6, 5
# Rounds of the held-out/dev realistic pages, the small pages and the Traditional pages: fewer
# than the bench's own pages' (the clean stage took 3 minutes at load 9). Their medians are over
# 27–81 pages, so one noisy round moves them little; the worst pages are measured again anyway.
HELD_ROUNDS, SMALL_ROUNDS, TRADITIONAL_ROUNDS = 1, 2, 2
Side = Callable[[RealisticPage], object]


def _ours(page: RealisticPage) -> None:
    cleaning.clean(page.bodies, page.url, page.content_type)


def _theirs(page: RealisticPage) -> None:
    for body in page.bodies:
        trafilatura.extract(body)


def measure(pages: list[RealisticPage], rounds: int, first: Side = _ours,
            second: Side = _theirs, others: list[RealisticPage] | None = None
            ) -> tuple[list[float], list[float]]:
    """Per page, the median over ``rounds`` of each side's time (seconds). ``second`` runs on
    ``others[i]`` when given (the same page in another form), else on ``pages[i]``."""
    paired = list(zip(pages, others or pages, strict=True))
    ours: list[list[float]] = [[] for _ in pages]
    theirs: list[list[float]] = [[] for _ in pages]
    for page, other in paired[:WARM_UP_PAGES]:   # imports, caches, OpenCC dictionaries
        first(page)
        second(other)
    for round_no in range(rounds):
        for index, (page, other) in enumerate(paired):
            if round_no % 2:
                theirs[index].append(timed(lambda p=other: second(p)))
                ours[index].append(timed(lambda p=page: first(p)))
            else:
                ours[index].append(timed(lambda p=page: first(p)))
                theirs[index].append(timed(lambda p=other: second(p)))
    return [median(times) for times in ours], [median(times) for times in theirs]


def _ratios(ours: list[float], theirs: list[float]) -> list[float]:
    return [a / b for a, b in zip(ours, theirs, strict=True)]


def _sizes(pages: list[RealisticPage]) -> str:
    sizes = [page.size for page in pages]
    return f"{min(sizes) // 1000}–{max(sizes) // 1000} KB (median {median(sizes) / 1000:.0f} KB)"


def _realistic(own: list[RealisticPage], held: list[RealisticPage], rounds: int
               ) -> list[Figure]:
    pages = own + held
    say(f"[clean] realistic pages: {len(own)} own + {len(held)} held-out/dev, {_sizes(pages)}, "
        f"{rounds} interleaved rounds ({HELD_ROUNDS} on the held-out/dev pages)")
    ours, theirs = measure(own, rounds)
    ours_held, theirs_held = measure(held, HELD_ROUNDS)
    ours, theirs = ours + ours_held, theirs + theirs_held
    ours_ms, theirs_ms = median(ours) * 1000, median(theirs) * 1000
    split = len(own)
    say(f"[clean] median per page: cleaning.clean {ours_ms:.1f} ms, trafilatura.extract "
        f"{theirs_ms:.1f} ms, ratio {ours_ms / theirs_ms:.3f} (own pages "
        f"{median(ours[:split]) / median(theirs[:split]):.3f}, held-out/dev "
        f"{median(ours[split:]) / median(theirs[split:]):.3f})")
    ratios = _ratios(ours, theirs)
    worst = _recheck(pages, ratios)
    detail = f"{len(pages)} pages, {rounds} rounds ({HELD_ROUNDS} on held-out/dev)"
    return [Figure("clean_vs_trafilatura_median_time", ours_ms / theirs_ms, GOAL_RATIO,
                   higher_is_better=False, unit="×",
                   detail=f"ours {ours_ms:.1f} ms, trafilatura {theirs_ms:.1f} ms per page; "
                          + detail),
            Figure("clean_worst_page_ratio", ratios[worst], GOAL_WORST, higher_is_better=False,
                   unit="×", detail=f"{pages[worst].template}; p90 "
                                    f"{sorted(ratios)[int(0.9 * len(ratios))]:.2f}×; {detail}, "
                                    f"the highest {RECHECKED_PAGES} again with "
                                    f"{RECHECK_ROUNDS}")]


def _recheck(pages: list[RealisticPage], ratios: list[float]) -> int:
    """Measure the highest ratios again (in place) until the highest is a measured-again one;
    the index of the worst page."""
    done: set[int] = set()
    while True:
        ranked = [i for i in sorted(range(len(pages)), key=lambda i: -ratios[i])
                  if i not in done][:RECHECKED_PAGES]
        if not ranked or (done and max(range(len(pages)), key=ratios.__getitem__) in done):
            return max(range(len(pages)), key=ratios.__getitem__)
        again = _ratios(*measure([pages[i] for i in ranked], RECHECK_ROUNDS))
        say("[clean] highest page ratios (first pass → again with {} rounds): {}".format(
            RECHECK_ROUNDS, ", ".join(f"{pages[i].template} {ratios[i]:.2f} → {ratio:.2f}"
                                      for i, ratio in zip(ranked, again, strict=True))))
        for i, ratio in zip(ranked, again, strict=True):
            ratios[i] = ratio
        done.update(ranked)


def _small(pages: list[RealisticPage], rounds: int) -> Figure:
    say(f"[clean] small pages: {len(pages)} held-out/dev pages, {_sizes(pages)}")
    ours, theirs = measure(pages, rounds)
    ratios = _ratios(ours, theirs)
    ratio = median(ratios)
    say(f"[clean] small pages: median page ratio {ratio:.3f} (ours {median(ours) * 1000:.1f} ms, "
        f"trafilatura {median(theirs) * 1000:.1f} ms), worst {max(ratios):.2f}")
    return Figure("clean_small_pages_median_ratio", ratio, GOAL_SMALL, higher_is_better=False,
                  unit="×", detail=f"ours {median(ours) * 1000:.1f} ms, trafilatura "
                                   f"{median(theirs) * 1000:.1f} ms; {len(pages)} pages, "
                                   f"{rounds} rounds")


def _traditional(pages: list[RealisticPage], rounds: int) -> Figure:
    written = [traditional(page) for page in pages]
    trad, simp = measure(written, rounds, _ours, _ours, others=pages)
    ratio = median(_ratios(trad, simp))
    say(f"[clean] Traditional pages: median {median(trad) * 1000:.1f} ms, the same in "
        f"Simplified {median(simp) * 1000:.1f} ms, median page ratio {ratio:.3f}")
    return Figure("clean_traditional_vs_simplified", ratio, GOAL_TRADITIONAL,
                  higher_is_better=False, unit="×",
                  detail=f"{median(trad) * 1000:.1f} vs {median(simp) * 1000:.1f} ms; "
                         f"{len(pages)} pages, {rounds} rounds")


def run(pages: int = 27, rounds: int = 2, profile: bool = False) -> list[Figure]:
    """``pages`` of the bench's own; the held-out and dev pages (up to twice as many)."""
    own = realistic_pages(pages)
    held = inflated_fixture_pages()[:pages * 2]
    figures = _realistic(own, held, rounds)
    for figure in figures:
        figure.rounds = rounds      # printed by bench/run.py beside the load
    figures.append(_rounds(_small(fixture_pages()[:pages * 3], SMALL_ROUNDS), SMALL_ROUNDS))
    figures.append(_rounds(_traditional(own, TRADITIONAL_ROUNDS), TRADITIONAL_ROUNDS))
    if profile:
        say(profile_cleaning(own + held))
    return figures


def _rounds(figure: Figure, rounds: int) -> Figure:
    figure.rounds = rounds
    return figure


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
