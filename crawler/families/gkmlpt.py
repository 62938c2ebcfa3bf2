"""Guangdong 政府信息公开 platform (gkmlpt): listings come from a JSON API.

The column page `<base>/gkmlpt/index#<column>` is an empty JS shell (the platform may sit under a
department's sub-path, `/hwsfj/gkmlpt/…`; the column id is only in the `#` fragment, which no
request carries); the shell names the platform's site id (`SID`), and its script asks
`<base>/gkmlpt/api/all/<column>?page=N&sid=<sid>` → `{"articles": [{"title", "url",
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
from urllib.parse import parse_qs, urldefrag, urljoin, urlsplit

import scrapy
from scrapy.http import HtmlResponse, TextResponse

from crawler.families.base import FamilySpider
from crawler.families.chain import ArticleFetch
from crawler.families.links import ListingEntry, absolute_url, attachment_links, clean_text
from crawler.families.links import date_value as publish_date
from crawler.families.pagers import LISTING_ROOT

SHELL_OF = "fazhi_gkmlpt_shell_of"   # request meta: the start URL whose JS shell this is
API_PATH_RE = re.compile(r"/gkmlpt/api/all/\d+")
# A meta tag's attributes read up to META_ATTR_CHARS, not to the page's end from each unclosed
# `<meta` (issue 13: quadratic on 100 KB of them). The longest meta tag in the 4,514 test and
# data texts is 189 characters.
META_ATTR_CHARS = 500
SITE_ID_RE = re.compile(r"""\bSID['"]?\s*[:=]\s*['"]?(\d+)"""
                        rf"""|<meta[^>]{{1,{META_ATTR_CHARS}}}name=['"]SiteId['"]"""
                        rf"""[^>]{{1,{META_ATTR_CHARS}}}content=['"](\d+)""", re.I)


class GkmlptSpider(FamilySpider):
    family = "gkmlpt"
    api_path: ClassVar[str] = "gkmlpt/api/all/{column}?page={page}&sid={sid}"
    # The platform's site id; default: the shell page's SID, else the portal's division code.
    sid: ClassVar[str] = ""
    column: ClassVar[str] = ""    # default: the start URL's #fragment
    detail_key: ClassVar[str] = "DETAIL"   # the article's JSON inside window._CONFIG

    def listing_requests(self, start_url: str) -> Iterable[scrapy.Request]:
        """The API at once when the site id is known, else the shell page that names it."""
        if self.sid or API_PATH_RE.search(urlsplit(start_url).path):
            url = start_url if API_PATH_RE.search(start_url) else self.api_url(start_url, 1)
            yield self.listing_request(url, dont_filter=True, meta={LISTING_ROOT: start_url})
            return
        yield self.listing_request(urldefrag(start_url).url, dont_filter=True,
                                   meta={LISTING_ROOT: start_url, SHELL_OF: start_url})

    def api_url(self, start_url: str, page: int, *, sid: str = "") -> str:
        """The column's API page: beside the start URL's `gkmlpt/` folder (or the host's)."""
        column = self.column or urlsplit(start_url).fragment
        sid = self.sid or sid or (self.portal.division_code if self.portal else "")
        path = urlsplit(start_url).path
        base = path[:path.find("gkmlpt/")] if "gkmlpt/" in path else "/"
        return urljoin(urljoin(start_url, base),
                       self.api_path.format(column=column, page=page, sid=sid))

    def listing_entries(self, response: TextResponse) -> list[ListingEntry]:
        if shell_of(response):
            return []   # the JS shell: its items come from the API
        entries = []
        for article in self.api_data(response).get("articles") or []:
            url = absolute_url(response.url, article.get("url"))
            title = clean_text(str(article.get("title") or ""))
            if url and title and self.is_article_link(url):
                published = publish_date(article.get("first_publish_time"))
                entries.append(ListingEntry(url=url, title=title, published=published))
        return entries

    def gkmlpt_api_listing_requests(self, response: TextResponse) -> Iterable[scrapy.Request]:
        start_url = shell_of(response)
        if start_url:   # the shell page: its site id, then the API's page 1
            yield self.listing_request(self.api_url(start_url, 1, sid=shell_site_id(
                response.text)), meta={LISTING_ROOT: start_url})
            return
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


def shell_of(response: TextResponse) -> str | None:
    """The start URL whose JS shell `response` is (None: an API answer, or a page fetched
    outside a crawl, with no request)."""
    return response.request.meta.get(SHELL_OF) if response.request else None


def shell_site_id(text: str) -> str:
    """The platform's site id the shell page names (`SID: '758321'`, `window.SID = "…"`,
    `<meta name="SiteId" …>`), or ""."""
    match = SITE_ID_RE.search(text)
    return next((group for group in match.groups() if group), "") if match else ""


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
