"""TRS WCM (拓尔思): listings and split articles paginated only by `createPageHTML(...)`.

Listing `index.<ext>` announces `index_1.<ext>` … in an inline script call and never renders a
下一页 link in the raw HTML; a long article `t…_<id>.<ext>` is split into `t…_<id>_1.<ext>` …
announced the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import scrapy
from scrapy.http import TextResponse

from crawler.families.base import FamilySpider
from crawler.families.links import create_page_urls


class TrsSpider(FamilySpider):
    family = "trs"
    # Articles live at …/YYYYMM/tYYYYMMDD_<id>.html (.htm, .shtml).
    article_url_pattern: ClassVar[str] = r"/t\d{8}_\d+\.s?html?$"
    attachment_scope_css: ClassVar[str] = (
        ".trs_editor_view, .TRS_Editor, .TRS_UEDITOR, .article, .xxgk_content, .fj, .appendix"
    )

    def next_listing_requests(self, response: TextResponse) -> Iterable[scrapy.Request]:
        for url in create_page_urls(response.text, response.url):
            yield self.listing_request(url)

    def article_page_urls(self, response: TextResponse) -> list[str]:
        return create_page_urls(response.text, response.url)
