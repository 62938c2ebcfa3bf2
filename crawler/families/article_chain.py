"""The article chain of a family spider, as a mixin of `base.FamilySpider`: which listed
entries are reports worth fetching (`follow_entry`), then each report article fetched one request
after the other (page 1, the further pages of a split article, then its attachments) until one
`ReportItem` is yielded when all are in. The listing side (`parse_listing` and its mixins) hands
each entry to `follow_entry`; the article knobs (`attachment_*`) are FamilySpider's class
attributes, a registry `[overrides]` table may replace them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any, ClassVar

import scrapy
from scrapy.http import Response, TextResponse

from crawler.families.chain import (
    READABLE_KINDS,
    ArticleFetch,
    confirm_unsure_title,
    might_be_report,
    report_like_title,
    requested_url,
    skip_entry,
)
from crawler.families.links import ListingEntry, attachment_links
from crawler.families.shell_pages import ShellSpider
from crawler.items import ReportItem
from crawler.middlewares import ArchivedUnchanged
from crawler.viewer_pages import blank_page, embedded_files

logger = logging.getLogger(__name__)


class ArticleChainSpider(ShellSpider):
    # Set by base.FamilySpider (its class attributes, __init__ and _set_crawler).
    attachment_scope_css: ClassVar[str]
    attachment_extensions: ClassVar[tuple[str, ...]]
    attachment_block_css: ClassVar[str]
    since: int | None
    report_years: set[int]
    _seen_articles: set[str]
    attachment_maxsize: int

    def decoded(self, response: Response) -> Response:
        raise NotImplementedError

    # -- choosing reports -------------------------------------------------------------------

    def follow_entry(self, entry: ListingEntry, *, root: str = "") -> Iterator[scrapy.Request]:
        if entry.url in self._seen_articles:
            return
        self._seen_articles.add(entry.url)
        if self.is_listing_page(entry.url, entry.listing_url):   # the column's own link
            self.skip(entry, "listing_page")
            return
        from cleaning.report import classify_title  # the cleaning stage owns what a report is

        verdict = classify_title(entry.title)
        unsure = not verdict.is_report and might_be_report(entry.title)
        if not (verdict.is_report or unsure):
            self.skip(entry, verdict.reason or "not_report")
            return
        if not self.article_allowed(entry.url):   # another government's host: said, not fetched
            self.skip(entry, "offsite")
            return
        if self.since and verdict.report_year and verdict.report_year < self.since:
            self.ledger.report_before_since(root or entry.listing_url or entry.url)
            self.skip(entry, "before_since")
            return
        self.ledger.report_listed(root or entry.listing_url or entry.url, entry.url, entry.title)
        self.crawler.stats.inc_value("fazhi/reports_listed")
        if verdict.is_report and verdict.report_year:
            self.report_years.add(verdict.report_year)
        fetch = ArticleFetch(entry=entry, report_year=verdict.report_year, title_unsure=unsure)
        yield self.chain_request(entry.url, fetch, role="article", page_no=1,
                                 callback=self.parse_article, dont_filter=False)

    def skip(self, entry: ListingEntry, reason: str) -> None:
        skip_entry(self.crawler.stats, entry, reason)

    # -- articles: page 1, further pages, attachments, then the item -------------------------

    def chain_request(self, url: str, fetch: ArticleFetch, *, role: str, page_no: int,
                      callback: Any, dont_filter: bool = True) -> scrapy.Request:
        # dont_filter: a chain must not stall on the dupe filter (an attachment shared by two
        # articles). OffsiteMiddleware lets it pass: `article_allowed` is checked before.
        meta = {"allow_offsite": True, "fazhi_role": role, "fazhi_article_url": fetch.entry.url,
                "fazhi_page_no": page_no, "fazhi_title": fetch.entry.title,
                "fazhi_listing_date": fetch.entry.published,
                "fazhi_listing_url": fetch.entry.listing_url}
        if role == "attachment":
            meta["download_maxsize"] = self.attachment_maxsize
        return scrapy.Request(url, callback=callback, errback=self.chain_failed, meta=meta,
                              cb_kwargs={"fetch": fetch}, dont_filter=dont_filter)

    def parse_article(self, response: Response, fetch: ArticleFetch) -> Iterator[Any]:
        if response.meta.get("fazhi_kind", "ok") not in READABLE_KINDS:
            # A 200 that is really an anti-bot challenge: archived as blocked, nothing to clean.
            logger.warning("Article blocked (%s): %s", response.meta["fazhi_kind"], response.url)
            self.ledger.report_failed(fetch.entry.url, response.meta["fazhi_kind"],
                                      response.meta.get("fazhi_error"), at=response.url)
            return
        self.ledger.report_fetched(fetch.entry.url)
        if fetch.title_unsure:
            if not confirm_unsure_title(self.decoded(response), fetch):
                self.skip(fetch.entry, "page_title_not_report")
                refused = report_like_title(self.decoded(response), fetch.entry.title)
                if refused:   # a report's look all the same: loud, never a quiet skip
                    self.ledger.report_refused(fetch.entry.url, refused)
                return
            if fetch.report_year:
                self.report_years.add(fetch.report_year)
        self.note_part(response, fetch)
        fetch.page_urls.append(requested_url(response))
        response = self.decoded(response)
        if isinstance(response, TextResponse):
            fetch.pending_pages = [u for u in self.article_page_urls(response)
                                   if u not in fetch.page_urls and self.article_allowed(u)]
            self.note_shell_article(response, fetch)   # a script-built page: its detail API?
            self.collect_attachments(response, fetch)
            fetch.blank_page = blank_page(response)
        yield from self.next_step(fetch)

    def parse_article_page(self, response: Response, fetch: ArticleFetch) -> Iterator[Any]:
        if response.meta.get("fazhi_kind", "ok") not in READABLE_KINDS:
            logger.warning("Page %s of %s blocked", response.url, fetch.entry.url)
            yield from self.next_step(fetch)
            return
        self.note_part(response, fetch)
        fetch.page_urls.append(requested_url(response))
        response = self.decoded(response)
        if isinstance(response, TextResponse):
            self.collect_attachments(response, fetch)
        yield from self.next_step(fetch)

    def parse_attachment(self, response: Response, fetch: ArticleFetch) -> Iterator[Any]:
        self.note_part(response, fetch)
        fetch.attachment_urls.append(requested_url(response))
        yield from self.next_step(fetch)

    def note_part(self, response: Response, fetch: ArticleFetch) -> None:
        if not response.meta.get("fazhi_unchanged"):
            fetch.downloaded = True

    def chain_failed(self, failure: Any) -> Iterator[Any]:
        request = failure.request
        fetch: ArticleFetch = request.cb_kwargs["fetch"]
        role = request.meta.get("fazhi_role")
        status = getattr(getattr(failure.value, "response", None), "status", None)
        if role == "article":
            # Archived without validators (not fetched again) or failed: the archive has the
            # reason. (A 304 arrives in parse_article with the archived page.)
            if isinstance(failure.value, ArchivedUnchanged):
                self.ledger.report_fetched(fetch.entry.url)
            else:
                self.ledger.report_failed(fetch.entry.url,
                                          request.meta.get("fazhi_kind", "error"),
                                          request.meta.get("fazhi_error")
                                          or failure.getErrorMessage(), at=request.url)
            logger.info("Article not collected (%s): %s", failure.getErrorMessage(), request.url)
            return
        if status == 304 or isinstance(failure.value, ArchivedUnchanged):
            # Unchanged and archived (no validators to revalidate): still part of the article.
            (fetch.page_urls if role == "article_page" else fetch.attachment_urls).append(
                request.url)
        else:
            logger.warning("%s of %s failed: %s", role, fetch.entry.url,
                           failure.getErrorMessage())
        yield from self.next_step(fetch)

    def next_step(self, fetch: ArticleFetch) -> Iterator[Any]:
        if (scripts := self.shell_article_step(fetch)) is not None:
            yield from scripts   # none: waiting for another article's request of the script
        elif fetch.pending_pages:
            url = fetch.pending_pages.pop(0)
            yield self.chain_request(url, fetch, role="article_page",
                                     page_no=len(fetch.page_urls) + 1,
                                     callback=self.parse_article_page)
        elif fetch.pending_attachments:
            url = fetch.pending_attachments.pop(0)
            yield self.chain_request(url, fetch, role="attachment", page_no=1,
                                     callback=self.parse_attachment)
        elif fetch.page_urls and fetch.downloaded:
            if fetch.blank_page and len(fetch.page_urls) == 1 and not fetch.attachment_urls:
                self.ledger.report_empty(fetch.entry.url)   # nothing to store: said so
            yield self.report_item(fetch)

    def report_item(self, fetch: ArticleFetch) -> ReportItem:
        return ReportItem(
            portal=self.name, url=fetch.entry.url, title=fetch.entry.title,
            report_year=fetch.report_year, page_urls=list(fetch.page_urls),
            attachment_urls=list(fetch.attachment_urls), published=fetch.entry.published,
        )

    def collect_attachments(self, response: TextResponse, fetch: ArticleFetch) -> None:
        if response.selector.type == "json":   # a detail API's answer: no links to select
            return
        known = set(fetch.attachment_urls) | set(fetch.pending_attachments)
        fetch.pending_attachments += [
            url for url in dict.fromkeys([*attachment_links(
                response, self.attachment_scope_css, self.attachment_block_css,
                self.attachment_extensions),   # then framed files, a viewer's own ?file=
                *embedded_files(response, self.attachment_extensions)])
            if url not in known and self.article_allowed(url)]
