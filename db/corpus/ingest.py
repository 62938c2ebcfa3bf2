"""Clean one archived article into what the corpus writer stores: the pure half of ingest.

The crawl (``crawler.pipelines.CorpusPipeline``), ``update`` and ``rebuild`` all prepare an
article with ``prepare`` (pages → Document, its sections' bigram-index bodies and its
near-duplicate signature; safe in a worker process) and write it with
``db.corpus.writer.CorpusWriter``, so a rebuilt corpus equals the one the crawl produced. Nothing
is dropped silently: a page that is not a report, cannot be read at all, or took longer than its
cleaning time budget becomes a ``skipped`` row with a reason.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from datasketch import LeanMinHash

import cleaning
from cleaning.document import Document
from cleaning.errors import CleaningError
from db.archive.articles import ArchivedArticle
from db.corpus.duplicates import document_signature
from db.corpus.fts import segment_section

PAGE_TIMEOUT_ENV = "FAZHI_CLEANING_TIMEOUT"
DEFAULT_PAGE_TIMEOUT = 30.0          # seconds of cleaning per article; 0 or less: no budget
TIMEOUT_REASON = "cleaning_timeout"  # the skip reason of an article over its budget


class CleaningTimeout(BaseException):
    """An article's cleaning ran over its time budget. A BaseException, like KeyboardInterrupt,
    so that no ``except Exception`` inside the cleaning stage swallows it."""


@dataclass
class Cleaned:
    """The outcome of cleaning one article, with the provenance the corpus records."""

    url: str
    portal: str | None
    title_hint: str | None
    response_id: int
    sha256: str
    revision: str
    fetched_at: str
    document: Document | None = None
    error: str | None = None          # CleaningError: the page could not be read at all
    timed_out: float | None = None    # the budget (seconds) the cleaning ran over


@dataclass
class Prepared:
    """A cleaned article, its sections' bigram-index bodies and its near-duplicate signature."""

    cleaned: Cleaned
    segmented: list[str]
    signature: LeanMinHash | None = None     # None: too short to compare (or not signed)
    signed: bool = False                     # False: link_duplicates signs it from its text
    skip_reason: str | None = None           # why it is not a report (worked out in the worker)
    # From a worker pool (db.corpus.pool): the report's sections as db.corpus.rows.SectionValues,
    # and its document's ``sections`` emptied (the tuples cost the parent far less to unpickle).
    section_values: list[tuple] | None = None


def page_timeout(seconds: float | None = None) -> float:
    """The cleaning budget per article: ``seconds`` if given, else $FAZHI_CLEANING_TIMEOUT,
    else DEFAULT_PAGE_TIMEOUT."""
    if seconds is not None:
        return float(seconds)
    configured = os.environ.get(PAGE_TIMEOUT_ENV, "").strip()
    try:
        return float(configured) if configured else DEFAULT_PAGE_TIMEOUT
    except ValueError:
        raise ValueError(f"{PAGE_TIMEOUT_ENV} must be a number of seconds, "
                         f"not {configured!r}") from None


def current_cleaning_version() -> str:
    return str(getattr(cleaning, "CLEANING_VERSION", ""))


def clean_pages(article: ArchivedArticle) -> Document:
    """The one call into the cleaning stage."""
    return cleaning.clean(article.pages, article.url, article.content_type,
                          page_urls=article.page_urls, attachments=article.attachments,
                          listing=cleaning.ListingHint(article.title_hint, article.listing_date,
                                                       article.listing_url))


def clean_article(article: ArchivedArticle, *, timeout: float | None = None) -> Cleaned:
    """Clean one article within ``timeout`` seconds (default: ``page_timeout()``)."""
    cleaned = Cleaned(url=article.url, portal=article.portal, title_hint=article.title_hint,
                      response_id=article.response_id, sha256=article.sha256,
                      revision=article.revision, fetched_at=article.fetched_at)
    budget = page_timeout(timeout)
    try:
        with time_budget(budget):
            document = clean_pages(article)
    except CleaningError as exc:
        cleaned.error = f"{type(exc).__name__}: {exc}"
        return cleaned
    except CleaningTimeout:
        # Raised on leaving the block too, when the alarm was swallowed and the page ran on:
        # the document it made is over budget all the same, so it is never kept.
        cleaned.timed_out = budget
        return cleaned
    cleaned.document = document
    # Record the version `update` compares against, whatever the Document itself claims.
    cleaned.document.cleaning_version = (current_cleaning_version()
                                         or cleaned.document.cleaning_version)
    return cleaned


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise CleaningTimeout in the block after ``seconds`` (a SIGALRM timer: cheap, and the
    process carries on with the next article). Only the main thread receives signals: elsewhere,
    or with ``seconds <= 0``, there is no budget."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    expired = False

    def expire(signum: int, frame: object) -> None:
        nonlocal expired
        expired = True
        raise CleaningTimeout(seconds)

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except BaseException as exc:
        # The alarm's exception was swallowed (a gc callback, __del__, a C library) and the
        # page then failed some other way: it is still a page over its budget. Not a
        # GeneratorExit: an alarm landing in contextlib's __exit__ leaves this generator
        # suspended, closed later by the gc, where a raise is printed as "Exception ignored".
        if expired and not isinstance(exc, (CleaningTimeout, GeneratorExit)):
            raise CleaningTimeout(seconds) from exc
        raise
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    # Swallowed and the page ran on to the end: over the budget all the same. The clock says
    # so too if the handler never ran at all.
    if expired or time.monotonic() - started > seconds:
        raise CleaningTimeout(seconds)


def prepare(article: ArchivedArticle, *, timeout: float | None = None,
            segment: bool = True) -> Prepared:
    """Clean one article and compute what its rows need besides the Document (``segment``:
    False leaves the bigram-index bodies to the writer: a rebuild segments only the sections
    of documents that are not copies, once linked)."""
    cleaned = clean_article(article, timeout=timeout)
    return prepare_cleaned(cleaned, segment=segment)


def prepare_cleaned(cleaned: Cleaned, *, segment: bool = True) -> Prepared:
    doc = cleaned.document
    if doc is None or not doc.is_report:
        return Prepared(cleaned, [], skip_reason=skip_reason(cleaned))
    segmented = [segment_section(s.heading, s.text) for s in doc.sections] if segment else []
    return Prepared(cleaned, segmented, document_signature(doc.text), signed=True)


def skip_reason(cleaned: Cleaned) -> str:
    if cleaned.timed_out is not None:
        return f"{TIMEOUT_REASON}: over {cleaned.timed_out:g} s"
    if cleaned.document is None:
        return f"unreadable: {cleaned.error}"
    title = cleaned.document.title or cleaned.title_hint
    verdict = _title_verdict(title) if title else None
    return f"not a report: {verdict}" if verdict else "not a report"


def _title_verdict(title: str) -> str | None:
    """Why the title is not a report's (e.g. "interpretation"), when the cleaner can say."""
    from cleaning.report import classify_title

    verdict = classify_title(title)
    # "not_a_report" only repeats the reason's own words ("not a report: not_a_report").
    return None if verdict.is_report or verdict.reason == "not_a_report" else verdict.reason
