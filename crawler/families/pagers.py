"""The pager kinds of the family table (settings/families.py) as spider methods.

A family's `listing_pagers` / `article_pagers` name kinds; each kind is a method here or in the
family's spider module: `<kind>_listing_requests(response)` yields further listing requests,
`<kind>_article_pages(response)` returns the URLs of pages 2.. of a split article.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

import scrapy
from scrapy.http import TextResponse

from crawler.families.links import absolute_url, create_page_urls


class PagerSpider(scrapy.Spider):
    listing_pagers: ClassVar[tuple[str, ...]] = ("next_links",)
    article_pagers: ClassVar[tuple[str, ...]] = ()
    next_page_texts: ClassVar[tuple[str, ...]] = ("下一页", "下页", "下一頁")

    def listing_request(self, url: str, **kwargs: Any) -> scrapy.Request:
        raise NotImplementedError

    def next_listing_requests(self, response: TextResponse) -> Iterable[scrapy.Request]:
        """The further listing pages, from each pager kind the family table names."""
        for kind in self.listing_pagers:
            yield from getattr(self, f"{kind}_listing_requests")(response)

    def next_links_listing_requests(self, response: TextResponse) -> Iterable[scrapy.Request]:
        """Rendered 下一页 links."""
        for text in self.next_page_texts:
            for href in response.xpath(f'//a[normalize-space(.)="{text}"]/@href').getall():
                url = absolute_url(response.url, href)
                if url and url != response.url:
                    yield self.listing_request(url)

    def create_page_html_listing_requests(self, response: TextResponse
                                          ) -> Iterable[scrapy.Request]:
        for url in create_page_urls(response.text, response.url):
            yield self.listing_request(url)

    def article_page_urls(self, response: TextResponse) -> list[str]:
        """Pages 2.. of a split article, from each article pager kind the family table names."""
        urls = [url for kind in self.article_pagers
                for url in getattr(self, f"{kind}_article_pages")(response)]
        return list(dict.fromkeys(urls))

    def create_page_html_article_pages(self, response: TextResponse) -> list[str]:
        return create_page_urls(response.text, response.url)

