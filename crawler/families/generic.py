"""A generic portal: one list of links, rendered 下一页 links, optional link-text filter."""

from __future__ import annotations

from typing import ClassVar

from scrapy.http import TextResponse

from crawler.families.base import FamilySpider
from crawler.families.links import ListingEntry, dated_row_links, response_base


class GenericSpider(FamilySpider):
    family = "generic"
    listing_link_css: ClassVar[str] = "ul.list li a, .list li a, .news-list li a"

    def listing_entries(self, response: TextResponse) -> list[ListingEntry]:
        """A site no family describes: the list selector's links and every dated row's too
        (the `.list` it finds may be a side menu while the items sit in a table)."""
        base = response_base(response)
        found = {entry.url: entry for entry in self.entries_from_links(
            response.css(self.listing_link_css), base)}
        for entry in self.entries_from_links(dated_row_links(response), base):
            found.setdefault(entry.url, entry)
        return self.with_script_rows(list(found.values()), response)
