"""The common base of all CMS-family spiders.

A family spider walks a portal's listing (family-specific: `listing_entries`,
`next_listing_requests`), keeps the entries whose title is a 法治政府建设年度报告
(`cleaning.report.classify_title`), and fetches each report article: page 1, the further pages of
a split article (`article_page_urls`), then its attachments, one request after the other, and
yields one `ReportItem` when all are in. Every response is archived by the downloader
middlewares, so the spider only decides what to fetch. The article chain (from `follow_entry` on)
is the `ArticleChainSpider` mixin, crawler/families/article_chain.py.

Class attributes are the knobs a registry `[overrides]` table may replace.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

import scrapy
from scrapy.http import Response, TextResponse

from crawler.families.api_listings import PAGE_REQUEST, is_json_answer
from crawler.families.article_chain import ArticleChainSpider
from crawler.families.box_links import BoxLinkSpider
from crawler.families.completeness import Ledger, page_key, record_problems
from crawler.families.config_shells import ConfigShellSpider
from crawler.families.entries import EntrySpider
from crawler.families.epoint_lists import JsonFieldListSpider
from crawler.families.links import ATTACHMENT_EXTENSIONS
from crawler.families.more_rows import LoadMoreSpider
from crawler.families.pagers import LISTING_ROOT
from crawler.families.postbacks import PostbackSpider
from crawler.families.search_forms import SearchFormSpider
from crawler.families.tab_requests import TabRequestSpider
from crawler.families.year_queries import YearQuerySpider
from crawler.feeds import feed_listing, feed_next_links
from crawler.middlewares import ArchivedUnchanged
from crawler.unread_answers import unread_rows
from crawler.written_rows import written_page
from settings.families import family_named
from settings.registry import Portal


class FamilySpider(ArticleChainSpider, LoadMoreSpider, PostbackSpider, BoxLinkSpider,
                   SearchFormSpider, TabRequestSpider, YearQuerySpider, ConfigShellSpider,
                   JsonFieldListSpider, EntrySpider):
    family: ClassVar[str] = ""
    portal: ClassVar[Portal | None] = None

    # Listing knobs: listing_link_css, article_url_pattern, title_filter (listing items:
    # crawler/families/entries.py; pagers: crawler/families/pagers.py). A family spider (a
    # subclass setting `family`) takes article_url_pattern, attachment_scope_css and its pagers
    # from its entry in settings/families.py.
    encoding: ClassVar[str | None] = None       # force a page encoding (wrong headers/meta)
    # Article knobs.
    attachment_scope_css: ClassVar[str] = "body"
    attachment_extensions: ClassVar[tuple[str, ...]] = ATTACHMENT_EXTENSIONS
    attachment_block_css: ClassVar[str] = (
        "[class*='fj'], [id*='fj'], [class*='attach'], [id*='attach'], [class*='fujian'],"
        " [class*='appendix'], [class*='download']"
    )

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "family" in cls.__dict__:   # a family spider, not a portal's subclass of one
            facts = family_named(cls.family)
            cls.article_url_pattern = facts.article_url_pattern
            cls.attachment_scope_css = facts.attachment_scope_css
            cls.listing_pagers = facts.listing_pagers
            cls.article_pagers = facts.article_pagers

    def __init__(self, *args: Any, since: str | int | None = None,
                 refresh: str | bool | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.since = int(since) if since not in (None, "") else None
        self.refresh = str(refresh).lower() in ("1", "true", "yes") if refresh else False
        self.report_years: set[int] = set()
        self._seen_articles: set[str] = set()
        self.ledger = Ledger()

    def _set_crawler(self, crawler: Any) -> None:
        super()._set_crawler(crawler)
        self.refresh = self.refresh or crawler.settings.getbool("FAZHI_REFRESH")
        self.attachment_maxsize = crawler.settings.getint("FAZHI_ATTACHMENT_MAXSIZE")

    # -- listings ---------------------------------------------------------------------------

    async def start(self) -> Any:
        for request in self.start_requests():
            yield request

    def start_requests(self) -> Iterator[scrapy.Request]:
        for url in self.start_urls:
            for request in self.listing_requests(url):
                self.first_listing_request(request)   # remembered: never asked for again
                yield request

    def listing_requests(self, start_url: str) -> Iterable[scrapy.Request]:
        """The first listing request(s) for a start URL (and the listing API the portal
        entry names)."""
        # allow_offsite: a start URL is the portal's own; a redirect of it may reach another
        # host of its government (a column moved to xxgk.<domain>), never another's (the
        # OffsiteRedirectMiddleware's same_government rule, as for an article's redirect).
        yield self.listing_request(start_url, dont_filter=True, meta={"allow_offsite": True})
        yield from self.named_api_requests(start_url)

    def listing_request(self, url: str, **kwargs: Any) -> scrapy.Request:
        meta = {"fazhi_role": "listing", **kwargs.pop("meta", {})}
        cls = kwargs.pop("request_cls", scrapy.Request)
        kwargs.setdefault("errback", self.listing_failed)
        return cls(url, callback=self.parse_listing, meta=meta, **kwargs)

    def listing_failed(self, failure: Any) -> None:
        """A listing page whose answer could not be read (retries spent): a lost page, said
        at the close unless read after all (the archive holds the fetch and its kind)."""
        request = failure.request
        if isinstance(failure.value, ArchivedUnchanged):
            return
        self.ledger.page_failed(request.meta.get(LISTING_ROOT) or request.url,
                                page_key(request.url, request.body),
                                request.meta.get("fazhi_kind", "error"),
                                request.meta.get("fazhi_error") or failure.getErrorMessage(),
                                getattr(getattr(failure.value, "response", None), "status", None))

    def parse(self, response: Response, **kwargs: Any) -> Any:
        return self.parse_listing(response)

    def parse_listing(self, response: Response) -> Iterator[Any]:
        if response.meta.get("fazhi_kind") == "blocked":
            # A 200 challenge page still, its retries spent (crawler/js_walls.py): a lost
            # page, said, never read as an empty listing page.
            self.ledger.page_failed(response.meta.get(LISTING_ROOT) or response.url, page_key(
                response.url, response.request.body if response.request else b""), "blocked",
                response.meta.get("fazhi_error") or "a JS challenge page")
            return
        response = self.decoded(response)
        if not isinstance(response, TextResponse):   # a file where a listing was expected
            raise TypeError(f"not a text page, cannot read it as a listing: {response.url}")
        self.crawler.stats.inc_value("fazhi/listing_pages")
        response = self.fragment_answer(response)   # rows as HTML inside a JSON answer
        response = written_page(response)   # rows an inline document.write writes
        root = self.listing_root(response)
        json_answer = is_json_answer(response)
        # an RSS/Atom feed or XML data file: its items and a paged feed's next page; no pager,
        # no script
        feed_entries = feed_listing(response.text, response.body, response.url)
        feed = feed_entries is not None
        entries = (feed_entries if feed_entries is not None
                   else self.json_listing_entries(response) if json_answer
                   else self.listing_entries(response))
        body = response.request.body if response.request else b""
        page = page_key(response.url, body)
        self.ledger.page_read(root, page, [entry.url for entry in entries]
                              if json_answer or feed
                              else self.listed_item_urls(response, entries))
        if response.meta.get(PAGE_REQUEST) and not entries and (
                why := unread_rows(response.text, response.body)):
            self.ledger.answer_unread(root, page, why)   # a list API answer not understood
        for entry in entries:
            entry.listing_url = entry.listing_url or response.url
            yield from self.follow_entry(entry, root=root)
        further = ([*self.chained_requests(response, feed_next_links(response.body, response.url)),
                    *self.kept_listing_requests(response, self.xml_listing_requests(
                        response, {entry.url for entry in entries}))]
                   if feed else list(self.next_listing_requests(response)))
        yield from further
        # What the page's script files add; a JSON answer (gkmlpt's API) has none, and parsel
        # refuses XPath on it ("Cannot use xpath on a Selector of type 'json'").
        if not (response.meta.get(PAGE_REQUEST) or feed) and response.selector.type != "json":
            yield from self.script_listing_requests(response, entries=bool(entries),
                                                    further=bool(further))
            yield from self.column_link_requests(response, entries)   # a column by its name
            yield from self.box_requests(response)   # other publishers' columns a box names
            yield from self.load_more_requests(response, entries)   # a 加载更多 control
            yield from self.postback_requests(response)   # an ASP.NET __doPostBack pager
            yield from self.tab_call_requests(response)   # tabs asking the server for rows
            yield from self.json_field_requests(   # a JSON query in one form field
                response, shell=not (entries or further))
            yield from self.year_query_requests(response)   # a year select setting ?year=
            if not (entries or further):   # a page that only sends the browser on
                yield from self.jump_requests(response)
                yield from self.search_form_requests(response)   # a column search form
                yield from self.config_requests(response)   # a shell reading a config first

    def closed(self, reason: str) -> None:
        portal = self.portal
        record_problems(self, expect_empty=bool(portal and portal.expect_empty))

    def decoded(self, response: Response) -> Response:
        if self.encoding and isinstance(response, TextResponse):
            return response.replace(encoding=self.encoding)
        return response
