"""加载更多 in the spider (the reading is crawler/load_more.py): a listing page with a load-more
control is followed the way its script does — the control's call asked with the rows shown so far
(or the next page), then with the offset grown by each answer's rows, until an answer brings no
row the chain had not seen, or answers 404 after answers with rows (MAX_LOAD_MORE asks at most).
Each answer is read as a listing page (JSON rows as the JSON listing readers do, an HTML
fragment's rows as a page's).

The control is in the ledger from the moment it is seen: a chain that never started (its handler
not found, or asking in a way not read), stopped by the cap or by a failed answer leaves the
listing `listing_incomplete`, never `ok`.
"""

from __future__ import annotations

import logging
from collections.abc import Generator, Iterable, Iterator
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse

from crawler.cursor_rows import last_row_id, says_no_more
from crawler.families.api_listings import is_json_answer
from crawler.families.completeness import page_key
from crawler.families.entries import EntrySpider
from crawler.families.links import ListingEntry
from crawler.families.pagers import LISTING_ROOT
from crawler.families.shell_pages import ShellSpider
from crawler.json_answers import json_number
from crawler.load_more import (
    LoadMore,
    handler_blocks,
    inline_scripts,
    load_more_controls,
    load_more_of,
    may_load_more,
)
from crawler.shells import shell_scripts

logger = logging.getLogger(__name__)

LOAD_MORE = "fazhi_load_more"   # request meta: the LoadMore this answer is one ask of
MAX_LOAD_MORE = 100             # asks of one control (an offset that never runs dry)
UNREAD = "its handler asks the server in a way the crawler does not read"
NOT_FOUND = "no script of the page that handles it was found"
NOT_ENDED = "its answers stopped before one brought no new row"
END_STATUSES = (404, 410)       # an ask past the last page, after answers with rows


class LoadMoreSpider(ShellSpider, EntrySpider):
    def decoded(self, response: Response) -> Response:
        raise NotImplementedError


    def load_more_requests(self, response: TextResponse, entries: list[ListingEntry]
                           ) -> Iterable[Any]:
        """The first ask of the page's load-more control, from its inline script or data-*
        attributes, else once its own script files are read. Said to the ledger first."""
        controls = load_more_controls(response.selector) if may_load_more(response.text) else []
        if not controls:
            return
        root, shown = self.listing_root(response), len(self.listed_item_urls(response, entries))
        self.ledger.load_more(root, response.url, NOT_FOUND)
        found = [f for c in controls if (f := load_more_of(
            c, handler_blocks(c, inline_scripts(response.selector)), response.text,
            response.url, shown)) is not None]
        if found:
            yield from self.start_load_more(response, found)
            return
        files = [src for src in shell_scripts(response.text, response.url) if self.allowed(src)]
        self.__dict__.setdefault("_load_more_files", {})[response.url] = len(files)
        if not files:
            self.load_more_unhandled(response)
            return
        yield from self.read_listing_scripts(response, self.load_more_from_script)

    def load_more_from_script(self, listing: TextResponse, script: str) -> Iterable[Any]:
        """One of the listing's script files is in: its handler of the control, if it has
        one; when the last is in with none, the control is judged by its words."""
        waiting: dict[str, int] = self.__dict__["_load_more_files"]
        if listing.url not in waiting:
            return   # started from an earlier file
        waiting[listing.url] -= 1
        shown = len(self.listed_item_urls(listing, self.listing_entries(listing)))
        found = [f for c in load_more_controls(listing.selector) if (f := load_more_of(
            c, handler_blocks(c, [script]), listing.text, listing.url, shown)) is not None]
        if found:
            del waiting[listing.url]
            yield from self.start_load_more(listing, found)
        elif not waiting[listing.url]:
            del waiting[listing.url]
            self.load_more_unhandled(listing)

    def load_more_unhandled(self, listing: TextResponse) -> None:
        """No script of the page names the control: a control whose words or class say rows
        are loaded stays a shortfall; one that may only show hidden rows is no listing."""
        if not any(c.says_loading and c.hooks for c in load_more_controls(listing.selector)):
            self.ledger.load_more_done(listing.url)

    def start_load_more(self, listing: TextResponse, found: list[LoadMore]) -> Iterable[Any]:
        """The chain's first ask; one chain per first ask and listing (every page of a paged
        column may carry the same control: its chain is asked once)."""
        root = self.listing_root(listing)
        asking = next((f for f in found if f.call is not None), None)
        if asking is None:
            self.ledger.load_more(root, listing.url, UNREAD)
            return
        first = asking.request()
        started: set[tuple[str, ...]] = self.__dict__.setdefault("_load_more_started", set())
        key = (root, first.method, first.url, repr(first.formdata))
        if key in started:
            self.ledger.load_more_done(listing.url)
            return
        started.add(key)
        self.ledger.load_more(root, listing.url, NOT_ENDED)
        seen = frozenset(self.listed_item_urls(listing, self.listing_entries(listing)))
        yield self.load_more_request(asking, (listing.url, root), seen, asks=1)

    def load_more_request(self, more: LoadMore, page: tuple[str, str], seen: frozenset[str],
                          *, asks: int) -> scrapy.Request:
        """One ask of the chain of the control on page (url, listing root)."""
        request = self.page_request(more.request())
        self.first_listing_request(request)   # known as a listing page; asked whatever
        return request.replace(callback=self.parse_load_more, errback=self.load_more_failed,
                               dont_filter=True, meta={**request.meta, LISTING_ROOT: page[1],
                                                       LOAD_MORE: (more, page, seen, asks)})

    def load_more_failed(self, failure: Any) -> None:
        """An ask that failed: after answers with rows, a 404/410 is the list's end (a page
        file or an offset past the last); anything else leaves the chain unended (said)."""
        more, page, seen, asks = failure.request.meta[LOAD_MORE]
        status = getattr(getattr(failure.value, "response", None), "status", None)
        if asks > 1 and status in END_STATUSES:
            self.ledger.load_more_done(page[0])
        else:
            logger.warning("Load-more of %s: ask %d failed (%s)", page[0], asks,
                           failure.getErrorMessage())

    def parse_load_more(self, response: Response) -> Iterator[Any]:
        """One answer of a load-more chain: its rows read as a listing page's (its JSON total
        declared; no page count: an offset is no page number), then the next ask while it
        brought new rows."""
        more, page, seen, asks = response.meta[LOAD_MORE]
        rows = yield from self.read_answer(response, root=page[1])
        new = set(rows) - seen
        if not new:
            self.ledger.load_more_done(page[0])
            return
        if asks >= MAX_LOAD_MORE:
            logger.warning("Load-more of %s: stopped after %d asks", page[0], asks)
            return
        following = (self.after_cursor(response, more, page[0]) if more.kind == "cursor"
                     else more.following(len(rows)))
        if following is not None:
            yield self.load_more_request(following, page, seen | new, asks=asks + 1)

    def after_cursor(self, response: Response, more: LoadMore, listing: str
                     ) -> LoadMore | None:
        """A cursor chain's next ask, after the answer's last row (crawler/cursor_rows.py);
        None when the answer says the list ended (the chain is done) or names no last id
        (the chain stays unended: said)."""
        response = self.decoded(response)
        data = self.json_answer(response) if isinstance(response, TextResponse) and (
            is_json_answer(response)) else None
        if says_no_more(data):
            self.ledger.load_more_done(listing)
            return None
        last = last_row_id(data, more.field, self.answer_keys)
        if not last or last == more.cursor:
            logger.warning("Load-more of %s: no last row id for %s", listing, more.field)
            return None
        return more.after(last)

    def read_answer(self, response: Response, *, root: str) -> Generator[Any, None, list[str]]:
        """Follow the entries of a load-more answer (JSON records, or an HTML fragment's rows);
        its item URLs are the generator's value."""
        response = self.decoded(response)
        if not isinstance(response, TextResponse):
            return []
        self.crawler.stats.inc_value("fazhi/listing_pages")
        answer = self.fragment_answer(response)
        if is_json_answer(answer):
            entries = self.json_listing_entries(answer)
            rows = [entry.url for entry in entries]
            self.ledger.declare(root, records=json_number(self.json_answer(answer),
                                                          self.answer_keys.total))
        else:
            entries = self.listing_entries(answer)
            rows = self.listed_item_urls(answer, entries)
        body = response.request.body if response.request else b""
        self.ledger.page_read(root, page_key(response.url, body), rows)
        for entry in entries:
            entry.listing_url = entry.listing_url or response.url
            yield from self.follow_entry(entry, root=root)
        return rows
