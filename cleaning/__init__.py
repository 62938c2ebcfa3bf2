"""Cleaning: raw portal page bytes → a sectioned, Simplified-Chinese Document. No Scrapy here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from cleaning.document import Attachment, Document, Section
from cleaning.errors import CleaningError
from cleaning.pipeline import CLEANING_VERSION, Trace, run

__all__ = ["CLEANING_VERSION", "Attachment", "CleaningError", "Document", "Section", "clean",
           "stages"]


def clean(pages: Sequence[bytes], url: str, content_type: str | None = None, *,
          page_urls: Sequence[str] | None = None,
          attachments: Mapping[str, bytes] | None = None) -> Document:
    """Clean one article: its page bytes in reading order (several for split articles).

    `attachments` maps attachment URLs to their bytes; used when the page body is (almost)
    empty. Raises CleaningError only for input that cannot be read at all (empty, binary).
    """
    if isinstance(pages, (bytes, bytearray)):
        pages = [bytes(pages)]
    return run(pages, url, content_type, page_urls=page_urls, attachment_bytes=attachments)


def stages(pages: Sequence[bytes], url: str, content_type: str | None = None
           ) -> list[tuple[str, str]]:
    """Each stage's output in order, as (name, text): for debugging a new portal."""
    if isinstance(pages, (bytes, bytearray)):
        pages = [bytes(pages)]
    trace = Trace(enabled=True)
    run(pages, url, content_type, trace=trace)
    return trace.stages
