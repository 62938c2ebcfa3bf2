"""Guangdong 政府信息公开 platform (gkmlpt): listings come from a JSON API.

The column page `/gkmlpt/index#<column>` is an empty JS shell; its data is
`/gkmlpt/api/all/<column>?page=N&sid=<sid>` → `{"articles": [{"title", "url",
"first_publish_time"}, …], "total": N}`. Articles `/gkmlpt/content/…/post_<id>.html` carry their
body as JSON in `window._CONFIG` (the cleaning stage reads it): its `DETAIL` holds the body HTML
(`content`, whose file links are the attachments, often the whole report) and an `attachment`
list. Pagers: settings/families.py.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from typing import Any, ClassVar
from urllib.parse import parse_qs, urljoin, urlsplit

import scrapy
from scrapy.http import HtmlResponse, TextResponse

from crawler.families.base import FamilySpider
from crawler.families.chain import ArticleFetch
from crawler.families.links import ListingEntry, absolute_url, attachment_links, clean_text
from crawler.families.links import date_value as publish_date


class GkmlptSpider(FamilySpider):
    family = "gkmlpt"
    api_path: ClassVar[str] = "/gkmlpt/api/all/{column}?page={page}&sid={sid}"
    sid: ClassVar[str] = ""       # the platform's site id; default: the portal's division code
    column: ClassVar[str] = ""    # default: the start URL's #fragment
    detail_key: ClassVar[str] = "DETAIL"   # the article's JSON inside window._CONFIG

    def listing_requests(self, start_url: str) -> Iterable[scrapy.Request]:
        yield self.listing_request(self.api_url(start_url, 1), dont_filter=True)

    def api_url(self, start_url: str, page: int) -> str:
        column = self.column or urlsplit(start_url).fragment
        sid = self.sid or (self.portal.division_code if self.portal else "")
        return urljoin(start_url, self.api_path.format(column=column, page=page, sid=sid))

    def listing_entries(self, response: TextResponse) -> list[ListingEntry]:
        entries = []
        for article in self.api_data(response).get("articles") or []:
            url = absolute_url(response.url, article.get("url"))
            title = clean_text(str(article.get("title") or ""))
            if url and title and self.is_article_link(url):
                published = publish_date(article.get("first_publish_time"))
                entries.append(ListingEntry(url=url, title=title, published=published))
        return entries

    def gkmlpt_api_listing_requests(self, response: TextResponse) -> Iterable[scrapy.Request]:
        query = parse_qs(urlsplit(response.url).query)
        if query.get("page", ["1"])[0] != "1":
            return
        data = self.api_data(response)
        per_page = len(data.get("articles") or [])
        total = int(data.get("total") or 0)
        self.ledger.declare(self.listing_root(response), records=total,
                            pages=math.ceil(total / per_page) if per_page else None)
        if not per_page:
            return
        for page in range(2, math.ceil(total / per_page) + 1):
            yield self.listing_request(response.url.replace("page=1", f"page={page}", 1))

    def collect_attachments(self, response: TextResponse, fetch: ArticleFetch) -> None:
        """The page's file links, then those of the DETAIL JSON (body HTML, attachment list):
        a report published as a file has no link in the page's HTML at all."""
        super().collect_attachments(response, fetch)
        detail = config_detail(response.text, self.detail_key)
        body = HtmlResponse(response.url, body=str(detail.get("content") or "").encode(),
                            encoding="utf-8")
        urls = attachment_links(body, "body", self.attachment_block_css,
                                self.attachment_extensions)
        listed = detail.get("attachment")
        linked = [absolute_url(response.url, str(item.get("url") or ""))
                  for item in (listed if isinstance(listed, list) else [])
                  if isinstance(item, dict)]
        urls += [url for url in linked if url]
        known = set(fetch.attachment_urls) | set(fetch.pending_attachments)
        for url in dict.fromkeys(u for u in urls if u):
            if url not in known and self.allowed(url) and url.lower().split("?")[0].endswith(
                    self.attachment_extensions):
                fetch.pending_attachments.append(url)

    def api_data(self, response: TextResponse) -> dict[str, Any]:
        try:
            data = json.loads(response.text)
        except ValueError:
            self.logger.error("gkmlpt API did not answer JSON: %s", response.url)
            return {}
        return data if isinstance(data, dict) else {}


def config_detail(text: str, key: str) -> dict[str, Any]:
    """The JSON object after `key:` in the page's config script ({} when there is none)."""
    match = re.search(rf"\b{re.escape(key)}\s*:\s*(?=\{{)", text)
    if not match:
        return {}
    try:
        value, _ = json.JSONDecoder().raw_decode(text, match.end())
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
