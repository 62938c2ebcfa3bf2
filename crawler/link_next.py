"""Paging a listing page declares outside any visible pager: `<link rel="next">` in its head,
and the totals of a pager element a script draws.

A listing may name its next page only as `<link rel="next" href="list.html?page=2">` in
`<head>` (a page head written for search engines), its visible pager an empty
`<div id="pager" data-total="16" data-size="6">` that a script file draws from
`location.search`. The `rel="next"` link is followed page by page (each page names the next:
a chain, capped as the other pagers are, MAX_FILLED_PAGES); the empty pager's attributes say
how many records (and pages) the column has, so a crawl that reads fewer is counted short by
the ledger (crawler/families/completeness.py) instead of ending `ok`.

Pure functions of a page's selector and URL (patterns are data, below); the spider side is
crawler/families/pagers.py (`declared_listing_requests`).
"""

from __future__ import annotations

import math

from parsel import Selector

from crawler.paging import MAX_FILLED_PAGES, PAGER_BLOCK_XPATH, Paging, absolute_url, page_base

# --- patterns (data) ----------------------------------------------------------------------------
NEXT_REL = "next"      # a token of the rel attribute (rel="next", rel="next nofollow")
NEXT_LINKS_XPATH = "//link[@rel and @href]"
# A drawn pager's totals in its attributes (lower case: HTML attribute names are read so).
PAGER_RECORD_ATTRS = ("data-total", "data-count", "data-records", "data-total-count",
                      "data-totalcount", "data-recordcount", "total", "count")
PAGER_SIZE_ATTRS = ("data-size", "data-page-size", "data-pagesize", "data-per-page",
                    "data-limit", "data-rows", "pagesize", "size")
PAGER_PAGES_ATTRS = ("data-pages", "data-page-count", "data-pagecount", "data-total-pages",
                     "data-totalpages")
CHAIN_CAP = MAX_FILLED_PAGES   # rel="next" pages followed from one listing at most


def next_links(selector: Selector, url: str) -> list[str]:
    """The URLs a page's `<link rel="next">` elements name (not the page itself)."""
    if selector.type != "html":
        return []
    base = page_base(selector, url)
    found = []
    for link in selector.xpath(NEXT_LINKS_XPATH):
        if NEXT_REL not in link.attrib.get("rel", "").lower().split():
            continue
        target = absolute_url(base, link.attrib.get("href"))
        if target and target != url:
            found.append(target)
    return list(dict.fromkeys(found))


def drawn_pager_paging(selector: Selector) -> Paging:
    """The totals an empty pager element says in its attributes (a script draws its links):
    records, and pages from a page size or a page count."""
    if selector.type != "html":
        return Paging()
    for element in selector.xpath(PAGER_BLOCK_XPATH):
        if element.css("a") or "".join(element.xpath(".//text()").getall()).strip():
            continue   # a rendered pager: read by crawler/paging.py
        attrs = {name.lower(): value for name, value in element.attrib.items()}
        records = _number(attrs, PAGER_RECORD_ATTRS)
        pages = _number(attrs, PAGER_PAGES_ATTRS)
        size = _number(attrs, PAGER_SIZE_ATTRS)
        if records and size and not pages:
            pages = math.ceil(records / size)
        if records or pages:
            return Paging(pages if pages and pages <= MAX_FILLED_PAGES else None, records)
    return Paging()


def _number(attrs: dict[str, str], names: tuple[str, ...]) -> int | None:
    for name in names:
        value = attrs.get(name, "").strip()
        if value.isdigit() and int(value) > 0:
            return int(value)
    return None
