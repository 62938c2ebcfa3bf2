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
from crawler.paging import page_base
from crawler.paging_script import first_page_pager_urls  # the one reader of script pagers
from crawler.tracking_params import link_identity

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
    url = link_identity(urldefrag(urljoin(base_url, href)).url)
    return url if urlsplit(url).scheme in ("http", "https") else None


def response_base(response: TextResponse) -> str:
    """What a response's relative links resolve against: an HTML page's `<base href>`, else
    its URL (crawler.paging.page_base)."""
    return page_base(response.selector, response.url)


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
    base = response_base(response)
    urls = [absolute_url(base, href)
            for scope in scopes for href in scope.css("a::attr(href)").getall()]
    return list(dict.fromkeys(u for u in urls
                              if u and u.lower().split("?")[0].endswith(extensions)))


# Inline tags a site search wraps the query's words in (明塘县2024年<em>法治政府建设</em>年度报告):
# their text belongs to the word around it, no space between.
HIGHLIGHT_TAGS = ("em", "mark", "b", "strong", "font")
HIGHLIGHT_TAG_RE = re.compile(rf"</?(?:{'|'.join(HIGHLIGHT_TAGS)})\b[^>]*>", re.IGNORECASE)
HIGHLIGHT_XPATH = " | ".join(f".//{tag}" for tag in HIGHLIGHT_TAGS)


def link_text(link: Selector) -> str:
    """The link's text, its pieces joined by a space unless a highlight tag split a word."""
    if link.xpath(HIGHLIGHT_XPATH):
        link = Selector(text=HIGHLIGHT_TAG_RE.sub("", link.get()))
    return clean_text(" ".join(link.xpath(".//text()").getall()))


def link_title(link: Selector) -> str:
    """Listings truncate link text with … — the title attribute then holds the full title."""
    text = link_text(link)
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


ITEM_BLOCK_LEVELS = 4      # how far above a link its item block may start
DATE_TEXT_CHARS = 30       # a date element's text ("发布时间：2025年01月21日"), not a snippet's
DATE_LABEL_CHARS = 12      # what a date element holds besides the date: 发布时间：, a source
DATE_ELEMENT_XPATH = (f".//*[string-length(normalize-space(.)) <= {DATE_TEXT_CHARS}]"
                      f"[not({HIGHLIGHT_XPATH})]")


def item_block(link: Selector) -> Selector | None:
    """The largest element around a link that links nowhere else, a few levels up: a search
    result's or a card's block (<div class=result><h3><a/></h3><p>snippet</p><p>发布时间 …</p>
    </div>), where the date sits in neither the link's parent nor a list row. The shown URL
    may link to the same place (a second link to one target still makes one item)."""
    href = link.attrib.get("href")
    block, element = None, link.root.getparent()
    for _ in range(ITEM_BLOCK_LEVELS):
        if element is None or element.tag in ("body", "html") or any(
                a.get("href") not in (None, href) for a in element.iter("a")):
            break
        block, element = element, element.getparent()
    return Selector(root=block) if block is not None else None


def block_date(block: Selector) -> str | None:
    """The date of an item block: the first short element that is a date and little else
    (发布时间：2025年01月21日, a source and a date). A snippet's dates are what the text says, not
    when it was published: a snippet is cut (……) or highlights the query."""
    if not iso_date(block.xpath("string(.)").get("")):
        return None    # most blocks (a menu's list items) hold no date at all
    for element in block.xpath(DATE_ELEMENT_XPATH):
        text = clean_text(element.xpath("string(.)").get(""))
        found = iso_date(text)
        if found and "…" not in text and len(DATE_RE.sub("", text)) <= DATE_LABEL_CHARS:
            return found
    return None


def date_near(link: Selector) -> str | None:
    """A listing shows the date next to the link: in the link's parent element, or else in
    its row (a table's date cell beside the title cell), or else in its item block (a search
    result's 发布时间 line)."""
    for scope in (link.xpath(".."), link.xpath(ROW_XPATH)):
        found = iso_date(" ".join(scope.xpath(".//text()").getall())) if scope else None
        if found:
            return found
    block = item_block(link)
    return block_date(block) if block is not None else None


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
