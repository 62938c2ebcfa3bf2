"""The state of one report article while its pages and attachments are fetched, and the small
rules the chain of requests uses."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from scrapy.http import Response, TextResponse

from crawler.families.links import ListingEntry, is_file_link

logger = logging.getLogger(__name__)


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
    # The listing cut the title short (…): the page's own title decides (`page_titles`).
    title_unsure: bool = False
    # A script-built page 1 with no <noscript> copy: its text until its script files are read
    # for its detail API (crawler/families/shell_pages.py), and those files still to read.
    shell_text: str | None = None
    pending_scripts: list[str] = field(default_factory=list)
    # Page 1 held no text at all (crawler/viewer_pages.py): with no further page or file, the
    # report is stored as nothing, and the crawl says so.
    blank_page: bool = False


# The fetch kinds a page can be read from: `not_modified` arrives with the archived body.
READABLE_KINDS = ("ok", "not_modified")
SKIPPED_ITEMS_KEPT = 200   # listing items skipped that a crawl summary names one by one


def looks_like_report(title: str) -> bool:
    """A link whose text is a report's title, with its year, is followed whatever its URL
    looks like (a column's own name, 法治政府建设年度报告, has no year: a listing link)."""
    from cleaning.report import is_report_title  # the cleaning stage owns what a report is

    return is_report_title(title)


# A listing title cut short ("…关于2023年度法治政府建...") that may be a report's: it names one
# of these words and a year, and no word of a non-report (解读, 召开, 信息公开工作年度报告 …).
UNSURE_TITLE_WORDS = ("法治", "依法行政")
PAGE_TITLE_XPATHS = ('//meta[@name="ArticleTitle"]/@content', "//h1//text()",
                     "//title//text()")


def might_be_report(title: str) -> bool:
    """A link text that a report's title could be, cut short where a report's title could
    begin so (a listing with no title attribute cuts long titles). Its page is fetched and its
    own title decides; a whole title is cleaning's to judge (`looks_like_report`)."""
    from cleaning.listing import is_truncated
    from cleaning.report import classify_title, has_negative_words

    if not any(word in title for word in UNSURE_TITLE_WORDS):
        return False   # most links (navigation, news): no word of a report, no more work
    return (is_truncated(title) and classify_title(title).report_year is not None
            and not has_negative_words(title))


def report_like_title(response: Response, listing_title: str) -> str | None:
    """The first of the page's own titles (or else the listing's) that cleaning's title rule
    takes for a report's, with or without a year: a page the crawl refused (no report title
    with a year) must not be skipped quietly then."""
    from cleaning.report import is_report_title

    texts = response.xpath(" | ".join(PAGE_TITLE_XPATHS)).getall() if isinstance(
        response, TextResponse) else []
    return next((" ".join(text.split()) for text in [*texts, listing_title]
                 if is_report_title(text, needs_year=False)), None)


def page_report_title(response: Response) -> tuple[str, int] | None:
    """(title, report year) of the first of the page's own titles (ArticleTitle meta, h1,
    <title>) that is a report's with its year, or None."""
    from cleaning.report import classify_title, is_report_title

    if not isinstance(response, TextResponse):
        return None
    for xpath in PAGE_TITLE_XPATHS:
        for text in response.xpath(xpath).getall():
            title = " ".join(text.split())
            if title and is_report_title(title) and (year := classify_title(title).report_year):
                return title, year
    return None


def requested_url(response: Response) -> str:
    """The URL the spider asked for, before any redirect."""
    asked = response.request.url if response.request else response.url
    return (response.meta.get("redirect_urls") or [asked])[0]



def confirm_unsure_title(response: Response, fetch: ArticleFetch) -> bool:
    """A cut listing title: the page's own title says whether it is a report, and gives the
    article its whole title and year. A file has no page title: cleaning decides from its text
    and the listing hint."""
    if is_file_link(fetch.entry.url) or not isinstance(response, TextResponse):
        return True
    found = page_report_title(response)
    if found is None:
        return False
    fetch.entry.title, fetch.report_year = found
    return True


def skip_entry(stats: Any, entry: ListingEntry, reason: str) -> None:
    """Count a listing item that is not followed, and keep it for `fazhi check-portal` (which
    item, why); capped, the counts are not."""
    stats.inc_value(f"fazhi/skipped/{reason}")
    kept = stats.get_value("fazhi/skipped_items") or []
    if len(kept) < SKIPPED_ITEMS_KEPT:
        kept.append({"reason": reason, "title": entry.title, "url": entry.url})
        stats.set_value("fazhi/skipped_items", kept)
    logger.info("Skipped listing item (%s): %s <%s>", reason, entry.title, entry.url)
