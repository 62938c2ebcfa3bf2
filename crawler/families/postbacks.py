"""ASP.NET postback pagers in the spider (the reading is crawler/postback.py): each page link of a
listing page's pager is asked once per listing, as the page's own form posted back with the
link's event (Scrapy's FormRequest.from_response: the form's hidden fields, __EVENTTARGET and
__EVENTARGUMENT set, no button clicked). Each answer is a listing page: read, and read for the
links of its own pager window, posted back with its own view state.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.http import TextResponse

from crawler.families.pagers import LISTING_ROOT, PagerSpider
from crawler.postback import MAX_POSTBACK_PAGES, POSTBACK_FORM_XPATH, first_page_of, postback_pages

POSTBACK = "fazhi_postback"   # request meta: a postback pager's page (its PostbackPage)


class PostbackSpider(PagerSpider):
    def parse_listing(self, response: Any) -> Iterator[Any]:
        raise NotImplementedError

    def postback_requests(self, response: TextResponse) -> Iterator[scrapy.Request]:
        """The pages of the listing page's postback pagers not asked for yet (page 1 is the
        page a GET shows), each its form posted back."""
        pages = postback_pages(response.selector)
        if not pages:
            return
        root = self.listing_root(response)
        # The pager's pages as its window shows them: one that fails is a shortfall, not ok.
        self.ledger.declare(root, pages=max(page.number for page in pages))
        asked: set[tuple[str, str, str]] = self.__dict__.setdefault("_postbacks", set())
        if POSTBACK not in response.meta:
            asked |= {(root, page.target, first_page_of(page).argument) for page in pages}
        for page in pages:
            key = (root, page.target, page.argument)
            if key in asked or page.number > MAX_POSTBACK_PAGES:
                continue
            asked.add(key)
            request = scrapy.FormRequest.from_response(
                response, formxpath=POSTBACK_FORM_XPATH, formdata=page.formdata,
                dont_click=True, callback=self.parse_listing,
                meta={"fazhi_role": "listing", LISTING_ROOT: root, POSTBACK: page})
            if self.allowed(request.url):
                self.first_listing_request(request)   # known as a listing page
                yield request
