"""Clean one archived article and write it to the corpus: the only path into the corpus.

The crawl (``crawler.pipelines.CorpusPipeline``), ``update`` and ``rebuild`` all go through
``clean_article`` (pure: pages → Document, safe in a worker process) and ``store_cleaned``
(writes), so a rebuilt corpus equals the one the crawl produced. Nothing is dropped silently:
a page that is not a report, or cannot be read at all, becomes a ``skipped`` row with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass

import cleaning
from cleaning.document import Document
from cleaning.errors import CleaningError
from db.archive.articles import ArchivedArticle
from db.corpus.store import Corpus


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


def current_cleaning_version() -> str:
    return str(getattr(cleaning, "CLEANING_VERSION", ""))


def clean_pages(article: ArchivedArticle) -> Document:
    """The one call into the cleaning stage."""
    return cleaning.clean(article.pages, article.url, article.content_type,
                          page_urls=article.page_urls, attachments=article.attachments)


def clean_article(article: ArchivedArticle) -> Cleaned:
    cleaned = Cleaned(url=article.url, portal=article.portal, title_hint=article.title_hint,
                      response_id=article.response_id, sha256=article.sha256,
                      revision=article.revision, fetched_at=article.fetched_at)
    try:
        cleaned.document = clean_pages(article)
    except CleaningError as exc:
        cleaned.error = f"{type(exc).__name__}: {exc}"
        return cleaned
    # Record the version `update` compares against, whatever the Document itself claims.
    cleaned.document.cleaning_version = (current_cleaning_version()
                                         or cleaned.document.cleaning_version)
    return cleaned


def store_cleaned(corpus: Corpus, cleaned: Cleaned, portal_info: dict | None = None) -> int | None:
    """Write a report as a document, anything else as a skipped page; the document id or None."""
    if portal_info:
        corpus.upsert_portals([portal_info])
    doc = cleaned.document
    provenance = {"url": cleaned.url, "portal": cleaned.portal,
                  "response_id": cleaned.response_id, "sha256": cleaned.sha256,
                  "fetched_at": cleaned.fetched_at, "revision": cleaned.revision}
    if doc is not None and doc.is_report:
        return corpus.upsert_document(doc, **provenance)
    corpus.record_skipped(
        **provenance, title=(doc.title if doc else None) or cleaned.title_hint,
        reason=skip_reason(cleaned),
        cleaning_version=doc.cleaning_version if doc else current_cleaning_version())
    return None


def skip_reason(cleaned: Cleaned) -> str:
    if cleaned.document is None:
        return f"unreadable: {cleaned.error}"
    title = cleaned.document.title or cleaned.title_hint
    verdict = _title_verdict(title) if title else None
    return f"not a report: {verdict}" if verdict else "not a report"


def _title_verdict(title: str) -> str | None:
    """Why the title is not a report's (e.g. "interpretation"), when the cleaner can say."""
    try:
        from cleaning.report import classify_title
    except ImportError:   # older cleaning package without the title classifier
        return None
    verdict = classify_title(title)
    return None if verdict.is_report else verdict.reason


def ingest_article(corpus: Corpus, article: ArchivedArticle,
                   portal_info: dict | None = None) -> int | None:
    """Clean one archived article into the corpus; the document id, None if not a report."""
    return store_cleaned(corpus, clean_article(article), portal_info)
