"""Cleaning archived articles in a pool of worker processes, for ``rebuild`` and ``update``.

Each worker opens the archive itself, reads the bodies and prepares the article
(``db.corpus.ingest.prepare``: the cleaning, within its time budget, then the sections'
bigram-index bodies unless ``segment=False`` (a rebuild) and the near-duplicate signature). The
parent only writes (``db.corpus.writer``); once every article is written, a rebuild's parent has
the same workers segment the sections it indexes (``Preparation.segmenter``). With ``workers <=
1`` the same work runs in the calling process.

Workers are forked by default (cheap, and they inherit the parent's state). A process that has
threads running — a crawl's, after Scrapy — must not fork: a lock another thread held at the
fork stays locked in the child for ever. It passes ``start_method="forkserver"``: workers fork
from a fresh single-threaded server that imported this module and the cleaning stage (about a
second to start, so a short list is prepared in the calling process instead). A forking parent
loads the cleaning stage first (``cleaning.load``), so that its workers share it.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path

import cleaning
from db.archive.store import Archive, ArticleRef
from db.corpus.held import segmented_here
from db.corpus.indexschema import IndexTexts, index_texts
from db.corpus.ingest import Prepared, page_timeout, prepare
from db.corpus.rows import section_values
from settings.parent_death import die_with_parent

CHUNKS_PER_WORKER = 8      # imap chunks: few enough for low overhead, enough to balance load
MAX_CHUNK = 32
SEGMENT_AHEAD = 2          # ranges of sections per worker being segmented ahead of the indexing
SEGMENT_TIMEOUT = 600.0    # seconds to wait for one range (~0.1 s of work)
# Fewest articles worth starting a pool for, per start method (a forkserver pool starts a fresh
# interpreter and imports the cleaning stage: ~1 s, the cleaning of ~100 articles).
POOL_MIN_ARTICLES = {"fork": 2, "forkserver": 100, "spawn": 100}


@contextmanager
def prepared_articles(archive_path: Path, refs: list[ArticleRef], workers: int, *,
                      start_method: str = "fork", timeout: float | None = None,
                      segment: bool = True) -> Iterator[Preparation]:
    """Prepared articles in the order of ``refs``: in this process, or in a pool of ``workers``
    (forked here: call it before opening the database the results are written to).
    ``timeout``: the cleaning budget per article (default ``ingest.page_timeout()``);
    ``segment``: see ``ingest.prepare``."""
    timeout = page_timeout(timeout)
    if workers <= 1 or len(refs) < POOL_MIN_ARTICLES[start_method]:
        with Archive(archive_path) as archive:
            yield Preparation(prepare(archive.load_article(ref), timeout=timeout,
                                      segment=segment) for ref in refs)
        return
    chunk = max(1, min(MAX_CHUNK, len(refs) // (workers * CHUNKS_PER_WORKER)))
    context = multiprocessing.get_context(start_method)
    if start_method == "forkserver":   # workers fork with the cleaning stage imported
        context.set_forkserver_preload([__name__, "cleaning.pipeline"])
    elif start_method == "fork":
        cleaning.load()   # once here, shared by the forked workers, not once in each
    with QuietPool(workers, initializer=_start_worker,
                   initargs=(str(archive_path), timeout, segment), context=context) as pool:
        yield Preparation(pool.imap(_prepare_in_worker, refs, chunksize=chunk), pool, workers)


class QuietPool(Pool):
    """A Pool whose worker-handler thread wakes only when a worker exits or the pool's state
    changes. CPython's (3.8+, bpo-35493) also waits on the result pipe, which the result-handler
    thread reads: while a result is on its way the handler loops, ~20,000 turns in a 2,000-page
    rebuild, each a few system calls and a turn of the GIL taken from the threads at work. It
    has nothing to do about a result: a worker's exit and the cache emptying still wake it."""

    def _get_sentinels(self) -> list:
        return [self._change_notifier._reader]   # type: ignore[attr-defined]


class Preparation:
    """What ``prepared_articles`` yields: the prepared articles (iterate it) and ``segmenter``
    (a ``db.corpus.writer.Segmenter``), which lets the same processes segment the sections a
    rebuild indexes once the articles are written — the workers are idle then, and segmenting
    was ~40 % of the parent's CPU, a tail no worker shared."""

    def __init__(self, results: Iterable[Prepared], pool: Pool | None = None,
                 workers: int = 1) -> None:
        self.results, self.pool, self.workers = results, pool, workers

    def __iter__(self) -> Iterator[Prepared]:
        return iter(self.results)

    def segmenter(self, ranges: Iterable[list[tuple]]
                  ) -> Iterator[tuple[list[tuple], list[IndexTexts]]]:
        """Each range of section rows with its sections segmented: in the workers, a few
        ranges ahead of the caller (who indexes the earlier ones meanwhile), else here."""
        if self.pool is None:
            yield from segmented_here(ranges)
            return
        pending: deque[tuple[list[tuple], AsyncResult]] = deque()
        for rows in ranges:
            texts = [row[:3] for row in rows]    # index_texts reads heading and text
            pending.append((rows, self.pool.apply_async(index_texts, (texts,))))
            if len(pending) > SEGMENT_AHEAD * self.workers:
                yield _segmented(*pending.popleft())
        while pending:
            yield _segmented(*pending.popleft())


def _segmented(rows: list[tuple], result: AsyncResult) -> tuple[list[tuple], list[IndexTexts]]:
    # A timeout, not a hang, should a worker die with a range (the pool replaces the process,
    # not its task).
    return rows, result.get(timeout=SEGMENT_TIMEOUT)


_worker_archive: Archive | None = None
_worker_timeout = 0.0
_worker_segment = True


def _start_worker(archive_path: str, timeout: float, segment: bool) -> None:
    global _worker_archive, _worker_timeout, _worker_segment
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the parent's to handle
    # Pool.terminate() ends workers with SIGTERM: a Python handler inherited from the parent
    # (the parent's own stop handling) would keep a worker alive, blocked on the task queue's
    # lock that a terminated sibling held, and the parent's join() would wait for ever.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent()   # a parent killed with SIGKILL cannot terminate the pool: go with it
    _worker_archive, _worker_timeout, _worker_segment = Archive(archive_path), timeout, segment


def _prepare_in_worker(ref: ArticleRef) -> Prepared:
    assert _worker_archive is not None, "worker started without its archive"
    return packed(prepare(_worker_archive.load_article(ref), timeout=_worker_timeout,
                          segment=_worker_segment))


def packed(prepared: Prepared) -> Prepared:
    """The article for the trip to the parent: a report's sections as plain tuples
    (``Prepared.section_values``; unpickling Section objects was ~0.5 s of a 10,000-page
    rebuild's parent), the document's own list emptied so that they travel once; a page that
    is not a report without its text and sections (its skipped row keeps the title and the
    cleaning version: 10 of the 121 MiB pickled at 10,000 bench pages, 14,450 Section objects)."""
    doc = prepared.cleaned.document
    if doc is not None and not doc.is_report:
        doc.text, doc.sections = "", []
    elif doc is not None and doc.sections:
        prepared.section_values = section_values(doc.sections)
        doc.sections = []
    return prepared
