"""Listings a page leads to by the report column's name, not by its paging.

- A 信息公开 catalogue whose tree its script fills from a JSON call (`$.getJSON("/xxgk/getTree.do",
  {parentId: "0"}, …)` → zTree's simple-data nodes `{id, pId, name, listUrl}`): a click points the
  page's frame at a node's URL, which no link of the page names. The call is asked for, and the
  node named like the report column (discover's name scores, as for navigation links) is the
  column: its URL a listing.
- A registered page that lists no report but links, by the column's whole name, a listing on a
  host of the same government (a topic page on www.x.gov.cn whose 法治政府建设年度报告 anchor
  leads to the column on sfj.x.gov.cn): that listing.

Either listing is one of its own, declared by the page that led to it (`Ledger.more_link`): left
unread it is a shortfall, and its reports count for that page (not `column_empty`).

- A page with no listing of its own whose script only sends the browser on
  (`window.location.href = "list/index.html"`): that page, a page of the same listing (the
  registered page as a browser shows it). A jump off the portal's site is a named failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse

from crawler.discover import COLUMN_NAME_SCORE, PageLink, avoided, text_score
from crawler.families.api_listings import PAGE_REQUEST
from crawler.families.links import ListingEntry, absolute_url, link_text, response_base
from crawler.families.pagers import FRAME, LISTING_ROOT, PagerSpider
from crawler.hash_route import page_address
from crawler.json_answers import json_text, json_values
from crawler.paging import same_site
from crawler.paging_api import api_calls, api_page
from crawler.paging_form import query_fed_text
from crawler.shells import script_jump

# --- data -----------------------------------------------------------------------------------------
# Words of a page's script or markup that say a tree is drawn from data (zTree, jsTree, …).
TREE_MARKERS = ("ztree", "simpledata", "jstree", "treeview", "gettree", "treedata")
MAX_TREE_CALLS = 2            # a page's inline calls asked for as its tree's data
# A tree node's name and URL keys (zTree nodes carry the list page under a key of the page's).
NODE_NAME_KEYS = ("name", "text", "title", "label", "catalogName", "nodeName")
NODE_URL_KEYS = ("listUrl", "url", "href", "link", "linkUrl", "pageUrl", "path")
# A link on a page names the column only by its whole name (score 100): a bare 法治政府建设
# (90) is the mega-menu entry every page of a portal carries.
PAGE_LINK_SCORE = 100
TREE_ROLE = "fazhi_tree_call"   # request meta: a catalogue tree's data call
JUMPED = "fazhi_jumped"         # request meta: where a page's script jump led (not followed on)
STANDS_FOR_START = "fazhi_stands_for_start"   # request meta: where a start page's jump led


def names_column(url: str, text: str, min_score: int) -> bool:
    """`text` names the report column (not a report itself, no other annual report's column:
    年报, 指南 …)."""
    from cleaning.report import classify_title  # the cleaning stage owns what a report is

    return (text_score(text) >= min_score and not avoided(PageLink(url, text))
            and classify_title(text).report_year is None)


def tree_nodes(data: Any) -> Iterator[tuple[str, str]]:
    """(name, URL) of every object of a JSON tree answer that has both, children included."""
    for value in json_values(data):
        if not isinstance(value, dict):
            continue
        name = next((value[k] for k in NODE_NAME_KEYS if isinstance(value.get(k), str)), "")
        href = next((value[k] for k in NODE_URL_KEYS if isinstance(value.get(k), str)), "")
        if name.strip() and href.strip():
            yield " ".join(name.split()), href.strip()


class ColumnLinkSpider(PagerSpider):
    def column_link_requests(self, response: TextResponse,
                             entries: list[ListingEntry]) -> Iterator[scrapy.Request]:
        """The column a page with no report leads to by name: its catalogue tree's calls (a
        page drawing a tree), and its links named like the column (a start page)."""
        from crawler.families.chain import looks_like_report, might_be_report

        if any(looks_like_report(e.title) or might_be_report(e.title) for e in entries):
            return
        lowered = response.text.lower()
        if any(marker in lowered for marker in TREE_MARKERS):
            yield from self.tree_call_requests(response)
        if self.is_start_page(response):
            base = response_base(response)
            for link in response.css("a[href]"):
                url = absolute_url(base, link.attrib.get("href"))
                if url and names_column(url, link_text(link), PAGE_LINK_SCORE):
                    yield from self.named_listing(response, url)

    def is_start_page(self, response: Response) -> bool:
        """A start URL's page as a browser shows it: the page itself, where its script jump
        led, or a frame of either (a `<frameset>` 信息公开 page's catalogue)."""
        return (response.url in getattr(self, "start_urls", ())
                or bool(response.meta.get(STANDS_FOR_START))
                or bool(response.meta.get(FRAME))
                and response.meta.get(LISTING_ROOT) in getattr(self, "start_urls", ()))

    def jump_requests(self, response: TextResponse) -> Iterator[scrapy.Request]:
        """Where the script of a page with no listing of its own sends the browser: a page
        of the same listing, followed once (where it leads, a jump is not followed on); off
        the portal's site (its www-twin is the site) a named failure."""
        jump = None if response.meta.get(JUMPED) else script_jump(response.selector,
                                                                  response.url)
        if not jump or jump == response.url:
            return
        if not same_site(jump, response.url):
            self.ledger.jump_refused(response.url, jump)
            return
        request = self.listing_request(jump, meta={
            LISTING_ROOT: self.listing_root(response), JUMPED: True, "allow_offsite":
            not self.allowed(jump), STANDS_FOR_START: self.is_start_page(response)})
        if self.first_listing_request(request):
            yield request

    def tree_call_requests(self, response: TextResponse) -> Iterator[scrapy.Request]:
        """The page's inline calls that ask for no page: its tree's data, read by
        `parse_tree`."""
        calls = [call for call in api_calls(query_fed_text(response.text, page_address(response)),
                                            response.url)
                 if not call.page_field and self.allowed(call.url)]
        for call in calls[:MAX_TREE_CALLS]:
            request = self.page_request(api_page(call, call.first))   # a GET's form in its query
            request.meta.pop(PAGE_REQUEST, None)
            request.meta.update({TREE_ROLE: True, LISTING_ROOT: self.listing_root(response)})
            if self.first_listing_request(request):
                yield request.replace(callback=self.parse_tree)

    def parse_tree(self, response: Response) -> Iterator[scrapy.Request]:
        """A tree's data: the nodes named like the report column, each a listing."""
        data = json_text(response.text) if isinstance(response, TextResponse) else None
        for name, href in tree_nodes(data):
            url = absolute_url(response.url, href)
            if url and names_column(url, name, COLUMN_NAME_SCORE):
                yield from self.named_listing(response, url)

    def named_listing(self, response: Response, url: str) -> Iterator[scrapy.Request]:
        """`url`, named as the column by `response` (a listing of the crawl's or a tree of
        one), as a listing of its own; on another host of the same government too."""
        if url == response.url or not self.listing_allowed(url, response.url, linked=True):
            return
        root = response.meta.get(LISTING_ROOT) or response.url
        request = self.listing_request(url, meta={
            LISTING_ROOT: url, "allow_offsite": not self.allowed(url)})
        if self.first_listing_request(request):
            self.ledger.more_link(root, url)
            yield request
