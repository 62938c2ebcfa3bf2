"""What a portal spider yields: one report article, after all its pages and attachments."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ReportItem:
    portal: str                         # registry slug
    url: str                            # the article URL as requested from the listing
    title: str                          # link text from the listing
    report_year: int | None = None      # from the title (cleaning.report.classify_title)
    page_urls: list[str] = field(default_factory=list)        # page 1, then t…_1, t…_2 …
    attachment_urls: list[str] = field(default_factory=list)  # fetched attachments
    published: str | None = None        # YYYY-MM-DD from the listing, when shown
