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
from urllib.parse import unquote, urljoin

import scrapy
from parsel import Selector
from scrapy.http import TextResponse

from crawler.families.base import FamilySpider
from crawler.families.links import ListingEntry

RECORD_RE = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S | re.I)
TOTAL_RE = re.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>", re.I)


def field_value(text: str, name: str) -> str | None:
    """`name` as a JS object key (`col: 1`, `"col":"1"`) or a query parameter (`col=1`)."""
    pattern = rf"(?<![\w$]){re.escape(name)}(?![\w$])['\"]?\s*[:=]\s*['\"]?([^'\"&,;}}\s<>]*)"
    match = re.search(pattern, text, re.I)
    return unquote(match.group(1)) if match else None


class HanwebSpider(FamilySpider):
    family = "hanweb"
    dataproxy_path: ClassVar[str] = "/module/web/jpage/dataproxy.jsp"
    form_fields: ClassVar[tuple[str, ...]] = (
        "col", "appid", "webid", "path", "columnid", "sourceContentType", "unitid", "webname",
        "permissiontype",
    )
    perpage: ClassVar[int] = 0   # records per POST; 0 = as declared by the page (or its count)

    def listing_entries(self, response: TextResponse) -> list[ListingEntry]:
        entries: list[ListingEntry] = []
        for record in RECORD_RE.findall(response.text):
            links = Selector(text=record).css("a[href]")
            entries += self.entries_from_links(links, response.url)
        return entries

    def jpage_dataproxy_listing_requests(self, response: TextResponse
                                         ) -> Iterable[scrapy.Request]:
        if response.meta.get("fazhi_hanweb_post"):
            return  # a dataproxy answer: the column page already asked for every record
        total_match = TOTAL_RE.search(response.text)
        shown = len(RECORD_RE.findall(response.text))
        if not total_match or int(total_match.group(1)) <= shown:
            return
        total = int(total_match.group(1))
        perpage = self.perpage or int(field_value(response.text, "perpage") or 0) or shown or 15
        form = {name: value for name in self.form_fields
                if (value := field_value(response.text, name)) is not None}
        for start in range(shown + 1, total + 1, perpage):
            end = min(start + perpage - 1, total)
            query = f"?startrecord={start}&endrecord={end}&perpage={perpage}"
            yield self.listing_request(
                urljoin(response.url, self.dataproxy_path + query), request_cls=scrapy.FormRequest,
                formdata=form, meta={"fazhi_hanweb_post": True},
            )
