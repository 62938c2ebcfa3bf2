"""Year tabs of a report column: `<ul class="year-tabs"><li><a href="/col/2025/">2025年</a>…`.

A column split by year shows one year's items (or none) and links each year's sub-column; the
reports of the other years are only there. `year_tab_links(text, url)` gives the links named
by a year alone (2025 / 2025年 / 2025年度) whose page lies under the column's own path: each is
a listing to read (crawler/families/pagers.py counts it with the column, so an unread tab is
`listing_incomplete`, never `ok`).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from parsel import Selector

from crawler.paging import absolute_url

# --- patterns (data) ----------------------------------------------------------------------------
YEAR_TAB_RE = re.compile(r"(?:19|20)\d{2}\s*(?:年度?)?(?:报告)?")
MAX_YEAR_TABS = 40


def column_path(url: str) -> str:
    """The column's folder: the path up to its last slash (`/col/index.html` → `/col/`)."""
    path = urlsplit(url).path or "/"
    return path.rsplit("/", 1)[0] + "/"


def year_tab_links(text: str, url: str) -> list[str]:
    """The column's year sub-columns: year-named links on its host, under its folder (none
    in a JSON answer)."""
    if (text or "").lstrip()[:1] in ("{", "["):
        return []
    selector = Selector(text=text or "<html></html>", type="html")
    folder, host = column_path(url), urlsplit(url).hostname
    found: list[str] = []
    for link in selector.css("a[href]"):
        text = " ".join(" ".join(link.xpath(".//text()").getall()).split())
        target = absolute_url(url, link.attrib.get("href"))
        if not target or not YEAR_TAB_RE.fullmatch(text):
            continue
        parts = urlsplit(target)
        if (parts.hostname == host and parts.path.startswith(folder)
                and column_path(target) != folder and target != url):
            found.append(target)
    return list(dict.fromkeys(found))[:MAX_YEAR_TABS]
