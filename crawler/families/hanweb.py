"""Hanweb JCMS (大汉): column listings whose records are CDATA inside `<script type="text/xml">`.

The column page `/col/col<ID>/index.html` embeds the first records and `<totalrecord>`; the rest
come only from POST `/module/web/jpage/dataproxy.jsp?startrecord=&endrecord=&perpage=` with the
column's form fields (found in the page's jpage script or nextgroup link), answered with a
`<datastore>` XML of the same CDATA records. Article URL pattern, attachment scope and pagers:
settings/families.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar
from urllib.parse import parse_qs, parse_qsl, unquote, urljoin, urlsplit

import scrapy
from parsel import Selector
from scrapy.http import TextResponse

from crawler.families.base import FamilySpider
from crawler.families.links import ListingEntry, response_base
from crawler.families.pagers import NO_DECLARED_PAGING

# A record's CDATA ends at its first `]]>` (XML), read once: a lazy .*? read on to the page's
# end from each <record> whose `]]>` was not followed by </record> (issue 13).
RECORD_RE = re.compile(r"<record>\s*+<!\[CDATA\[((?:[^\]]++|\](?!\]>))*+)\]\]>\s*+</record>",
                       re.S | re.I)
# The record count: the datastore's <totalrecord>, or the jpage call's `totalRecord: N` (a
# column page may embed its first records without the count).
TOTAL_RES = (re.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>", re.I),
             re.compile(r"\btotalRecord['\"]?\s*[:=]\s*['\"]?(\d+)", re.I))
# The data proxy the page's jpage call or nextgroup link names (it need not sit at the root).
# Issue 13: each unclosed `<script` or `<nextgroup>` was read to the page's end, quadratic on
# 100 KB of them. The script tag's scan is bounded (the longest in the 4,514 test and data
# texts is 431 characters). A nextgroup is read whole, however far its href sits, yet linearly:
# the scan (possessive, never backtracking) stops at its `</nextgroup>` or at the next
# `<nextgroup>`, so no character is read from two of them; an href naming no data proxy is
# stepped over (its value, up to a quote, is read once more by the look-ahead).
SCRIPT_ATTR_CHARS = 1000
NEXTGROUP_RE = re.compile(r"<nextgroup>(?:[^<h]++|<(?!/?nextgroup>)"
                          r"|h(?!ref=['\"][^'\"?]*dataproxy))*+"
                          r"href=['\"]([^'\"?]*dataproxy[^'\"?]*)", re.I)
PROXY_RES = (re.compile(r"proxyUrl['\"]?\s*[:=]\s*['\"]([^'\"?]+)", re.I), NEXTGROUP_RE)
NEXTGROUP_TAG = "<nextgroup>"   # its href unreadable: the proxy is a guess, said if it fails
# A datastore column (records as CDATA in `<script type="text/xml">`): the only kind whose
# further records come from the data proxy. A page rendered on the server pages itself
# (`?uid=…&pageNum=N`, read by the generic pagers) and is sent no proxy POST it never names.
DATASTORE_RE = re.compile(rf"<datastore\b|<script[^>]{{0,{SCRIPT_ATTR_CHARS}}}type=['\"]text/xml",
                          re.I)
# Where the site's own Hanweb modules live, when the page says so: a 集约化 county site under a
# path prefix of a shared host loads `/hpx/module/…` (its proxy is `/hpx/module/web/…`).
MODULE_PREFIX_RE = re.compile(r"""(?:src|href|action)\s*=\s*['"](/(?:[\w.-]+/)+?)module/""",
                              re.I)


def field_value(text: str, name: str) -> str | None:
    """`name` as a JS object key (`col: 1`, `"col":"1"`) or a query parameter (`col=1`)."""
    pattern = rf"(?<![\w$]){re.escape(name)}(?![\w$])['\"]?\s*[:=]\s*['\"]?([^'\"&,;}}\s<>]*)"
    match = re.search(pattern, text, re.I)
    return unquote(match.group(1)) if match else None


def named_proxy_path(text: str) -> str | None:
    """The data proxy path the page's jpage call or nextgroup link names, else None."""
    return next((match.group(1) for rx in PROXY_RES if (match := rx.search(text))), None)


def guessed_proxy_path(text: str, default: str) -> str:
    """`default` under the prefix the page loads its modules from (`/hpx/module/…`:
    `/hpx/module/web/jpage/dataproxy.jsp`)."""
    prefix = MODULE_PREFIX_RE.search(text)
    return (prefix.group(1).rstrip("/") if prefix else "") + default


def site_proxy_path(text: str, default: str) -> str:
    """The page's own data proxy path, else the guess `guessed_proxy_path` makes."""
    return named_proxy_path(text) or guessed_proxy_path(text, default)


class HanwebSpider(FamilySpider):
    family = "hanweb"
    dataproxy_path: ClassVar[str] = "/module/web/jpage/dataproxy.jsp"
    form_fields: ClassVar[tuple[str, ...]] = (
        "col", "appid", "webid", "path", "columnid", "sourceContentType", "unitid", "webname",
        "permissiontype",
    )
    perpage: ClassVar[int] = 0   # records per POST; 0 = as declared by the page (or its count)

    def listing_entries(self, response: TextResponse) -> list[ListingEntry]:
        """The datastore's CDATA records; a page rendered on the server (newer JCMS columns,
        paged by `?uid=…&pageNum=N` links) has none and is read as plain links."""
        records = RECORD_RE.findall(response.text)
        if not records:
            return super().listing_entries(response)
        entries: list[ListingEntry] = []
        base = response_base(response)
        for record in records:   # each record is an item of the column, whatever its URL
            links = Selector(text=record).css("a[href]")[:1]   # (a mirrored WeChat post's)
            entries += self.entries_from_links(links, base, any_url=True)
        return entries

    def jpage_dataproxy_listing_requests(self, response: TextResponse
                                         ) -> Iterable[scrapy.Request]:
        if response.meta.get("fazhi_hanweb_post"):
            yield from self.rest_of_window(response)   # the column page asked for the rest
            return
        shown = len(RECORD_RE.findall(response.text))
        total = max((int(m.group(1)) for rx in TOTAL_RES for m in rx.finditer(response.text)),
                    default=0)
        self.ledger.declare(self.listing_root(response), records=total)
        named = named_proxy_path(response.text)   # searched once: it decides three things
        if total <= shown or not (shown or DATASTORE_RE.search(response.text) or named):
            return
        perpage = self.perpage or int(field_value(response.text, "perpage") or 0) or shown or 15
        form = {name: value for name in self.form_fields
                if (value := field_value(response.text, name)) is not None}
        proxy = urljoin(response_base(response), named or guessed_proxy_path(
            response.text, self.dataproxy_path))
        if named is None:
            self.guessed_proxy(response, proxy)
        for start in range(shown + 1, total + 1, perpage):
            yield self.window_request(proxy, start, min(start + perpage - 1, total), perpage,
                                      form)

    def guessed_proxy(self, response: TextResponse, proxy: str) -> None:
        """A page whose `<nextgroup>` names no data proxy (no href, `javascript:`, cut off) and
        no jpage call names one (the caller asks): its later groups go to a guessed proxy. The
        nextgroup is a link the ledger holds and never reads: a guess that brings every
        declared record meets the count (nothing said); one that does not leaves the listing
        incomplete, saying why."""
        text = response.text
        at = text.lower().find(NEXTGROUP_TAG)
        if at < 0:
            return
        self.ledger.next_link(self.listing_root(response), response.url,
                              " ".join(text[at:at + 200].split()),
                              f"{NEXTGROUP_TAG} (its href names no data proxy; later records"
                              f" asked of the guess {proxy})")

    def window_request(self, proxy: str, start: int, end: int, perpage: int,
                       form: dict[str, str]) -> scrapy.Request:
        """POST for records start..end: the jpage window form and the column's fields."""
        query = f"?startrecord={start}&endrecord={end}&perpage={perpage}"
        return self.listing_request(proxy + query, request_cls=scrapy.FormRequest, method="POST",
                                    formdata=form,
                                    meta={"fazhi_hanweb_post": True, NO_DECLARED_PAGING: True})

    def rest_of_window(self, response: TextResponse) -> Iterable[scrapy.Request]:
        """A server that hands out fewer records per call than asked (perPage × groupSize):
        the rest of the window, from the first record it did not send."""
        query = {k: v[0] for k, v in parse_qs(urlsplit(response.url).query).items()}
        shown = len(RECORD_RE.findall(response.text))
        try:
            start, end = int(query["startrecord"]), int(query["endrecord"])
        except (KeyError, ValueError):
            return
        if 0 < shown < end - start + 1:
            body = response.request.body if response.request else b""
            form = dict(parse_qsl(body.decode("utf-8", "replace")))
            proxy = response.url.split("?", 1)[0]
            yield self.window_request(proxy, start + shown, end,
                                      int(query.get("perpage") or shown), form)
