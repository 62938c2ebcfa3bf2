"""gov.cn style (UCAP) portals: list pages of `t…_<id>.html` links, 下一页 or createPageHTML.

Article URL pattern, attachment scope and pagers: settings/families.py.
"""

from __future__ import annotations

from typing import ClassVar

from scrapy.http import TextResponse

from crawler.families.base import FamilySpider
from crawler.families.links import ListingEntry, response_base


class UcapSpider(FamilySpider):
    family = "ucap"
    # The related-articles block (div.xg-list.related) links other columns' items: not ours.
    listing_link_xpath: ClassVar[str] = (
        '//a[@href][not(ancestor::*[contains(concat(" ", @class, " "), " related ")'
        ' or contains(concat(" ", @class, " "), " xg-list ")])]'
    )

    def listing_entries(self, response: TextResponse) -> list[ListingEntry]:
        return self.entries_from_links(response.xpath(self.listing_link_xpath),
                                       response_base(response))
