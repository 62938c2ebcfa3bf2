"""A generic portal: one list of links, rendered 下一页 links, optional link-text filter."""

from __future__ import annotations

from typing import ClassVar

from crawler.families.base import FamilySpider


class GenericSpider(FamilySpider):
    family = "generic"
    listing_link_css: ClassVar[str] = "ul.list li a, .list li a, .news-list li a"
