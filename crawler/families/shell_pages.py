"""Script-built pages in the spider (the reading is crawler/shells.py): a listing shell's own
script files, read for the listing API they call, and an article shell's body — the plain copy
its `<noscript>` links (crawler/families/pagers.py, as a further page), else the answer of the
detail API its scripts call for it, fetched as its next page and archived like any page.

Script files are fetched once per crawl (role `other`) and kept by URL for every shell that
loads them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import scrapy
from scrapy.http import HtmlResponse, Response, TextResponse

from crawler.families.api_listings import is_json_answer
from crawler.families.chain import ArticleFetch
from crawler.families.links import ListingEntry, response_base
from crawler.families.pagers import LISTING_ROOT, PagerSpider
from crawler.feeds import is_feed_call
from crawler.hash_route import page_address
from crawler.json_answers import json_records
from crawler.paging_api import ajax_paging, api_calls
from crawler.paging_attrs import attribute_api_calls, html_fragment
from crawler.paging_form import query_fed_text
from crawler.paging_jump import jump_paging, undefined_page_functions
from crawler.shells import detail_api_urls, is_shell, shell_scripts

MAX_UNPAGED_CALLS = 2   # a shell's inline calls without a page number, each read as its list


# What a listing does with one of its script files' text (the listing, the text).
ScriptUse = Callable[[TextResponse, str], Iterable[Any]]


def script_text(response: Response) -> str:
    if isinstance(response, TextResponse):
        return response.text
    return response.body.decode("utf-8", "replace")


class ShellSpider(PagerSpider):
    def next_step(self, fetch: ArticleFetch) -> Iterator[Any]:
        raise NotImplementedError

    def follow_entry(self, entry: ListingEntry, *, root: str = "") -> Iterator[scrapy.Request]:
        raise NotImplementedError

    @property
    def script_texts(self) -> dict[str, str]:
        """Script file URL → its text ("" when it could not be fetched)."""
        return self.__dict__.setdefault("_script_texts", {})

    @property
    def script_waiters(self) -> dict[str, list[ArticleFetch]]:
        """Script file URL being fetched → the other article shells waiting for it."""
        return self.__dict__.setdefault("_script_waiters", {})

    # -- listings ---------------------------------------------------------------------------

    @property
    def listing_script_waiters(self) -> dict[str, list[tuple[TextResponse, ScriptUse]]]:
        """Script file URL being fetched → the listings waiting for it, each with its use."""
        return self.__dict__.setdefault("_listing_script_waiters", {})

    def script_listing_requests(self, response: TextResponse, *, entries: bool,
                                further: bool) -> Iterable[Any]:
        """What an HTML listing page's own script files add: the listing API of a shell (a
        page that lists nothing and declares no further page), the page URL of the page
        functions its pager calls but does not define (a listing with items), the article
        URLs of rows handing a bare id to a function it does not define; on a page listing
        something, the XML feed its script renders (crawler/feeds.py): a shell's sidebar of
        news rows must not stand for its column."""
        if not (entries or further):
            yield from self.unpaged_call_requests(response)
            yield from self.read_listing_scripts(response, self.shell_api_pages)
        elif entries and undefined_page_functions(response.selector, response.text,
                                                  response.url):
            yield from self.read_listing_scripts(response, self.function_pages)
        if entries or further:   # a feed its script renders is its list, whatever else it shows
            yield from self.feed_call_requests(response)
        if self.row_scan(response).functions:
            yield from self.read_listing_scripts(response, self.rows_by_script)

    def read_listing_scripts(self, listing: TextResponse, use: ScriptUse) -> Iterable[Any]:
        """Each of the listing's own script files handed to `use` with the listing: at once
        when read before, else when it comes in (fetched once per crawl; the listings that
        need it meanwhile wait for that answer)."""
        for src in shell_scripts(listing.text, listing.url):
            if not self.allowed(src):
                continue
            if src in self.script_texts:
                yield from use(listing, self.script_texts[src])
            elif src in self.listing_script_waiters:
                self.listing_script_waiters[src].append((listing, use))
            else:
                self.listing_script_waiters[src] = [(listing, use)]
                yield scrapy.Request(src, callback=self.parse_listing_script,
                                     errback=self.listing_script_failed, dont_filter=True,
                                     meta={"fazhi_role": "other", "fazhi_script": src})

    def parse_listing_script(self, response: Response) -> Iterable[Any]:
        yield from self.listing_script_read(response.meta["fazhi_script"],
                                            script_text(response))

    def listing_script_failed(self, failure: Any) -> Iterable[Any]:
        yield from self.listing_script_read(failure.request.meta["fazhi_script"], "")

    def listing_script_read(self, src: str, text: str) -> Iterable[Any]:
        text = self.script_texts.setdefault(src, text)
        for listing, use in self.listing_script_waiters.pop(src, []):
            yield from use(listing, text)

    def rows_by_script(self, listing: TextResponse, script: str) -> Iterable[Any]:
        """The listing's rows whose function `script` defines: entries of the listing."""
        root, scan = self.listing_root(listing), self.row_scan(listing)
        known = {entry.url for entry in scan.entries}
        rows = [*scan.entries, *(row for row in scan.resolved(response_base(listing), script)
                                 if row.url not in known)]
        self.ledger.page_read(root, listing.url, [row.url for row in rows])
        for row in rows:
            row.listing_url = listing.url
            yield from self.follow_entry(row, root=root)

    def function_pages(self, listing: TextResponse, scripts: str) -> Iterable[scrapy.Request]:
        """The pages a listing's page functions lead to, their bodies read in `scripts`."""
        paging = jump_paging(listing.selector, f"{listing.text}\n{scripts}", listing.url)
        for page in paging.next_requests:
            request = self.page_request(page)
            if self.allowed(page.url) and self.first_listing_request(request):
                request.meta[LISTING_ROOT] = self.listing_root(listing)
                yield request

    def unpaged_call_requests(self, response: TextResponse) -> Iterable[scrapy.Request]:
        """A shell's own script calls that ask for no page (`$.post('/gk/all.do', {cat: 66},
        draw)`): the whole list in one answer, read as a listing (JSON or HTML). Only the
        page's inline calls, the first MAX_UNPAGED_CALLS: a site's script files call many
        APIs that list nothing."""
        text = query_fed_text(response.text, page_address(response))
        calls = [call for call in [*api_calls(text, response.url),
                                   *attribute_api_calls(response.text, response.url)]
                 if not call.page_field and self.allowed(call.url)]
        for call in calls[:MAX_UNPAGED_CALLS]:
            request = self.page_request(call)
            if self.first_listing_request(request):
                request.meta[LISTING_ROOT] = self.listing_root(response)
                yield request

    def feed_call_requests(self, response: TextResponse) -> Iterable[scrapy.Request]:
        """The page's inline calls for an XML feed (a URL ending .xml/.rss/.atom, or
        `dataType: "xml"`), each read as a listing of the page's column."""
        calls = [call for call in api_calls(query_fed_text(response.text, page_address(response)),
                                            response.url)
                 if is_feed_call(call) and self.allowed(call.url)]
        for call in calls[:MAX_UNPAGED_CALLS]:
            request = self.page_request(call)
            if self.first_listing_request(request):
                request.meta[LISTING_ROOT] = self.listing_root(response)
                yield request

    def fragment_answer(self, response: TextResponse) -> TextResponse:
        """A JSON listing answer that carries its rows as an HTML string (`data.html`, a
        jpaas unit): that HTML, read as the listing page (same URL and request); any other
        answer as it is."""
        if not is_json_answer(response):
            return response
        data = self.json_answer(response)
        if data is None or json_records(data, self.answer_keys):
            return response
        fragment = html_fragment(data)
        if fragment is None:
            return response
        return response.replace(cls=HtmlResponse, body=fragment.encode("utf-8"),
                                encoding="utf-8")

    def shell_api_pages(self, listing: TextResponse, script: str) -> Iterable[scrapy.Request]:
        """The listing API calls of a shell's script file, its names resolved from the
        shell's own text first (its config object), asking for page 1."""
        for page in ajax_paging(f"{listing.text}\n{script}", listing.url).next_requests:
            request = self.page_request(page)
            if self.allowed(page.url) and self.first_listing_request(request):
                request.meta[LISTING_ROOT] = self.listing_root(listing)
                self.note_api_calls(listing, [request])
                yield request

    # -- articles ---------------------------------------------------------------------------

    def note_shell_article(self, response: TextResponse, fetch: ArticleFetch) -> None:
        """Page 1 of an article that is a shell with no further page known: read its script
        files (those not read yet) before its detail API is looked for."""
        if fetch.pending_pages or not is_shell(response.selector):
            return
        fetch.shell_text = response.text
        fetch.pending_scripts = [src for src in shell_scripts(response.text, response.url)
                                 if self.allowed(src)]

    def shell_article_step(self, fetch: ArticleFetch) -> list[scrapy.Request] | None:
        """The next request of an article shell: a script file of it not read yet (none
        while another article's request for it is on its way: it waits for that answer);
        once all are read, the detail API calls that name it join its pages (None: go on)."""
        if fetch.shell_text is None:
            return None
        while fetch.pending_scripts:
            src = fetch.pending_scripts.pop(0)
            if src in self.script_texts:
                continue
            if src in self.script_waiters:
                self.script_waiters[src].append(fetch)
                return []
            self.script_waiters[src] = []
            return [scrapy.Request(src, callback=self.parse_article_script,
                                   errback=self.article_script_failed, dont_filter=True,
                                   meta={"fazhi_role": "other", "fazhi_script": src},
                                   cb_kwargs={"fetch": fetch})]
        scripts = [text for src, text in self.script_texts.items()
                   if src in shell_scripts(fetch.shell_text, fetch.page_urls[0])]
        fetch.pending_pages += [url for url in detail_api_urls(
            fetch.shell_text, scripts, fetch.page_urls[0]) if self.allowed(url)]
        fetch.shell_text = None
        return None

    def parse_article_script(self, response: Response, fetch: ArticleFetch) -> Iterator[Any]:
        yield from self.script_read(response.meta["fazhi_script"], script_text(response), fetch)

    def article_script_failed(self, failure: Any) -> Iterator[Any]:
        request = failure.request
        yield from self.script_read(request.meta["fazhi_script"], "", request.cb_kwargs["fetch"])

    def script_read(self, src: str, text: str, fetch: ArticleFetch) -> Iterator[Any]:
        """A script file is in (its text, "" when it failed): the article that asked for it
        and those waiting for it go on."""
        self.script_texts.setdefault(src, text)
        for waiting in [fetch, *self.script_waiters.pop(src, [])]:
            yield from self.next_step(waiting)
