"""gov.cn style (UCAP) portals: list pages of `t…_<id>.html` links, 下一页 or createPageHTML."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import scrapy
from scrapy.http import TextResponse

from crawler.families.base import FamilySpider
from crawler.families.links import ListingEntry, create_page_urls


class UcapSpider(FamilySpider):
    family = "ucap"
    article_url_pattern: ClassVar[str] = r"/t\d{8}_\d+\.s?html?$"
    # The related-articles block (div.xg-list.related) links other columns' items: not ours.
    listing_link_xpath: ClassVar[str] = (
        '//a[@href][not(ancestor::*[contains(concat(" ", @class, " "), " related ")'
        ' or contains(concat(" ", @class, " "), " xg-list ")])]'
    )
    attachment_scope_css: ClassVar[str] = "#UCAP-CONTENT, .pages_content, .article"

    def listing_entries(self, response: TextResponse) -> list[ListingEntry]:
        return self.entries_from_links(response.xpath(self.listing_link_xpath), response.url)

    def next_listing_requests(self, response: TextResponse) -> Iterable[scrapy.Request]:
        yield from super().next_listing_requests(response)
        for url in create_page_urls(response.text, response.url):
            yield self.listing_request(url)
