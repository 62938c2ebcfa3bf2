"""Cleaning archived articles in a pool of worker processes, for ``rebuild`` and ``update``.

Each worker opens the archive itself and reads the bodies, cleans the article
(``db.corpus.ingest.clean_article``) and also does the other per-document work that needs nothing
but
the cleaned text: the sections' bigram-index bodies (``db.corpus.fts.segment_section``, for a
rebuild's
bulk writer) and the near-duplicate signature (``db.corpus.duplicates.document_signature``). The
parent
only writes. With ``workers <= 1`` the same preparation runs in the calling process.

Workers are forked by default (cheap, and they inherit the parent's state). A process that has
threads running — a crawl's, after Scrapy — must not fork: a lock another thread held at the
fork stays locked in the child for ever. It passes ``start_method="forkserver"``: workers fork
from a fresh single-threaded server that imported this module (about a second to start, so a
short list is prepared in the calling process instead).
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from datasketch import LeanMinHash

from db.archive.store import Archive, ArchivedArticle, ArticleRef
from db.corpus.duplicates import document_signature
from db.corpus.fts import segment_section
from db.corpus.ingest import Cleaned, clean_article

CHUNKS_PER_WORKER = 8      # imap chunks: few enough for low overhead, enough to balance load
MAX_CHUNK = 32
# Fewest articles worth starting a pool for, per start method (a forkserver pool starts a fresh
# interpreter and imports the cleaning stage: ~1 s, the cleaning of ~100 articles).
POOL_MIN_ARTICLES = {"fork": 2, "forkserver": 100, "spawn": 100}


@dataclass
class Prepared:
    """A cleaned article, its sections' bigram-index bodies and its near-duplicate signature."""

    cleaned: Cleaned
    segmented: list[str]
    signature: LeanMinHash | None = None     # None: too short to compare (or not signed)
    signed: bool = False                     # False: link_duplicates signs it from its text


def prepare(article: ArchivedArticle, *, segment: bool = True) -> Prepared:
    """Clean one article and compute what its rows need (``segment=False``: no index bodies,
    for a writer that segments itself, like ``Corpus.upsert_document``)."""
    cleaned = clean_article(article)
    doc = cleaned.document
    if doc is None or not doc.is_report:
        return Prepared(cleaned, [])
    segmented = [segment_section(s.heading, s.text) for s in doc.sections] if segment else []
    return Prepared(cleaned, segmented, document_signature(doc.text), signed=True)


@contextmanager
def prepared_articles(archive_path: Path, refs: list[ArticleRef], workers: int, *,
                      segment: bool = True, start_method: str = "fork"
                      ) -> Iterator[Iterable[Prepared]]:
    """Prepared articles in the order of ``refs``: in this process, or in a pool of ``workers``
    (forked here: call it before opening the database the results are written to)."""
    if workers <= 1 or len(refs) < POOL_MIN_ARTICLES[start_method]:
        with Archive(archive_path) as archive:
            yield (prepare(archive.load_article(ref), segment=segment) for ref in refs)
        return
    chunk = max(1, min(MAX_CHUNK, len(refs) // (workers * CHUNKS_PER_WORKER)))
    context = multiprocessing.get_context(start_method)
    if start_method == "forkserver":
        context.set_forkserver_preload([__name__])   # workers fork with cleaning imported
    with context.Pool(workers, initializer=_start_worker,
                      initargs=(str(archive_path), segment)) as pool:
        yield pool.imap(_prepare_in_worker, refs, chunksize=chunk)


_worker_archive: Archive | None = None
_worker_segments = True


def _start_worker(archive_path: str, segment: bool) -> None:
    global _worker_archive, _worker_segments
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the parent's to handle
    _worker_archive, _worker_segments = Archive(archive_path), segment


def _prepare_in_worker(ref: ArticleRef) -> Prepared:
    assert _worker_archive is not None, "worker started without its archive"
    return prepare(_worker_archive.load_article(ref), segment=_worker_segments)
