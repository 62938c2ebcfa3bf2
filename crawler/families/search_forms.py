"""The spider side of crawler/search_form.py: a listing page with no row whose column search
form, submitted with no keyword, lists the column."""

from __future__ import annotations

from collections.abc import Iterator

import scrapy
from scrapy.http import TextResponse

from crawler.families.pagers import LISTING_ROOT, PagerSpider
from crawler.search_form import search_form_urls


class SearchFormSpider(PagerSpider):
    def search_form_requests(self, response: TextResponse) -> Iterator[scrapy.Request]:
        """Each column search form of a page that lists nothing, submitted once: its answer
        is a page of the same listing (an unread one leaves the column empty: said)."""
        for url in search_form_urls(response.selector, response.url):
            if not self.listing_allowed(url, response.url):
                continue
            request = self.listing_request(url, meta={
                LISTING_ROOT: self.listing_root(response), "allow_offsite": not self.allowed(url)})
            if self.first_listing_request(request):
                yield request
