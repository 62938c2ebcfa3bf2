"""The state of one report article while its pages and attachments are fetched, and the small
rules the chain of requests uses."""

from __future__ import annotations

from dataclasses import dataclass, field

from scrapy.http import Response

from crawler.families.links import ListingEntry


@dataclass
class ArticleFetch:
    """The state of one report article while its pages and attachments are fetched."""

    entry: ListingEntry
    report_year: int | None
    page_urls: list[str] = field(default_factory=list)
    pending_pages: list[str] = field(default_factory=list)
    attachment_urls: list[str] = field(default_factory=list)
    pending_attachments: list[str] = field(default_factory=list)
    # Some part came in full (not 304 / archived): worth an item. An article whose every part
    # was unchanged yields none (a recrawl of an unchanged portal yields no item).
    downloaded: bool = False


# The fetch kinds a page can be read from: `not_modified` arrives with the archived body.
READABLE_KINDS = ("ok", "not_modified")
SKIPPED_ITEMS_KEPT = 200   # listing items skipped that a crawl summary names one by one


def looks_like_report(title: str) -> bool:
    """A link whose text is a report's title, with its year, is followed whatever its URL
    looks like (a column's own name, 法治政府建设年度报告, has no year: a listing link)."""
    from cleaning.report import classify_title  # the cleaning stage owns what a report is

    verdict = classify_title(title)
    return verdict.is_report and verdict.report_year is not None


def requested_url(response: Response) -> str:
    """The URL the spider asked for, before any redirect."""
    return (response.meta.get("redirect_urls") or [response.request.url])[0]

