"""Benchmark 4: search latency over a corpus of 100,000 sections.

The corpus (bench/search_corpus.py) is synthetic but made of the sample reports, written the
way a rebuild writes, with its tantivy search index. Latency is that of the public call
``db.corpus.search.search(corpus_path, query)`` — opening the corpus included — for
two-character queries and phrase queries; the figure is the p95, the slowest query beside it.

``more_figures`` adds, on the same corpus: the worst p95 over every filter and pair of filters
(year, portal, province, level, category), ``fazhi search 复议`` end to end in a new process,
and the p95 on a corpus ten times larger. From 10k sections up both corpora and their indexes
are kept between runs (bench/search_cache.py: data/bench; the 1M copy takes a few CPU minutes
to make, its bigram FTS5 index written row by row).
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Figure, median, percentile, say
from bench.search_cache import MIN_CACHED_SECTIONS, cache_key, cached, link
from bench.search_corpus import SCALE_COPIES, generate_corpus, scale_corpus, sections_in
from db.corpus.search import search
from db.corpus.textindex import index_dir
from settings.parent_death import die_with_parent

__all__ = ["generate_corpus", "more_figures", "run", "scale_corpus", "search", "sections_in"]

TWO_CHAR_QUERIES = tuple("复议 执法 监督 普法 诉讼 备案 调解 审查".split())
PHRASE_QUERIES = tuple("行政执法 法治政府建设 行政复议 依法行政 合法性审查 行政规范性文件".split())
GOAL_P95_MS = 20.0
GOAL_SCALED_P95_MS = 50.0       # at ten times the sections (1M in `make bench`)
GOAL_CLI_MS = 250.0             # `fazhi search 复议`, a new process, end to end
CLI_ROUNDS = 7
FILTER_QUERIES = ("复议", "行政执法", "法治政府建设")
FILTER_VALUES = {"year": 2023, "portal": "portal7", "province": "江苏省", "level": "county",
                 "category": "measures"}


def prepare_corpus(corpus: Path, sections: int) -> dict:
    """``generate_corpus`` at ``corpus``, or a link there to the cached corpus (search_cache)."""
    if sections < MIN_CACHED_SECTIONS:
        return generate_corpus(corpus, sections)
    source, built = cached(f"search-{sections}", cache_key(sections),
                           lambda path: generate_corpus(path, sections))
    link(corpus, source)
    return built


def latencies(corpus: Path, queries: tuple[str, ...], rounds: int) -> list[tuple[float, float]]:
    """(wall, process CPU) milliseconds per ``search`` call, every query ``rounds`` times
    (round-robin). The CPU time says what the wall time would be on an idle machine, which
    the bench's machine seldom is."""
    for query in queries:   # warm-up: page cache, imports
        search(corpus, query)
    return [_timed(corpus, query, {}) for _ in range(rounds) for query in queries]


def _wall_and_cpu_p95(pairs: list[tuple[float, float]]) -> tuple[list[float], float]:
    return [wall for wall, _ in pairs], percentile([cpu for _, cpu in pairs], 0.95)


def slowest(times: list[float], queries: tuple[str, ...]) -> str:
    """The query with the highest p95 among ``latencies``' round-robin ``times``, and it."""
    p95s = {query: percentile(times[at::len(queries)], 0.95) for at, query in enumerate(queries)}
    query = max(p95s, key=lambda q: p95s[q])
    return f"slowest {query} p95 {p95s[query]:.1f} ms"


def run(sections: int = 100_000, rounds: int = 15, workdir: Path | None = None) -> list[Figure]:
    work = Path(workdir or tempfile.mkdtemp(prefix="fazhi-bench-search-"))
    corpus = work / "corpus.db"
    built = prepare_corpus(corpus, sections)
    say(f"[search] corpus of {built['sections']} sections ({built['documents']} documents, "
        f"{built['bytes'] / 2**20:.0f} MiB) generated in {built['seconds']:.1f} s")
    figures = []
    for kind, queries in (("two_char", TWO_CHAR_QUERIES), ("phrase", PHRASE_QUERIES)):
        times, cpu95 = _wall_and_cpu_p95(latencies(corpus, queries, rounds))
        p50, p95 = median(times), percentile(times, 0.95)
        say(f"[search] {kind} queries {', '.join(queries)}: p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
            f"max {max(times):.1f} ms over {len(times)} calls; CPU p95 {cpu95:.1f} ms; "
            f"{slowest(times, queries)}")
        figures.append(Figure(f"search_{kind}_p95_ms", p95, GOAL_P95_MS, higher_is_better=False,
                              unit=" ms", detail=f"p50 {p50:.1f} ms, CPU p95 {cpu95:.1f} ms",
                              rounds=rounds))
    return figures


def filter_combinations() -> list[dict]:
    """Every filter alone and every pair of them (FILTER_VALUES)."""
    names = list(FILTER_VALUES)
    combos = [(name,) for name in names] + list(itertools.combinations(names, 2))
    return [{name: FILTER_VALUES[name] for name in combo} for combo in combos]


def filtered_figure(corpus: Path, rounds: int) -> Figure:
    """The worst p95 over the filter combinations (each: FILTER_QUERIES, ``rounds`` times)."""
    worst = (-1.0, "", 0.0, 0.0)
    for filters in filter_combinations():
        for query in FILTER_QUERIES:
            search(corpus, query, **filters)     # warm-up
        times, cpu95 = _wall_and_cpu_p95([_timed(corpus, query, filters) for _ in range(rounds)
                                          for query in FILTER_QUERIES])
        p95 = percentile(times, 0.95)
        say(f"[search] filters {'+'.join(filters)}: p50 {median(times):.1f} ms, p95 {p95:.1f} ms, "
            f"CPU p95 {cpu95:.1f} ms")
        worst = max(worst, (p95, "+".join(filters), median(times), cpu95))
    return Figure("search_filtered_worst_p95_ms", worst[0], GOAL_P95_MS, higher_is_better=False,
                  unit=" ms", rounds=rounds, detail=f"worst: {worst[1]}, p50 {worst[2]:.1f} ms, "
                  f"CPU p95 {worst[3]:.1f} ms; {len(filter_combinations())} combinations")


def _timed(corpus: Path, query: str, filters: dict) -> tuple[float, float]:
    """Wall and process CPU milliseconds of one search."""
    started, cpu = time.perf_counter(), time.process_time()
    search(corpus, query, **filters)
    return (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000


def cli_figure(corpus: Path, rounds: int = CLI_ROUNDS) -> Figure:
    """``fazhi search 复议`` in a new process (imports included), median of ``rounds``."""
    command = [sys.executable, "-m", "fazhi.cli", "search", "复议", "--data-dir",
               str(corpus.parent)]
    times = []
    for _ in range(rounds + 1):     # the first warms the page cache
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, preexec_fn=die_with_parent)
        times.append((time.perf_counter() - started) * 1000)
    times = times[1:]
    say(f"[search] fazhi search 复议 end to end: median {median(times):.0f} ms, "
        f"max {max(times):.0f} ms over {rounds} runs")
    return Figure("cli_search_ms", median(times), GOAL_CLI_MS, higher_is_better=False,
                  unit=" ms", detail=f"max {max(times):.0f} ms over {rounds} runs", rounds=rounds)


def scaled_figure(corpus: Path, rounds: int) -> Figure:
    """p95 of the two-character and phrase queries on a corpus SCALE_COPIES times larger."""
    sections, big = sections_in(corpus), corpus.with_name("corpus_scaled.db")
    if sections < MIN_CACHED_SECTIONS:
        built = scale_corpus(corpus, big)
    else:       # keyed by the cached source's name, which carries its own key
        big, built = cached(f"search-{sections * SCALE_COPIES}",
                            cache_key(SCALE_COPIES, corpus.resolve().name),
                            lambda path: scale_corpus(corpus, path))
    say(f"[search] scaled corpus of {built['sections']} sections "
        f"({built['bytes'] / 2**20:.0f} MiB) made in {built['seconds']:.1f} s")
    queries = TWO_CHAR_QUERIES + PHRASE_QUERIES
    times, cpu95 = _wall_and_cpu_p95(latencies(big, queries, rounds))
    p50, p95 = median(times), percentile(times, 0.95)
    say(f"[search] scaled: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {max(times):.1f} ms, "
        f"CPU p95 {cpu95:.1f} ms; {slowest(times, queries)}")
    if sections < MIN_CACHED_SECTIONS:
        big.unlink()
        shutil.rmtree(index_dir(big), ignore_errors=True)
    return Figure(f"search_{built['sections'] // 1000}k_p95_ms", p95, GOAL_SCALED_P95_MS,
                  higher_is_better=False, unit=" ms", rounds=rounds,
                  detail=f"p50 {p50:.1f} ms, CPU p95 {cpu95:.1f} ms, "
                  f"{slowest(times, queries)}; made in {built['seconds']:.0f} s")


def more_figures(workdir: Path, rounds: int = 5) -> list[Figure]:
    """The filter, CLI and ten-times-larger lines, on ``run``'s corpus in ``workdir``."""
    corpus = Path(workdir) / "corpus.db"
    return [filtered_figure(corpus, rounds), cli_figure(corpus), scaled_figure(corpus, rounds)]
