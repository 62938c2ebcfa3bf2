"""The spider side of crawler/tab_calls.py: each tab of a column page whose click asks the
server for its rows, asked once; an answer that never came is a shortfall of the column."""

from __future__ import annotations

from collections.abc import Iterator

import scrapy
from scrapy.http import TextResponse

from crawler.data_tabs import every_tab_call
from crawler.families.pagers import PagerSpider

TAB_WHAT = "tab request"   # how the ledger names a tab's request never answered


class TabRequestSpider(PagerSpider):
    def tab_call_requests(self, response: TextResponse) -> Iterator[scrapy.Request]:
        """The tabs' requests (a POST form or a GET), read as pages of this listing: tabs
        calling a function with their value, and tabs whose `data-*` value a bound handler
        reads (crawler/data_tabs.py)."""
        yield from self.called_page_requests(
            response, every_tab_call(response.selector, response.text, response.url), TAB_WHAT)
