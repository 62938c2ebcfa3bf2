"""Cleaning: raw portal page bytes → a sectioned, Simplified-Chinese Document. No Scrapy here.

The pipeline (trafilatura, lxml, OpenCC, some 600 regexes) loads on first use, not on import:
importing a light module such as `cleaning.document` runs this file first, and the corpus and
`fazhi search` import it only for the Document type (the pipeline took ~0.45 s to import).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleaning.document import Attachment, Document, Section
    from cleaning.errors import CleaningError
    from cleaning.listing import ListingHint
    from cleaning.pipeline import CLEANING_VERSION

__all__ = ["CLEANING_VERSION", "Attachment", "CleaningError", "Document", "ListingHint",
           "Section", "clean", "load", "stages"]

# Public names defined in submodules, imported when first asked for (PEP 562).
_LAZY = {"CLEANING_VERSION": "cleaning.pipeline", "Attachment": "cleaning.document",
         "Document": "cleaning.document", "Section": "cleaning.document",
         "CleaningError": "cleaning.errors", "ListingHint": "cleaning.listing"}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'cleaning' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


def clean(pages: Sequence[bytes], url: str, content_type: str | None = None, *,
          page_urls: Sequence[str] | None = None,
          attachments: Mapping[str, bytes] | None = None,
          listing: ListingHint | None = None) -> Document:
    """Clean one article: its page bytes in reading order (several for split articles).

    `attachments` maps attachment URLs to their bytes; used when the page body is (almost)
    empty. `listing` is what the listing page said (link text, date): the title of a report
    file with none of its own, a date the page lacks. Raises CleaningError only for input that
    cannot be read at all (empty, binary).
    """
    from cleaning.pipeline import run

    if isinstance(pages, (bytes, bytearray)):
        pages = [bytes(pages)]
    return run(pages, url, content_type, page_urls=page_urls, attachment_bytes=attachments,
               listing=listing)


def load() -> None:
    """Load the pipeline and trafilatura's stoplists now rather than at the first page: a
    process about to fork cleaning workers calls it so that they share one copy (each worker
    loading its own cost ~0.45 s of CPU and its own memory)."""
    from cleaning import pipeline, stoplist  # noqa: F401 - imported for their loading

    stoplist.load()


def stages(pages: Sequence[bytes], url: str, content_type: str | None = None
           ) -> list[tuple[str, str]]:
    """Each stage's output in order, as (name, text): for debugging a new portal."""
    from cleaning.pipeline import Trace, run

    if isinstance(pages, (bytes, bytearray)):
        pages = [bytes(pages)]
    trace = Trace(enabled=True)
    run(pages, url, content_type, trace=trace)
    return trace.stages
