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
    """The column's year sub-columns on its host (none in a JSON answer): year-named links
    under its folder, or to its own page by another query (`list.html?year=2025`), or beside
    a year tab that is this page (a tab block whose active tab is the column: its siblings)."""
    if (text or "").lstrip()[:1] in ("{", "["):
        return []
    selector = Selector(text=text or "<html></html>", type="html")
    tabs = [(link, target) for link in selector.css("a[href]")
            if (target := absolute_url(url, link.attrib.get("href")))
            and urlsplit(target).hostname == urlsplit(url).hostname
            and YEAR_TAB_RE.fullmatch(" ".join(link.xpath("string(.)").get("").split()))]
    found = [target for _, target in tabs if target != url and own_year_page(target, url)]
    for link, target in tabs:
        if target == url:   # the active tab: the tabs beside it are the other years
            block = link.xpath("ancestor::*[count(.//a[@href]) > 1][1]")
            found += [other for other_link, other in tabs if other != url
                      and block and other_link.root in block[0].root.iter("a")]
    return list(dict.fromkeys(found))[:MAX_YEAR_TABS]


def own_year_page(target: str, url: str) -> bool:
    """Under the column's folder (not the folder's own page), or the column's page by another
    query."""
    page, column = urlsplit(target), urlsplit(url)
    if page.path == column.path:
        return page.query != column.query
    folder = column_path(url)
    return page.path.startswith(folder) and column_path(target) != folder
