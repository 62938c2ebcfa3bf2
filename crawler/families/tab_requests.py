"""The spider side of crawler/tab_calls.py: each tab of a column page whose click asks the
server for its rows, asked once; an answer that never came is a shortfall of the column."""

from __future__ import annotations

from collections.abc import Iterator

import scrapy
from scrapy.http import TextResponse

from crawler.families.completeness import page_key
from crawler.families.pagers import LISTING_ROOT, PagerSpider
from crawler.tab_calls import tab_calls

TAB_WHAT = "tab request"   # how the ledger names a tab's request never answered


class TabRequestSpider(PagerSpider):
    def tab_call_requests(self, response: TextResponse) -> Iterator[scrapy.Request]:
        """The tabs' requests (a POST form or a GET), read as pages of this listing."""
        root = self.listing_root(response)
        for call in tab_calls(response.selector, response.text, response.url):
            if not self.listing_allowed(call.url, response.url):
                continue
            request = self.page_request(call)
            request.meta[LISTING_ROOT] = root
            target = page_key(request.url, request.body)
            if self.first_listing_request(request):
                self.ledger.next_link(root, response.url, target, TAB_WHAT)
                yield request
