"""The spider side of crawler/epoint.py: a listing shell whose script asks a list API with its
query as a JSON string in one form field (Epoint WebBuilder's `params`). Page 1 is asked, its
answer's records followed and its count declared; pages 2.. are asked in the JSON's page key
up to the count (or, with no count, until a page brings no new record), each one the ledger
must see read: an unread page is a shortfall, never ok."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

import scrapy
from scrapy.http import Response, TextResponse

from crawler.epoint import JsonFieldCall, json_field_calls
from crawler.families.completeness import page_key
from crawler.families.pagers import LISTING_ROOT
from crawler.families.shell_pages import ShellSpider
from crawler.json_answers import json_number
from crawler.paging import MAX_FILLED_PAGES
from crawler.paging_api import api_calls, pages_for
from crawler.paging_form import query_fed_text
from crawler.paging_start import MAX_UNDECLARED_PAGES

JSON_FIELD_WHAT = "JSON-query list API page"   # how the ledger names a page never answered
JSON_BODY_WHAT = "JSON-body list API call"      # … a JSON body the script does not write


class JsonFieldListSpider(ShellSpider):
    def json_field_requests(self, response: TextResponse, *, shell: bool
                            ) -> Iterator[scrapy.Request]:
        """Page 1 of each list API the page's inline script asks with a JSON query field; on
        a shell (a page listing nothing) with no such inline call, of those its script files
        ask (read once per crawl, as for its other listing APIs)."""
        found = list(self.json_field_script_pages(response, ""))
        yield from found
        if shell and not found:
            yield from self.read_listing_scripts(response, self.json_field_script_pages)
        if shell:
            self.note_unread_json_bodies(response)

    def note_unread_json_bodies(self, shell: TextResponse) -> None:
        """A shell's list API call sending a JSON body its script builds where it cannot be
        read (`JSON.stringify(query())`, a name assigned no object literal): its pages are
        unknown, so the column is said incomplete (unless a total it declared is met)."""
        root = self.listing_root(shell)
        for call in api_calls(query_fed_text(shell.text, shell.url), shell.url):
            if call.json and not call.formdata and self.allowed(call.url):
                self.ledger.next_link(root, shell.url, f"{call.url} (its JSON body is not "
                                      "written in the script)", JSON_BODY_WHAT)

    def json_field_script_pages(self, listing: TextResponse, scripts: str
                                ) -> Iterator[scrapy.Request]:
        """Page 1 of each JSON-query list API the listing's script (`scripts`: its script
        files' text, or none) calls."""
        root = self.listing_root(listing)
        for call in json_field_calls(listing.text, listing.url, scripts):
            if self.listing_allowed(call.url, listing.url):
                yield from self._json_field_page(call, call.first, root, listing.url)

    def _json_field_page(self, call: JsonFieldCall, number: int, root: str,
                         named_by: str) -> Iterator[scrapy.Request]:
        request = self._json_field_request(call, number, root)
        if self.first_listing_request(request):
            # said unread at the close unless its answer comes in (page_read below)
            self.ledger.next_link(root, named_by, page_key(request.url, request.body),
                                  JSON_FIELD_WHAT)
            yield request

    def _json_field_request(self, call: JsonFieldCall, number: int,
                            root: str) -> scrapy.Request:
        field, value = call.page(number)
        meta = {"fazhi_role": "listing", LISTING_ROOT: root,
                "allow_offsite": not self.allowed(call.url)}
        kwargs: dict[str, Any] = {"callback": self.parse_json_field_page, "meta": meta,
                                  "cb_kwargs": {"call": call, "number": number}}
        if call.method == "POST":
            request: scrapy.Request = scrapy.FormRequest(call.url, formdata={field: value},
                                                         **kwargs)
        else:
            parts = urlsplit(call.url)
            query = "&".join(q for q in (parts.query, urlencode({field: value})) if q)
            request = scrapy.Request(urlunsplit(parts._replace(query=query)), **kwargs)
        return request

    def parse_json_field_page(self, response: Response, call: JsonFieldCall,
                              number: int) -> Iterator[Any]:
        """One page's records followed; from page 1, the further pages its count makes."""
        if not isinstance(response, TextResponse):
            return
        root = response.meta[LISTING_ROOT]
        self.crawler.stats.inc_value("fazhi/listing_pages")
        entries = self.json_listing_entries(response)
        asked = response.request.url if response.request else response.url
        body = response.request.body if response.request else b""
        # records seen per listing: another column listing the same records ends none early
        seen: set[str] = self.__dict__.setdefault("_json_field_urls", {}).setdefault(
            (root, call), set())
        new = {entry.url for entry in entries} - seen
        seen |= new
        self.ledger.page_read(root, page_key(asked, body), [entry.url for entry in entries])
        for entry in entries:
            entry.listing_url = entry.listing_url or response.url
            yield from self.follow_entry(entry, root=root)
        count = json_number(self.json_answer(response), self.answer_keys.total)
        if number == call.first and count:
            # declared even when no page key is known: more records than came is said
            self.ledger.declare(root, records=count)
        if call.page_key is None:
            return   # no page number to ask the rest by
        if number == call.first and count:
            pages = pages_for(count, call.page_size or len(entries)) or 1
            for further in range(call.first + 1, call.first + min(pages, MAX_FILLED_PAGES)):
                yield from self._json_field_page(call, further, root, response.url)
        elif count is None and new and number + 1 < call.first + MAX_UNDECLARED_PAGES:
            # no total declared: paged on until a page brings no new record
            yield from self._json_field_page(call, number + 1, root, response.url)
        elif count is None and new:   # at the cap, pages still bringing records: said unread
            past = self._json_field_request(call, number + 1, root)
            self.ledger.next_link(root, response.url, page_key(past.url, past.body),
                                  f"{JSON_FIELD_WHAT} past the {MAX_UNDECLARED_PAGES}-page cap")
