"""A listing's list APIs as spider methods (PagerSpider's JSON half): a JSON answer decoded
once, its entries and its further pages read by the key names the portal entry may name, and a
list API a page's script calls noted in the ledger (unanswered: listing_incomplete). The
requests themselves are made by crawler/families/pagers.py (`page_request`)."""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from typing import Any, ClassVar

import scrapy
from scrapy.http import TextResponse

from crawler.families.completeness import Ledger, page_key
from crawler.families.links import ListingEntry, absolute_url, clean_text, date_value
from crawler.full_pages import UNASKED_AFTER_FULL, unasked_after_full
from crawler.json_answers import JsonKeys, json_records, json_text, record_fields
from crawler.paging import PageRequest
from crawler.paging_api import json_paging, past_cap, undeclared_next
from crawler.paging_start import MAX_UNDECLARED_PAGES
from crawler.record_urls import RecordTemplate, record_templates, templated_rows
from crawler.xml_answers import xml_totals

PAGE_REQUEST = "fazhi_page_request"    # request meta: the PageRequest (JSON API pages)
API_ANSWERS = ("json", "xml")   # a PageRequest's answer read as a list API's
API_CALL = "list API call of its script"   # how the ledger names one never answered


def is_json_answer(response: TextResponse) -> bool:
    """An answer to an API page request that is not HTML: read as JSON. A form's page asked
    for by POST, or an API answering an HTML fragment, is read as a listing page."""
    return (response.meta.get(PAGE_REQUEST) is not None
            and not response.text.lstrip().startswith("<"))


class ApiListingSpider(scrapy.Spider):
    """The list-API methods of crawler/families/pagers.py's PagerSpider, which subclasses
    this and makes the requests (`page_request`) and keeps the ledger."""

    # A JSON listing API a portal entry names ([overrides]), read besides its start page:
    # `listing_api` a URL with {page} as the page number's value (GET), relative to the start
    # URL, or with `listing_api_form` a POST form one of whose values is {page}; `json_keys`
    # the answer's key names (title, url, date, total, pages, page_size → key), tried first.
    listing_api: ClassVar[str] = ""
    listing_api_form: ClassVar[dict[str, str]] = {}
    json_keys: ClassVar[dict[str, str]] = {}

    ledger: Ledger

    # PagerSpider's (crawler/families/pagers.py): here so these methods type-check.
    def listing_root(self, response: TextResponse) -> str:
        raise NotImplementedError

    def page_request(self, page: PageRequest) -> scrapy.Request:
        raise NotImplementedError

    def json_answer(self, response: TextResponse) -> Any:
        """A JSON (JSONP, JavaScript literal) listing answer's data, decoded once per response
        (json5's fallback is slow): its HTML fragment, entries and paging are read from it.
        None when it is not JSON (counted short by the ledger)."""
        answers: weakref.WeakKeyDictionary[TextResponse, Any] = self.__dict__.setdefault(
            "_json_answers", weakref.WeakKeyDictionary())
        if response not in answers:
            answers[response] = json_text(response.text)
        return answers[response]

    @property
    def row_templates(self) -> dict[str, list[RecordTemplate]]:
        """Listing root → the row link templates its page's render code writes
        (crawler/record_urls.py): the URLs of a list API's rows that carry only an id."""
        return self.__dict__.setdefault("_row_templates", {})

    def note_row_templates(self, response: TextResponse) -> None:
        """The row link templates of a listing page (not an API's answer), kept for its root."""
        if response.meta.get(PAGE_REQUEST) is None and (found := record_templates(response.text)):
            known = self.row_templates.setdefault(self.listing_root(response), [])
            known += [template for template in found if template not in known]

    def note_api_calls(self, response: TextResponse, requests: Iterable[scrapy.Request]
                       ) -> None:
        """A list API the page's script calls (a JSON or XML answer) is a page the listing
        names: never answered (refused 403, a 404), the ledger says listing_incomplete at the
        close, never a quiet `empty` or `ok`."""
        root = self.listing_root(response)
        for request in requests:
            page = request.meta.get(PAGE_REQUEST)
            if page is not None and page.answer in API_ANSWERS:
                self.ledger.next_link(root, response.url, page_key(request.url, request.body),
                                      API_CALL)

    @property
    def answer_keys(self) -> JsonKeys:
        """The key names JSON listing answers are read by (the entry's `json_keys` first)."""
        return JsonKeys().named(self.json_keys)

    def json_listing_requests(self, response: TextResponse) -> list[scrapy.Request]:
        """Pages 2.. of a JSON listing API, from its page 1's totals."""
        data = self.json_answer(response)
        urls = {entry.url for entry in self.json_listing_entries(response)}
        return self.api_page_requests(response, data, len(json_records(data, self.answer_keys)),
                                      urls)

    def xml_listing_requests(self, response: TextResponse, urls: set[str]
                             ) -> list[scrapy.Request]:
        """Pages 2.. of a list API answering XML records (`urls`, read as a feed's), from the
        totals its envelope's attributes or leaf elements declare (crawler/xml_answers.py)."""
        asked = response.meta.get(PAGE_REQUEST)
        if asked is None or not asked.page_field:
            return []
        return self.api_page_requests(response, xml_totals(response.body), len(urls), urls)

    def api_page_requests(self, response: TextResponse, data: Any, shown: int,
                          urls: set[str]) -> list[scrapy.Request]:
        """Pages 2.. of the list API `response` answers (`data` its totals, `shown` rows of
        which `urls` are the items' pages), its totals declared to the ledger."""
        keys, root = self.answer_keys, self.listing_root(response)
        asked = response.meta[PAGE_REQUEST]
        paging = json_paging(data, asked, shown=shown, keys=keys)
        self.ledger.declare(root, pages=paging.declared_pages, records=paging.declared_records)
        # records seen per listing: another column listing the same records ends none early
        seen = self.__dict__.setdefault("_api_record_urls", {}).setdefault(root, set())
        # paged on with no total: a page of no new record ends it
        fresh = paging.declared_pages is not None or not urls <= seen
        seen |= urls
        pages = paging.next_requests if fresh else []
        following = undeclared_next(asked, shown=shown)
        if fresh and paging.declared_pages is None and following and past_cap(following):
            self.unread_api_page(response, following,   # pages still bring records
                                 f"JSON list API page past the {MAX_UNDECLARED_PAGES}-page cap")
        elif unasked := unasked_after_full(asked, shown, paging, pages):
            self.unread_api_page(response, unasked, UNASKED_AFTER_FULL)
        return [self.page_request(page) for page in pages]

    def unread_api_page(self, response: TextResponse, page: PageRequest, what: str) -> None:
        """`page` of the list API `response` answers is never asked: said unread (a page the
        ledger counts), listing_incomplete at the close."""
        unread = self.page_request(page)
        self.ledger.next_link(self.listing_root(response), response.url,
                              page_key(unread.url, unread.body), what)

    def json_listing_entries(self, response: TextResponse) -> list[ListingEntry]:
        """The items of a JSON listing answer (every item the API lists: no URL pattern)."""
        entries, keys, data = [], self.answer_keys, self.json_answer(response)
        rows = [record_fields(record, keys) for record in json_records(data, keys)] or (
            templated_rows(data, self.row_templates.get(self.listing_root(response), []), keys))
        for title, href, date in rows:
            url = absolute_url(response.url, href)
            if url and clean_text(title):
                entries.append(ListingEntry(url=url, title=clean_text(title),
                                            published=date_value(date)))
        return entries
