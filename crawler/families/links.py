"""Small parsing helpers shared by the family spiders: links, titles, dates, page scripts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

from parsel import Selector
from scrapy.http import TextResponse

from cleaning.patterns import REPORT_FILE_EXTS
from crawler.paging import first_page_pager_urls  # the one reader of script pagers

# Files a report may be published as (or attached to its page): one list with the cleaner's.
ATTACHMENT_EXTENSIONS = REPORT_FILE_EXTS
NOT_LINKS = ("javascript:", "mailto:", "tel:", "#")
DATE_RE = re.compile(r"(20\d{2}|19\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


@dataclass
class ListingEntry:
    """One link on a listing page that may lead to a report."""

    url: str
    title: str
    published: str | None = None   # YYYY-MM-DD when the listing shows a date
    listing_url: str | None = None  # the listing page (or API answer) it was on


def clean_text(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u3000", " ")).strip()


def absolute_url(base_url: str, href: str | None) -> str | None:
    """The absolute http(s) URL of a link, without fragment; None for non-links."""
    href = (href or "").strip()
    if not href or href.lower().startswith(NOT_LINKS):
        return None
    url = urldefrag(urljoin(base_url, href)).url
    return url if urlsplit(url).scheme in ("http", "https") else None


def is_file_link(url: str) -> bool:
    """A link straight to a document file (.pdf, .docx …) rather than a page."""
    return urlsplit(url).path.lower().endswith(ATTACHMENT_EXTENSIONS)


def attachment_links(response: Any, scope_css: str, block_css: str,
                     extensions: tuple[str, ...]) -> list[str]:
    """File links of an article page, in page order, once each: in the body container(s) plus
    the attachment blocks portals put beside them (附件 lists); a page where the family's body
    selector finds nothing is searched whole."""
    body = response.css(scope_css)
    scopes = [*body, *response.css(block_css)] if body else [response]
    urls = [absolute_url(response.url, href)
            for scope in scopes for href in scope.css("a::attr(href)").getall()]
    return list(dict.fromkeys(u for u in urls
                              if u and u.lower().split("?")[0].endswith(extensions)))


def link_title(link: Selector) -> str:
    """Listings truncate link text with … — the title attribute then holds the full title."""
    text = clean_text(" ".join(link.xpath(".//text()").getall()))
    attr = clean_text(link.attrib.get("title", ""))
    return attr if len(attr) >= len(text.rstrip("…. ")) else text


def iso_date(text: str) -> str | None:
    """The first date in `text` as YYYY-MM-DD."""
    match = DATE_RE.search(text)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


CHINA_TZ = timezone(timedelta(hours=8))


def date_value(value: Any) -> str | None:
    """A listing's date as YYYY-MM-DD: a Unix timestamp (s or ms) or a date string."""
    if isinstance(value, int | float) and value > 0:
        seconds = value / 1000 if value > 1e11 else value
        return datetime.fromtimestamp(seconds, CHINA_TZ).strftime("%Y-%m-%d")
    return iso_date(str(value)) if value else None


# The row of a listing item: the nearest list item, table row or definition of a link.
ROW_XPATH = "ancestor::*[self::li or self::tr or self::dd or self::dt][1]"


def date_near(link: Selector) -> str | None:
    """A listing shows the date next to the link: in the link's parent element, or else in
    its row (a table's date cell beside the title cell)."""
    for scope in (link.xpath(".."), link.xpath(ROW_XPATH)):
        found = iso_date(" ".join(scope.xpath(".//text()").getall())) if scope else None
        if found:
            return found
    return None


def dated_row_links(selector: Selector | TextResponse) -> list[Selector]:
    """The item links of a listing no selector knows: each the one link of its cell or row
    (list item, table row, a parent element) beside a date — navigation and pager links carry
    none."""
    found = []
    for link in selector.css("a[href]"):
        # Its own cell or item: the parent (<div class="item"><a/><span/></div>, a <td>) or
        # the row holds no other link.
        scopes = [scope for scope in (link.xpath(".."), link.xpath(ROW_XPATH)) if scope]
        if any(len(scope[0].css("a[href]")) == 1 for scope in scopes) and date_near(link):
            found.append(link)
    return found


def create_page_urls(text: str, base_url: str) -> list[str]:
    """Further pages announced by an inline `createPageHTML(total, current, name, ext)` call
    (numbers or the names of `var`s holding them).

    TRS puts page 1 at `<name>.<ext>` and page k+1 at `<name>_<k>.<ext>`; only the first page
    (current == 0) announces the others, so a later page adds nothing new.
    """
    return first_page_pager_urls(text, base_url)
