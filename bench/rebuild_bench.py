"""Benchmark 2: ``db.corpus.rebuild.rebuild`` over a generated 10,000-page archive.

Side by side in the same run: the rebuild with 2 workers, the same with 1 worker (the scaling),
the same with 2 workers on a 1,000-page archive (the cost per page must not grow with the
corpus), and bare single-process ``trafilatura.extract`` over the same archived pages (only the
extract calls are timed: reading and decompressing the bodies is left out of its time, not
ours). The figures: rebuild pages/s ÷ trafilatura pages/s, the 1 → 2 worker scaling, seconds per
page at 10k ÷ at 1k, the parent's share of the CPU time (it writes, indexes and links duplicates
while the workers clean: it must stay well below a worker's), and the peak memory of the rebuild
(the sum of the parent's and the workers' resident memory, sampled).
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from pathlib import Path
from statistics import median

import trafilatura

from bench.archive_gen import GeneratedArchive, generate_archive
from bench.common import Figure, db_bytes, peak_memory, say
from db.archive.store import Archive
from db.corpus.rebuild import RebuildStats, rebuild

GOAL_SPEEDUP = 2.5          # 2 workers vs trafilatura on one core (issue 13, goal 4)
GOAL_SCALING = 1.7          # 1 → 2 workers
GOAL_FLAT = 1.2             # seconds per page at 10k pages ÷ at 1k pages
GOAL_PARENT_SHARE = 0.25    # the parent's CPU ÷ all the rebuild's CPU (2 workers: ≤ 1/3 idle)
GOAL_PEAK_MIB = 1024.0
SMALL_PAGES = 1_000
SCALING_ROUNDS = 3   # pairs of 1- and 2-worker rebuilds behind the scaling figure
BATCH = 200      # bodies read per query for the trafilatura pass


def page_bodies(archive_path: Path, every: int = 1):
    """Every ``every``-th article page body of the archive (page 1s and further pages)."""
    with Archive(archive_path) as archive:
        shas = [row[0] for row in archive.db.execute(
            "SELECT sha256 FROM responses WHERE role IN ('article', 'article_page') "
            "AND kind = 'ok' ORDER BY id")][::every]
        for start in range(0, len(shas), BATCH):
            for sha in shas[start:start + BATCH]:
                yield archive.body(sha)


def trafilatura_pass(archive_path: Path, every: int = 1) -> tuple[int, float]:
    """(pages, seconds spent in trafilatura.extract) over the archive's pages."""
    pages, seconds = 0, 0.0
    for body in page_bodies(archive_path, every):
        started = time.perf_counter()
        trafilatura.extract(body)
        seconds += time.perf_counter() - started
        pages += 1
    return pages, seconds


def timed_rebuild(archive: Path, corpus: Path, workers: int
                  ) -> tuple[RebuildStats, float, float, float]:
    """(stats, wall seconds, peak MiB of parent + workers, the parent's share of the CPU)."""
    started, parent, children = time.perf_counter(), time.process_time(), _children_cpu()
    with peak_memory() as memory:
        stats = rebuild(archive, corpus, workers=workers, progress=False)
    parent = time.process_time() - parent
    share = parent / max(1e-9, parent + _children_cpu() - children)
    return stats, time.perf_counter() - started, memory["mib"], share


def _children_cpu() -> float:
    """CPU seconds of the finished (joined) child processes: the rebuild's workers."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _load() -> str:
    return f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


def run(pages: int = 10_000, scaling_pages: int | None = None, baseline_every: int = 1,
        workdir: Path | None = None) -> tuple[list[Figure], GeneratedArchive]:
    """The rebuild figures; ``scaling_pages`` (default: all) is the archive size of the
    1-worker vs 2-worker comparison, ``baseline_every`` thins the trafilatura pass."""
    work = Path(workdir or tempfile.mkdtemp(prefix="fazhi-bench-rebuild-"))
    generated = generate_archive(work / "archive.db", pages)
    say(f"[rebuild] generated {generated.pages} pages ({generated.articles} articles, "
        f"{generated.reports} from reports) in {generated.seconds:.1f} s")
    stats, wall, peak, share = timed_rebuild(generated.path, work / "corpus.db", workers=2)
    rate = generated.pages / wall
    say(f"[rebuild] workers=2: {wall:.1f} s, {rate:.0f} pages/s, {stats.documents} documents, "
        f"{stats.skipped} skipped, {stats.duplicates} duplicates, peak {peak:.0f} MiB, "
        f"parent {share:.0%} of the CPU, corpus "
        f"{db_bytes(work / 'corpus.db') / 2**20:.0f} MiB ({_load()})")
    base_pages, base_seconds = trafilatura_pass(generated.path, baseline_every)
    base_rate = base_pages / base_seconds
    say(f"[rebuild] trafilatura.extract, 1 process: {base_pages} pages in {base_seconds:.1f} s, "
        f"{base_rate:.0f} pages/s ({_load()})")
    figures = [
        Figure("rebuild_vs_trafilatura_pages_per_s", rate / base_rate, GOAL_SPEEDUP,
               higher_is_better=True, unit="×", rounds=1,
               detail=f"rebuild {rate:.0f} pages/s, trafilatura {base_rate:.0f} pages/s, "
                      f"{_load()}"),
        Figure("rebuild_parent_cpu_share", share, GOAL_PARENT_SHARE, higher_is_better=False,
               rounds=1, detail="the writing process's CPU ÷ all the rebuild's CPU, workers=2"),
        Figure("rebuild_peak_memory_mib", peak, GOAL_PEAK_MIB, higher_is_better=False,
               unit=" MiB", rounds=1, detail="parent + workers, sampled RSS sum"),
    ]
    figures.append(_scaling(work, pages if scaling_pages is None else scaling_pages,
                            generated))
    figures.append(_flat(work, generated, rate))
    return figures, generated


def _scaling(work: Path, pages: int, generated: GeneratedArchive) -> Figure:
    """1 → 2 workers on the same archive (a smaller one when ``pages`` is below the full):
    SCALING_ROUNDS pairs, order alternating, the median of the pairs' ratios (one pair moved
    1.42–1.70 between runs of one code at load ~1)."""
    if pages < generated.pages:
        generated = generate_archive(work / "scaling.db", pages, seed=8)
    ratios, rates = [], []
    for round_ in range(SCALING_ROUNDS):
        order = (2, 1) if round_ % 2 == 0 else (1, 2)
        walls = {workers: timed_rebuild(generated.path, work / f"scaling-{workers}.db",
                                        workers=workers)[1] for workers in order}
        rates.append((generated.pages / walls[1], generated.pages / walls[2]))
        ratios.append(walls[1] / walls[2])
    rate1, rate2 = (median(rate[i] for rate in rates) for i in (0, 1))
    ratio = median(ratios)
    say(f"[rebuild] scaling on {generated.pages} pages, {len(ratios)} rounds: workers=1 "
        f"{rate1:.0f} pages/s, workers=2 {rate2:.0f} pages/s, ×{ratio:.2f} "
        f"(rounds {', '.join(f'{r:.2f}' for r in ratios)}; {_load()})")
    return Figure("rebuild_scaling_1_to_2_workers", ratio, GOAL_SCALING,
                  higher_is_better=True, unit="×", rounds=len(ratios),
                  detail=f"{rate1:.0f} → {rate2:.0f} pages/s, {_load()}")


def _flat(work: Path, generated: GeneratedArchive, rate: float) -> Figure:
    """Seconds per page of the full archive ÷ of a SMALL_PAGES one (2 workers both)."""
    small = generate_archive(work / "small.db", min(SMALL_PAGES, generated.pages), seed=9)
    _, wall, _, _ = timed_rebuild(small.path, work / "small-2.db", workers=2)
    small_rate = small.pages / wall
    say(f"[rebuild] cost per page: {1000 / small_rate:.1f} ms at {small.pages} pages, "
        f"{1000 / rate:.1f} ms at {generated.pages} ({_load()})")
    return Figure("rebuild_cost_per_page_10k_vs_1k", small_rate / rate, GOAL_FLAT,
                  higher_is_better=False, unit="×", rounds=1,
                  detail=f"{1000 / small_rate:.1f} → {1000 / rate:.1f} ms per page, "
                         f"{small.pages} → {generated.pages} pages, {_load()}")
