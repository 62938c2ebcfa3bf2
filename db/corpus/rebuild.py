"""Recreate the corpus from the archive (``rebuild``) or bring it up to date (``update``).

``rebuild`` writes a new corpus file next to the target and ``os.replace``s it only when
complete: a failed or interrupted rebuild leaves the previous corpus untouched. Cleaning runs in
a pool of worker processes (``db.corpus.pool``) that read the bodies from the archive themselves,
clean each article within its time budget (``page_timeout``, $FAZHI_CLEANING_TIMEOUT, 30 s), and
sign each report for the near-duplicate pass; the parent writes, through the corpus's one writer
(``db.corpus.writer.CorpusWriter``, the one the crawl uses too), links duplicates from the
signatures, and only then indexes for search the sections of documents that are not copies
(bigram rows, tantivy: a copy is not searched, a mark re-tokenized a row), segmented by the
same workers, idle by then.
``update`` cleans only articles whose newest revision or the cleaning version changed, and is
the crawl's catch-up.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from tqdm import tqdm

from db.archive.store import Archive, ArchiveError, ArticleRef
from db.corpus.duplicates import link_duplicates
from db.corpus.fts import FTS_TABLE
from db.corpus.ingest import Cleaned, Prepared, current_cleaning_version, prepare
from db.corpus.pool import prepared_articles
from db.corpus.replace import (
    fsync_file,
    remove_db_files,
    remove_stale_temps,
    settle,
    temp_path,
)
from db.corpus.store import Corpus
from db.corpus.textindex import IndexFeeder, feeder_for, move_index, remove_index
from db.corpus.writer import CorpusWriter

__all__ = ["CorpusWriter", "Prepared", "RebuildStats", "UpdateStats", "catch_up",
           "prepare", "rebuild", "update"]

CATCH_UP_WORKERS = 2       # cleaning processes of a crawl's catch-up (as a rebuild's default)
UPDATE_BATCH = 200         # articles an update writes per transaction (one commit each)
# A rebuild writes a temp file renamed into place only when complete: a crash just discards it,
# so it needs no journal nor syncs, and no other connection shares it.
BULK_PRAGMAS = ("journal_mode = OFF", "synchronous = OFF", "locking_mode = EXCLUSIVE",
                "cache_size = -65536")   # 64 MiB: the FTS segment merges read pages back
# FTS5 settings while bulk loading (no incremental merging: one 'optimize' at the end; larger
# in-memory term buffers: fewer, larger segments), then back to FTS5's defaults, which the
# file keeps for later updates.
BULK_FTS_SETTINGS = {"automerge": 0, "hashsize": 16 * 2**20}
DEFAULT_FTS_SETTINGS = {"automerge": 4, "hashsize": 2**20}
# A rebuild leaves a segment per 10,000 section ids or so; merging 10 (10,000 pages) cost 0.3 s
# of CPU and searched no faster (load 4): 'optimize' only above this many.
FTS_MAX_SEGMENTS = 16
# tantivy's indexing threads in a rebuild: it gets its documents only after the cleaning, with
# the workers idle, and one thread was the tail's bound (its commit waited ~0.7 s of 5.6 at
# 2,000 bench pages; 2 threads: 2-worker rebuild 6.15 -> 5.88 s, medians of 3, load ~1).
TAIL_INDEX_THREADS = 2


@dataclass
class RebuildStats:
    articles: int = 0        # newest article revisions read from the archive
    documents: int = 0       # stored as reports
    skipped: int = 0         # not reports (including unreadable)
    unreadable: int = 0      # CleaningError: the page could not be read at all
    timed_out: int = 0       # cleaning ran over the page_timeout budget (skipped, listed)
    duplicates: int = 0      # documents linked to a canonical copy (db.corpus.duplicates)
    seconds: float = 0.0
    corpus_path: str = ""


@dataclass
class UpdateStats(RebuildStats):
    unchanged: int = 0       # same revision and cleaning version as in the corpus: not cleaned
    # portal → {"documents": n, "skipped": n} of the articles cleaned in this update
    by_portal: dict[str, dict[str, int]] = field(default_factory=dict)

    def count_portal(self, portal: str | None, document_id: int | None) -> None:
        counts = self.by_portal.setdefault(portal or "", {"documents": 0, "skipped": 0})
        counts["documents" if document_id is not None else "skipped"] += 1


def rebuild(archive_path: str | Path, corpus_path: str | Path, *, workers: int = 2,
            progress: bool = True, portals_info: Iterable[Any] | None = None,
            page_timeout: float | None = None) -> RebuildStats:
    """Clean every archived article into a fresh corpus and atomically replace ``corpus_path``
    (``portals_info``: ``Portal``s or rows; default: the previous corpus's portal rows;
    ``page_timeout``: seconds of cleaning per article, see db.corpus.ingest.page_timeout)."""
    started = time.monotonic()
    target = Path(corpus_path)
    with _open_archive(archive_path) as archive:
        refs = archive.article_refs()
    if portals_info is None:   # keep the registry copy the previous corpus had
        portals_info = _previous_portals(target)
    temp = temp_path(target)
    remove_stale_temps(target)
    remove_db_files(temp)
    try:
        stats = _build(Path(archive_path), temp, refs, workers=workers, progress=progress,
                       portals_info=portals_info, page_timeout=page_timeout)
        fsync_file(temp)
        settle(target)
        os.replace(temp, target)
        move_index(temp, target)
    finally:
        discard_temp(temp)
    stats.seconds, stats.corpus_path = time.monotonic() - started, str(target)
    return stats


def discard_temp(temp: Path) -> None:
    """Remove a rebuild's temp corpus and its index (also a stop's last words: the process
    may end before the ``finally`` that removes them)."""
    remove_db_files(temp)
    remove_index(temp)


def update(archive_path: str | Path, corpus_path: str | Path, *,
           portals: Sequence[str] | None = None, portals_info: Iterable[Any] | None = None,
           workers: int = 1, start_method: str = "fork",
           page_timeout: float | None = None) -> UpdateStats:
    """Ingest new or changed articles (of ``portals``, default all) into the corpus in place,
    cleaning them in ``workers`` processes (1: in this one; ``start_method``: see
    db/corpus/pool.py), then link near-duplicates. The crawl's catch-up: a process with threads
    running (after Scrapy) passes ``start_method="forkserver"``."""
    started = time.monotonic()
    todo, stats = _update_todo(archive_path, corpus_path, portals)
    # The pool forks before the corpus is opened for writing: children inherit no handle.
    with prepared_articles(Path(archive_path), todo, workers, start_method=start_method,
                           timeout=page_timeout) as results, Corpus(corpus_path) as corpus:
        writer = CorpusWriter(corpus)
        writer.text_index = feeder_for(corpus_path, corpus.db.conn)
        if portals_info:
            writer.write_portals(portals_info)
        for batch in _batches(results, UPDATE_BATCH):
            # One commit per batch (a killed update keeps the others); its sections' bigram
            # rows in few statements.
            with corpus.db.atomic(), writer.index_deferred():
                for prepared in batch:
                    document_id = writer.write(prepared)
                    _count(stats, prepared.cleaned, document_id)
                    stats.count_portal(prepared.cleaned.portal, document_id)
            if writer.text_index is not None:
                writer.text_index.commit()
        stats.duplicates = link_duplicates(corpus, writer.signatures)
        _finish_text_index(writer)
    stats.seconds = time.monotonic() - started
    return stats


def catch_up(archive_path: str | Path, corpus_path: str | Path, portals: Sequence[str], *,
             portals_info: Iterable[Any] | None = None,
             page_timeout: float | None = None) -> UpdateStats:
    """After a crawl of ``portals`` (by the runner, or at the end of a Scrapy process): clean
    into the corpus what the archive holds of them but the corpus lacks, in CATCH_UP_WORKERS
    forkserver processes (Scrapy's threads may hold locks: no fork from this process), and
    link duplicates once. ``portals_info``: their registry entries (``Portal``s)."""
    return update(archive_path, corpus_path, portals=portals, portals_info=portals_info,
                  workers=CATCH_UP_WORKERS, start_method="forkserver",
                  page_timeout=page_timeout)


def _batches(items: Iterable[Prepared], size: int) -> Iterator[list[Prepared]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _update_todo(archive_path: str | Path, corpus_path: str | Path, portals: Sequence[str] | None
                 ) -> tuple[list[ArticleRef], UpdateStats]:
    """The articles whose newest revision or cleaning version the corpus does not have."""
    with _open_archive(archive_path) as archive, Corpus(corpus_path) as corpus:
        refs = [ref for ref in archive.article_refs()
                if portals is None or ref.portal in portals]
        done, version = corpus.ingested(), current_cleaning_version()
    todo = [ref for ref in refs if done.get(ref.url) != (ref.revision, version)]
    return todo, UpdateStats(articles=len(refs), unchanged=len(refs) - len(todo),
                                        corpus_path=str(corpus_path))


def _build(archive_path: Path, temp: Path, refs: list[ArticleRef], *, workers: int,
           progress: bool, portals_info: Iterable[Any] | None,
           page_timeout: float | None) -> RebuildStats:
    stats = RebuildStats(articles=len(refs))
    # The pool forks before the corpus connection is opened: children inherit no SQLite handle.
    with prepared_articles(archive_path, refs, workers, timeout=page_timeout,
                           segment=False) as results, \
            Corpus(temp) as corpus, \
            IndexFeeder(temp, corpus.db.conn, threads=TAIL_INDEX_THREADS) as feeder, \
            _bulk_loading(corpus):
        writer = CorpusWriter(corpus)
        writer.hold_bigram_rows()   # the search indexes get the sections once linked
        with corpus.db.atomic(), writer.index_deferred():
            writer.write_portals(portals_info or ())
            for prepared in _progress_bar(results, len(refs), progress):
                _count(stats, prepared.cleaned, writer.write(prepared))
        stats.duplicates = link_duplicates(corpus, writer.signatures)
        with corpus.db.atomic():
            # tantivy and FTS5 side by side, the sections segmented in the idle workers
            writer.index_held_sections(feeder, results.segmenter)
        _merge_fts(corpus)   # while tantivy indexes the last ones
        feeder.replace_pending()    # commits; nothing is left pending
        corpus.db.analyze()
    return stats


def _finish_text_index(writer: CorpusWriter) -> None:
    """The search index gets what was written and the duplicate marks (db/corpus/textindex)."""
    if writer.text_index is not None:
        writer.text_index.replace_pending()
        writer.text_index.close()
        writer.text_index = None


@contextmanager
def _bulk_loading(corpus: Corpus) -> Iterator[None]:
    """The temp corpus's settings for one big write; FTS5's defaults come back after it."""
    for pragma in BULK_PRAGMAS:
        corpus.db.execute(f"PRAGMA {pragma}")
    _set_fts(corpus, BULK_FTS_SETTINGS)
    yield
    _set_fts(corpus, DEFAULT_FTS_SETTINGS)


def _merge_fts(corpus: Corpus) -> None:
    """Merge the bigram index's segments into one when there are many (FTS_MAX_SEGMENTS)."""
    segments = corpus.db.execute(f"SELECT count(DISTINCT segid) FROM {FTS_TABLE}_idx").fetchone()
    if segments[0] > FTS_MAX_SEGMENTS:
        corpus.db.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')")


def _set_fts(corpus: Corpus, settings: dict[str, int]) -> None:
    for name, value in settings.items():
        corpus.db.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES (?, ?)",
                          [name, value])


def _count(stats: RebuildStats, cleaned: Cleaned, document_id: int | None) -> None:
    if document_id is not None:
        stats.documents += 1
    else:
        stats.skipped += 1
        stats.timed_out += cleaned.timed_out is not None
        stats.unreadable += cleaned.document is None and cleaned.timed_out is None


def _progress_bar(results: Iterable[Prepared], total: int,
                  progress: bool) -> Iterable[Prepared]:
    shown = progress and sys.stderr.isatty()
    return tqdm(results, total=total, unit="article", desc="rebuild", disable=not shown)


def _open_archive(path: str | Path) -> Archive:
    if not Path(path).is_file():
        raise ArchiveError(f"no archive at {path}")
    return Archive(path)


def _previous_portals(target: Path) -> list[dict]:
    """The previous corpus's portal rows, in the columns of today's schema (a corpus written
    before the one writer may hold more, e.g. the TOML file's path)."""
    if not target.is_file():
        return []
    with Corpus(":memory:") as fresh:
        columns = list(fresh.db.table("portals").columns_dict)
    try:
        with closing(sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            conn.row_factory = sqlite3.Row
            rows = [dict(row) for row in conn.execute("SELECT * FROM portals")]
    except sqlite3.DatabaseError:
        return []   # no usable previous corpus: nothing to keep
    return [{key: row[key] for key in columns if key in row} for row in rows]
