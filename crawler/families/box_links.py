"""Other publishers' report columns a column page points to by a box's title.

A district's column may carry a side box titled with the report's own name for its
departments (部门法治政府建设年度报告) whose link leads to an index of department sub-sites
(部门信息公开 >>); each department that publishes the report has its own 法治政府建设年度报告
column, linked from its home's menu. A researcher wants those reports too, each stored with
its own publisher (cleaning reads it from the page).

The follow is bounded: only on a start page; only a box whose heading names the column whole
(discover's score 100) with a word for other publishers (BOX_QUALIFIERS); its links on the
government's hosts (at most MAX_BOX_LINKS), each read as a listing of the column; on such an
index, the sub-site homes under its folder (or on another host of the government, named like
an office), at most MAX_SUBSITES; on a home, only a link naming the column whole, a listing
of its own whose reports count for the column (`Ledger.more_link`).

The safety net: each box link and each sub-site home is a page the ledger counts
(`Ledger.next_link`): never read (a 404, the crawl stopped) the column is
`listing_incomplete`, never a quiet `ok`. A link past a cap is counted the same way and not
asked: the crawl ends `listing_incomplete` naming each link it left, never short in silence.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from parsel import Selector
from scrapy.http import Response, TextResponse

from crawler.families.column_links import PAGE_LINK_SCORE, ColumnLinkSpider, names_column
from crawler.families.completeness import page_key
from crawler.families.links import absolute_url, link_text, response_base
from crawler.families.pagers import LISTING_ROOT

# --- data -----------------------------------------------------------------------------------------
# A box heading naming the column for publishers other than the page's own government.
BOX_QUALIFIERS = ("部门", "各单位", "区直", "县直", "市直", "乡镇", "街道", "委办局")
# What heads a box: a heading element, or an element whose class says title.
BOX_HEADING_XPATH = ("//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6"
                     " or contains(@class, 'tit')]")
# Links of one box followed: a box may list each department's column itself (a county has
# ~30 offices, each a report a researcher wants); past the cap each left link is named.
MAX_BOX_LINKS = 30
MAX_SUBSITES = 60      # sub-site homes of one index asked for their menu; past it, named
# A sub-site on another host of the government is named like an office (区司法局, 区发改委 …).
OFFICE_SUFFIXES = ("局", "委", "办", "院", "中心", "委员会", "所", "队")
BOX_INDEX = "fazhi_box_index"     # request meta: the box's title (an index of other columns)
SUBSITE_HOME = "fazhi_subsite_home"   # request meta: a sub-site home, read for its menu


def box_links(selector: Selector, base: str) -> list[tuple[str, str]]:
    """(title, URL) of each link in a box headed by the column's name for other publishers
    (部门法治政府建设年度报告) — the box is the heading's parent, or its grandparent when the
    parent holds no link — and of each link itself so named."""
    found: list[tuple[str, str]] = []
    for heading in selector.xpath(BOX_HEADING_XPATH):
        title = link_text(heading)
        if not (any(word in title for word in BOX_QUALIFIERS)
                and names_column(base, title, PAGE_LINK_SCORE)):
            continue
        box = heading.xpath("..")
        if not box.css("a[href]"):
            box = box.xpath("..")
        for link in box.css("a[href]"):   # every link: the spider caps them, aloud
            url = absolute_url(base, link.attrib.get("href"))
            if url and url.startswith("http"):
                found.append((title, url))
    for link in selector.css("a[href]"):   # a link itself so named (部门法治政府建设年度报告)
        title, url = link_text(link), absolute_url(base, link.attrib.get("href"))
        if (url and url.startswith("http") and any(word in title for word in BOX_QUALIFIERS)
                and names_column(url, title, PAGE_LINK_SCORE)):
            found.append((title, url))
    return list(dict.fromkeys(found))


def folder(url: str) -> str:
    """The folder of a URL's path (`/bmxxgk/index.html` → `/bmxxgk/`)."""
    path = urlsplit(url).path or "/"
    return path if path.endswith("/") else posixpath.dirname(path).rstrip("/") + "/"


def under_index(url: str, index: str) -> bool:
    """`url` sits on the index's host in a folder below the index's own."""
    here, there = urlsplit(index), urlsplit(url)
    return (here.hostname == there.hostname and folder(url) != folder(index)
            and folder(url).startswith(folder(index)))


class BoxLinkSpider(ColumnLinkSpider):
    _seen_articles: set[str]   # items of the crawl's listings asked for (base.FamilySpider)

    def box_requests(self, response: TextResponse) -> Iterator[scrapy.Request]:
        """Other publishers' columns: a start page's box links, an index's sub-site homes."""
        yield from self.box_link_requests(response)
        yield from self.subsite_requests(response)

    def box_link_requests(self, response: TextResponse) -> Iterator[scrapy.Request]:
        """A start page's box links to other publishers' columns, each read as a listing of
        this column's and counted by the ledger."""
        if not self.is_start_page(response):
            return
        root, made = self.listing_root(response), 0
        for title, url in box_links(response.selector, response_base(response)):
            # the page's own items (a column itself headed for departments): items, asked
            # for already; read as listings too they would be dropped as duplicates, unread
            if (url == response.url or url in self._seen_articles
                    or not self.article_allowed(url)):
                continue
            if made >= MAX_BOX_LINKS:   # left: said unread at the close
                self.ledger.next_link(root, response.url, url,
                                      f"box {title!r} link past the {MAX_BOX_LINKS}-link cap")
                continue
            request = self.listing_request(url, meta={
                LISTING_ROOT: root, BOX_INDEX: title, "allow_offsite": not self.allowed(url)})
            if self.first_listing_request(request):
                made += 1
                self.ledger.next_link(root, response.url, url, f"box {title!r} link")
                yield request

    def subsite_requests(self, response: TextResponse) -> Iterator[scrapy.Request]:
        """On a box's index: the sub-site homes it links (bounded), each asked for its menu."""
        if not response.meta.get(BOX_INDEX):
            return
        root, made = self.listing_root(response), 0
        for url in self.subsite_homes(response):
            if made >= MAX_SUBSITES:   # left: said unread at the close
                self.ledger.next_link(root, response.url, url,
                                      f"sub-site link past the {MAX_SUBSITES}-home cap")
                continue
            request = scrapy.Request(url, callback=self.parse_subsite_home, meta={
                LISTING_ROOT: root, SUBSITE_HOME: True, "fazhi_role": "other",
                "allow_offsite": not self.allowed(url)})
            if self.first_listing_request(request):
                made += 1
                self.ledger.next_link(root, response.url, url, "sub-site link")
                yield request

    def subsite_homes(self, response: TextResponse) -> Iterable[str]:
        """Links to sub-site homes, but for the page's own items: a box link may lead to a
        department's column itself, whose reports sit in folders below it (each asked for as
        an item already, never read as a home: it would stand unread in the ledger)."""
        base = response_base(response)
        for link in response.css("a[href]"):
            url = absolute_url(base, link.attrib.get("href"))
            if not url or url in self._seen_articles or not self.article_allowed(url):
                continue
            other_host = urlsplit(url).hostname != urlsplit(response.url).hostname
            if under_index(url, response.url) or (
                    other_host and link_text(link).endswith(OFFICE_SUFFIXES)):
                yield url

    def parse_subsite_home(self, response: Response) -> Iterator[Any]:
        """A sub-site's home: its link naming the column whole, a listing of its own."""
        asked = response.request.url if response.request else response.url
        self.ledger.page_read(response.meta[LISTING_ROOT], page_key(asked, b""), [])
        if not isinstance(response, TextResponse):
            return
        base = response_base(response)
        for link in response.css("a[href]"):
            url = absolute_url(base, link.attrib.get("href"))
            if (url and url not in getattr(self, "start_urls", ())
                    and names_column(url, link_text(link), PAGE_LINK_SCORE)):
                yield from self.named_listing(response, url)
