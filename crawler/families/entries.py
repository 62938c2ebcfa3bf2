"""A listing page's items: the links the family's selector finds, or else the dated rows'
links of a listing no selector knows (a table of title and date cells). The listing knobs a
registry `[overrides]` table may replace are here."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, ClassVar

from scrapy.http import TextResponse

from crawler.families.chain import looks_like_report, might_be_report
from crawler.families.links import (
    ListingEntry,
    absolute_url,
    clean_text,
    date_near,
    date_value,
    dated_row_links,
    is_file_link,
    link_title,
    response_base,
)
from crawler.families.pagers import PagerSpider
from crawler.families.row_titles import is_action_text, row_title
from crawler.script_arrays import script_array_rows


class EntrySpider(PagerSpider):
    listing_link_css: ClassVar[str] = "a[href]"
    article_url_pattern: ClassVar[str] = ""     # regex an article URL must match ("" = any)
    title_filter: ClassVar[str] = ""            # regex a link text must match ("" = any)

    def listing_entries(self, response: TextResponse) -> list[ListingEntry]:
        """The items the family's link selector finds; where it finds none (a table or a list
        it does not know), the dated rows' links."""
        base = response_base(response)
        entries = (self.entries_from_links(response.css(self.listing_link_css), base)
                   or self.entries_from_links(dated_row_links(response), base))
        return self.with_script_rows(entries, response)

    def with_script_rows(self, entries: list[ListingEntry],
                         response: TextResponse) -> list[ListingEntry]:
        """`entries` and the rows a script opens (no link: `<li onclick="window.open(…)">`),
        those that may lead to a report, once each."""
        if response.selector.type != "html":   # a JSON or XML answer has no rows
            return entries
        known = {entry.url for entry in entries}
        rows = [row for row in self.row_scan(response).entries
                if row.url not in known and self.wanted(row.url, row.title)]
        return entries + rows + self.array_rows(response, known | {row.url for row in rows})

    def array_rows(self, response: TextResponse, known: set[str]) -> list[ListingEntry]:
        """The rows of an inline script's array literal the browser draws
        (crawler/script_arrays.py), those not listed otherwise."""
        base, found = response_base(response), []
        for title, href, date in script_array_rows(response.selector):
            url, title = absolute_url(base, href), clean_text(title)
            if url and url not in known and self.wanted(url, title):
                found.append(ListingEntry(url=url, title=title, published=date_value(date)))
                known.add(url)
        return found

    def listed_item_urls(self, response: TextResponse,
                         entries: list[ListingEntry]) -> list[str]:
        """The items a listing page shows, counted against what it declares: its entries
        and every dated row's link (a row whose URL no family pattern knows is still one of
        the column's records). A JSON or XML answer's items are its entries."""
        html = response.selector.type == "html"
        base = response_base(response)
        rows = [absolute_url(base, link.attrib.get("href"))
                for link in (dated_row_links(response) if html else [])]
        return list(dict.fromkeys([entry.url for entry in entries] + [u for u in rows if u]))

    def entries_from_links(self, links: Iterable[Any], base_url: str, *,
                           any_url: bool = False) -> list[ListingEntry]:
        """Listing entries of `links`: those to article pages (`article_url_pattern`) or, with
        `any_url` (a datastore's records), to any page of the portal."""
        entries = []
        for link in links:
            url = absolute_url(base_url, link.attrib.get("href"))
            title = link_title(link) if url else ""
            if title and is_action_text(title):   # a 查看 button: the row's cell is the title
                title = row_title(link) or title
            if not url or not self.wanted(url, title, any_url=any_url):
                continue
            entries.append(ListingEntry(url=url, title=title, published=date_near(link)))
        return entries

    def wanted(self, url: str, title: str, *, any_url: bool = False) -> bool:
        """A titled item to an article page, or one that is, or may be, a report's, whatever
        its URL looks like (or, on another government's host, skipped as offsite: said, never
        dropped); with `any_url`, any page of the portal."""
        if not title or (self.title_filter and not re.search(self.title_filter, title)):
            return False
        return bool(self.is_article_link(url) or looks_like_report(title)
                    or might_be_report(title) or (any_url and self.allowed(url)))

    def is_article_link(self, url: str) -> bool:
        """File links always count (reports published only as a PDF); pages must match."""
        if is_file_link(url):
            return True
        return not self.article_url_pattern or bool(re.search(self.article_url_pattern, url))
