"""The spider side of crawler/year_query.py: a listing page's year `<select>` whose change
reloads the page with the year in its query is asked for each of its years (a listing of its
own, declared by this one: unread, a shortfall); one whose change asks an API for the year's
rows has that request made per year (a page of this listing; unanswered, a shortfall). A year
selector whose key or request is read nowhere — not in the page's inline scripts, nor in its own
script files once they are in — and a row of year tabs no link and no tab request reads leave
the column `listing_incomplete`, never `ok`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import scrapy
from scrapy.http import TextResponse

from crawler.data_tabs import every_tab_call
from crawler.families.onclick_rows import own_scripts
from crawler.families.pagers import LISTING_ROOT
from crawler.families.shell_pages import ShellSpider
from crawler.year_query import (
    YearSelect,
    navigates,
    query_key,
    unlinked_year_tabs,
    year_calls,
    year_query_links,
    year_selects,
)

YEAR_KEY = "fazhi_year_key"   # request meta: the query key a year page was asked by
YEAR_CALL_WHAT = "year select's request"   # how the ledger names one never answered


def select_name(select: YearSelect) -> str:
    """How the ledger names a year select: `year <select> #id` (or its name, or its years)."""
    node = select.node
    name = (f"#{node.attrib['id']}" if node.attrib.get("id") else node.attrib.get("name")
            or "/".join(label for label, _ in select.years))
    return f"year <select> {name}"


class YearQuerySpider(ShellSpider):
    def year_query_requests(self, response: TextResponse) -> Iterator[Any]:
        """The year pages of each year select whose key the inline scripts name; the others
        marked unread and looked for in the page's script files. A row of year tabs that are
        no links, no tab request reading them: marked unread."""
        root, inline = self.listing_root(response), own_scripts(response.selector)
        # read on the listing's first page; its pages 2.. and its year pages show it again
        first = root == response.url and not response.meta.get(YEAR_KEY)
        waiting = []
        for select in year_selects(response.selector, response.url) if first else []:
            if navigates(select):
                continue   # options that are URLs: crawler/year_tabs.py
            requests = self.select_requests(response, select, inline)
            if requests is not None:
                yield from requests
                continue
            self.ledger.choice_unread(root, response.url, select_name(select))
            waiting.append(select)
        tabs = unlinked_year_tabs(response.selector)
        if tabs and not every_tab_call(response.selector, response.text, response.url):
            self.ledger.choice_unread(root, response.url, f"row of year tabs ({tabs[0]})")
        if waiting:
            yield from self.read_listing_scripts(response, self.year_script_pages)

    def year_script_pages(self, listing: TextResponse, script: str) -> Iterable[Any]:
        """The year pages of the listing's unread year selects whose key `script` (one of
        its script files) names."""
        code = f"{own_scripts(listing.selector)}\n{script}"
        for select in year_selects(listing.selector, listing.url):
            what = select_name(select)
            if (listing.url, what) not in self.ledger.unread_choices:
                continue
            requests = self.select_requests(listing, select, code)
            if requests is not None:
                self.ledger.choice_read(listing.url, what)
                yield from requests

    def select_requests(self, response: TextResponse, select: YearSelect,
                        code: str) -> list[scrapy.Request] | None:
        """The requests `select`'s change makes, read in `code`: the page by each year in its
        query, else each year's API request (None: neither is read)."""
        key = query_key(select, code, response.url)
        if key:
            return list(self.year_pages(response, select, key))
        calls = year_calls(select, code, response.url)
        if not calls:
            return None
        return self.called_page_requests(response, calls, YEAR_CALL_WHAT)

    def year_pages(self, response: TextResponse, select: YearSelect,
                   key: str) -> Iterator[scrapy.Request]:
        root = self.listing_root(response)
        for url in year_query_links(select, key, response.url):
            if not self.listing_allowed(url, response.url):
                continue
            request = self.listing_request(url, meta={LISTING_ROOT: url, YEAR_KEY: key})
            if self.first_listing_request(request):
                self.ledger.more_link(root, url)
                yield request
