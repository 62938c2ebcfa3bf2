"""The pager kinds of the family table (settings/families.py) as spider methods.

A family's `listing_pagers` / `article_pagers` name kinds; each kind is a method here or in the
family's spider module: `<kind>_listing_requests(response)` yields further listing requests,
`<kind>_article_pages(response)` returns the URLs of pages 2.. of a split article.

Whatever the family, every HTML listing page is also read for the paging it declares
(`crawler.paging.read_paging`: script and rendered pagers, iframes, JSON listing APIs), and every
article page for links to its own split pages (`<name>_N.<ext>`): the family's kinds come first,
the generic reading catches what they miss. Declared totals go to the spider's ledger
(crawler/families/completeness.py). The list-API methods (a JSON answer read, a list API call
noted) are crawler/families/api_listings.py's ApiListingSpider, which PagerSpider extends.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable
from typing import Any, ClassVar
from urllib.parse import urlsplit

import scrapy
from scrapy.http import JsonRequest, TextResponse

from crawler.families.api_listings import PAGE_REQUEST, ApiListingSpider, is_json_answer
from crawler.families.completeness import Ledger, page_key
from crawler.families.links import (
    absolute_url,
    create_page_urls,
    response_base,
)
from crawler.families.onclick_rows import RowScan, scan_rows
from crawler.hash_route import routed_text
from crawler.hosts import listed_host, same_government
from crawler.link_next import drawn_pager_paging, next_links
from crawler.paging import (
    REPORT_COLUMN_WORDS,
    MoreLink,
    PageRequest,
    more_links,
    read_paging,
    same_site,
)
from crawler.paging_api import json_body, named_api
from crawler.paging_attrs import attribute_paging
from crawler.paging_jump import form_answer_pages
from crawler.shells import noscript_pages, pointer_pages
from crawler.sub_columns import followed_mores
from crawler.year_tabs import year_tab_links

LISTING_ROOT = "fazhi_listing_root"    # request meta: the start URL a listing page came from
FRAME = "fazhi_frame"                  # request meta: a frame of the listing page that declared it
# request meta: an answer a family pager asked for and reads itself (a jpage POST window)
NO_DECLARED_PAGING = "fazhi_no_declared_paging"


def leads_to_reports(more: MoreLink) -> bool:
    """A 更多 block that lists a report (or an item cut short that may be one) or whose
    heading names the report column (REPORT_COLUMN_WORDS)."""
    from crawler.families.chain import looks_like_report, might_be_report

    return (any(word in more.heading for word in REPORT_COLUMN_WORDS)
            or any(looks_like_report(t) or might_be_report(t) for t in more.titles))


class PagerSpider(ApiListingSpider):
    listing_pagers: ClassVar[tuple[str, ...]] = ("next_links",)
    article_pagers: ClassVar[tuple[str, ...]] = ()
    next_page_texts: ClassVar[tuple[str, ...]] = ("下一页", "下页", "下一頁")

    ledger: Ledger
    allowed_domains: list[str]                  # set from the portal entry (Scrapy reads it)

    def listing_request(self, url: str, **kwargs: Any) -> scrapy.Request:
        raise NotImplementedError

    def allowed(self, url: str) -> bool:
        """On one of the portal's allowed domains (or a subdomain of one): listings. No
        allowed domains (a spider parsing pages offline): anywhere, as for Scrapy."""
        domains = self.allowed_domains
        return not domains or listed_host(urlsplit(url).hostname or "", domains)

    def article_allowed(self, url: str) -> bool:
        """Allowed, or on another host of the same government (crawler/hosts.py): articles."""
        return self.allowed(url) or same_government(url, self.allowed_domains)

    def listing_allowed(self, url: str, page_url: str, *, linked: bool = False) -> bool:
        """Listings stay on the allowed domains, but for the column an allowed page frames or
        links by 更多 (`linked`) on another host of the same government (a 信息公开 platform's
        host), and the pages that column declares on its own host."""
        if self.allowed(url):
            return True
        # `www.x` and `x` are one host: a pager linking page 2 on the bare domain
        return self.article_allowed(url) and (same_site(url, page_url)
                                              or linked and self.allowed(page_url))

    def row_scan(self, response: TextResponse) -> RowScan:
        """The page's script-opened rows, scanned once per listing response: its entries
        (crawler/families/entries.py) and the rows and functions waiting for its script
        files (crawler/families/shell_pages.py) come from the same scan."""
        scans: weakref.WeakKeyDictionary[TextResponse, RowScan] = self.__dict__.setdefault(
            "_row_scans", weakref.WeakKeyDictionary())
        if response not in scans:
            scans[response] = scan_rows(response.selector, response_base(response))
        return scans[response]

    def listing_root(self, response: TextResponse) -> str:
        asked = response.request.url if response.request else response.url
        return response.meta.get(LISTING_ROOT) or asked

    def next_listing_requests(self, response: TextResponse) -> Iterable[scrapy.Request]:
        """The further listing pages: each pager kind the family table names, then whatever
        the page declares (every family); all keep the listing's root."""
        if is_json_answer(response):
            requests = self.json_listing_requests(response)
        else:
            self.note_row_templates(response)   # rows of its list API that carry only an id
            requests = [request for kind in self.listing_pagers
                        for request in getattr(self, f"{kind}_listing_requests")(response)]
            if not response.meta.get(NO_DECLARED_PAGING):
                requests += self.declared_listing_requests(response)
                requests += self.more_listing_requests(response)
                requests += self.year_tab_requests(response)
            requests += self.form_page_requests(response)
        yield from self.kept_listing_requests(response, requests)

    def kept_listing_requests(self, response: TextResponse, requests: Iterable[scrapy.Request]
                              ) -> Iterable[scrapy.Request]:
        """Further pages of `response`'s listing, each asked once, keeping its root; a page on
        another host only when the listing may go there."""
        root = self.listing_root(response)
        for request in requests:
            if not (request.meta.get("allow_offsite") or self.allowed(request.url)):
                # a family pager's page of a column on the government's other host
                if not self.listing_allowed(request.url, response.url):
                    continue
                request.meta["allow_offsite"] = True
            if self.first_listing_request(request):
                request.meta.setdefault(LISTING_ROOT, root)
                yield request

    def first_listing_request(self, request: scrapy.Request) -> bool:
        """Whether no listing request like this one was made before: a page two pagers both
        declare, or page 1 that page 2's pager links back to, is asked for once. (The start
        request is not filtered by Scrapy — dont_filter — so its URL never reaches the dupe
        filter's memory: the pager's link back to it would fetch it again.)"""
        made: set[tuple[str, str, bytes]] = self.__dict__.setdefault("_listing_requests", set())
        key = (request.method, request.url, request.body)
        if key in made:
            return False
        made.add(key)
        self.__dict__.setdefault("_listing_urls", set()).add(request.url)
        return True

    def is_listing_page(self, url: str, listing_url: str | None = None) -> bool:
        """A listing of this crawl (a start URL, a page asked for as a listing, the page the
        item is on): a catalogue node or breadcrumb named like the column, never a report.
        (Followed as one, it made a column whose list went unread look not empty: ok.)"""
        return (url == listing_url or url in getattr(self, "start_urls", ())
                or url in self.__dict__.get("_listing_urls", ()))

    def declared_listing_requests(self, response: TextResponse) -> list[scrapy.Request]:
        paging = read_paging(routed_text(response), response.url).add(
            drawn_pager_paging(response.selector))   # a script-drawn pager's totals
        root = self.listing_root(response)
        self.ledger.declare(root, pages=paging.declared_pages, records=paging.declared_records)
        requests = [self.page_request(page) for page in paging.next_requests
                    if self.listing_allowed(page.url, response.url, linked=page.frame)]
        self.note_api_calls(response, requests)
        return requests + self.chained_requests(response,
                                                next_links(response.selector, response.url))

    def chained_requests(self, response: TextResponse, urls: Iterable[str]
                         ) -> list[scrapy.Request]:
        """The pages a page names as its next (`<link rel="next">`, a paged feed's): kept on
        the portal as the declared pages are (listing_allowed, and page_request's
        allow_offsite for a same-site host of the government), each a link of the ledger's
        chain (unread at the close: listing_incomplete)."""
        root = self.listing_root(response)
        return [self.page_request(PageRequest(url)) for url in urls
                if self.listing_allowed(url, response.url)
                and self.ledger.next_link(root, response.url, url)]

    def called_page_requests(self, response: TextResponse, calls: Iterable[PageRequest],
                             what: str) -> list[scrapy.Request]:
        """The requests a page's script asks (a tab's, a year select's: a POST form or a GET),
        read as pages of this listing, each once; one never answered is a shortfall the
        ledger names as ``what``."""
        root, requests = self.listing_root(response), []
        for call in calls:
            if not self.listing_allowed(call.url, response.url):
                continue
            request = self.page_request(call)
            request.meta[LISTING_ROOT] = root
            if self.first_listing_request(request):
                self.ledger.next_link(root, response.url, page_key(request.url, request.body),
                                      what)
                requests.append(request)
        return requests

    def more_listing_requests(self, response: TextResponse) -> list[scrapy.Request]:
        """The full column behind a 更多 link whose block lists reports or is headed by the
        report column's name (a section page shows a column's newest items): a listing of
        its own, declared in the ledger by this one."""
        requests = []
        title = (" ".join(response.css("title::text").getall())   # a column's sub-columns too
                 if response.selector.type == "html" else "")
        for more in followed_mores(more_links(response.text, response.url), response.url,
                                   title, leads_to_reports):
            if not self.listing_allowed(more.url, response.url, linked=True):
                continue
            self.ledger.more_link(self.listing_root(response), more.url)
            requests.append(self.listing_request(more.url, meta={
                LISTING_ROOT: more.url, "allow_offsite": not self.allowed(more.url)}))
        return requests

    def year_tab_requests(self, response: TextResponse) -> list[scrapy.Request]:
        """The column's year sub-columns (crawler/year_tabs.py): listings of their own,
        declared by this one as its 更多 links are (an unread tab is a shortfall)."""
        requests = []
        for url in year_tab_links(response.text, response.url):
            self.ledger.more_link(self.listing_root(response), url)
            requests.append(self.listing_request(url, meta={LISTING_ROOT: url}))
        return requests

    def named_api_requests(self, start_url: str) -> list[scrapy.Request]:
        """Page 1 of the listing API the portal entry names, counted with `start_url`."""
        if not self.listing_api:
            return []
        request = self.page_request(named_api(self.listing_api, self.listing_api_form,
                                              start_url))
        request.meta[LISTING_ROOT] = start_url
        return [request]

    def form_page_requests(self, response: TextResponse) -> list[scrapy.Request]:
        """Pages 2.. of a listing form's HTML answer (a POST window a script asked for), in
        the form's page field (crawler/paging_jump.py)."""
        page = response.meta.get(PAGE_REQUEST)
        if page is None:
            return []
        pages = form_answer_pages(page, response.selector, response.url)
        declared = attribute_paging(response.selector, page)   # a jpaas fragment's pager
        self.ledger.declare(self.listing_root(response), pages=declared.declared_pages,
                            records=declared.declared_records)
        return [self.page_request(further) for further in [*pages, *declared.next_requests]]

    def page_request(self, page: PageRequest) -> scrapy.Request:
        """A declared page as a listing request (a POST form for POST windows and APIs); an
        API or form page keeps its PageRequest, which asks for its further pages."""
        meta: dict[str, Any] = {"allow_offsite": not self.allowed(page.url)}  # checked before
        if page.answer == "json" or page.page_field:
            meta[PAGE_REQUEST] = page
        if page.frame:
            meta[FRAME] = True
        if page.json:   # a list API taking a JSON body (crawler/json_body.py)
            return self.listing_request(page.url, request_cls=JsonRequest,
                                        data=json_body(page), meta=meta)
        if page.method == "POST":
            return self.listing_request(page.url, request_cls=scrapy.FormRequest,
                                        formdata=dict(page.formdata), meta=meta)
        return self.listing_request(page.url, meta=meta)

    def next_links_listing_requests(self, response: TextResponse) -> Iterable[scrapy.Request]:
        """Rendered 下一页 links."""
        base = response_base(response)
        for text in self.next_page_texts:
            for href in response.xpath(f'//a[normalize-space(.)="{text}"]/@href').getall():
                url = absolute_url(base, href)
                if url and url != response.url:
                    yield self.listing_request(url)

    def create_page_html_listing_requests(self, response: TextResponse
                                          ) -> Iterable[scrapy.Request]:
        for url in create_page_urls(response.text, response.url):
            yield self.listing_request(url)

    def article_page_urls(self, response: TextResponse) -> list[str]:
        """Pages 2.. of a split article, from each article pager kind the family table names;
        a shell's `<noscript>` copy, or the article a 信息详情 pointer page frames or links."""
        urls = [url for kind in self.article_pagers
                for url in getattr(self, f"{kind}_article_pages")(response)]
        return list(dict.fromkeys(urls + self.split_page_links(response)
                                  + noscript_pages(response.selector, response.url)
                                  + pointer_pages(response.selector, response.url)))

    def split_page_links(self, response: TextResponse) -> list[str]:
        """Links to this article's own further pages, `<name>_N.<ext>` beside `<name>.<ext>`
        (a rendered 共N页 【第2页】 下一页 pager), in page order."""
        path = urlsplit(response.url).path
        stem, dot, ext = path.rpartition(".")
        if not dot or "/" in ext:
            return []
        own = re.compile(re.escape(stem) + r"_(\d+)\." + re.escape(ext) + "$")
        found: dict[int, str] = {}
        base = response_base(response)
        for href in response.css("a::attr(href)").getall():
            url = absolute_url(base, href)
            match = own.search(urlsplit(url).path) if url else None
            if match and url and urlsplit(url).hostname == urlsplit(response.url).hostname:
                found[int(match.group(1))] = url
        return [found[n] for n in sorted(found)]

    def create_page_html_article_pages(self, response: TextResponse) -> list[str]:
        return create_page_urls(response.text, response.url)

