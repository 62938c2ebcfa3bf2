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

from crawler.families.entries import EntrySpider
from crawler.families.pagers import LISTING_ROOT
from crawler.postback import MAX_POSTBACK_PAGES, POSTBACK_FORM_XPATH, postback_pages

POSTBACK = "fazhi_postback"   # request meta: a postback pager's page (its PostbackPage)


class PostbackSpider(EntrySpider):
    def parse_listing(self, response: Any) -> Iterator[Any]:
        raise NotImplementedError

    def postback_requests(self, response: TextResponse) -> Iterator[scrapy.Request]:
        """The pages of the listing page's postback pager not asked for yet (page 1 is the
        page a GET shows), each its form posted back; a 下一页 link once per page it is on."""
        pages = postback_pages(response.selector)
        if not pages:
            return
        root = self.listing_root(response)
        tally = self.ledger.tally(root)
        asked: set[tuple[str, int | str]] = self.__dict__.setdefault("_postbacks", set())
        if POSTBACK not in response.meta:
            asked.add((root, 1))
        # The pages the pager shows (one past this one for a 下一页): one failing is a
        # shortfall, not ok.
        self.ledger.declare(root, pages=max(page.number for page in pages)
                            or len(tally.pages) + 1)
        if not pages[0].number and not self.new_rows(response, root):
            return   # a 下一页 answered with rows seen before: the end, whatever it links
        for page in pages:
            key = (root, page.number or f"next of {response.url} {response_body(response)}")
            if key in asked or page.number > MAX_POSTBACK_PAGES or (
                    not page.number and len(tally.pages) >= MAX_POSTBACK_PAGES):
                continue
            asked.add(key)
            request = scrapy.FormRequest.from_response(
                response, formxpath=POSTBACK_FORM_XPATH, formdata=page.formdata,
                clickdata={"name": page.button} if page.button else None,
                dont_click=not page.button, callback=self.parse_listing,
                meta={"fazhi_role": "listing", LISTING_ROOT: root, POSTBACK: page})
            if self.allowed(request.url):
                self.first_listing_request(request)   # known as a listing page
                yield request

    def new_rows(self, response: TextResponse, root: str) -> bool:
        """Whether the page lists an item no page of its listing's postback pager listed before
        (per listing: another listing's rows say nothing of this one's end)."""
        by_root: dict[str, set[str]] = self.__dict__.setdefault("_postback_rows", {})
        seen = by_root.setdefault(root, set())
        rows = set(self.listed_item_urls(response, self.listing_entries(response)))
        new = bool(rows - seen)
        seen |= rows
        return new


def response_body(response: TextResponse) -> str:
    """The body the page was asked with (a postback answer's form), as the ledger keys it."""
    return response.request.body.decode("latin-1") if response.request else ""
