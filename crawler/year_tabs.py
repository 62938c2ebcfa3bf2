"""Tabs of a report column: `<ul class="year-tabs"><li><a href="/col/2025/">2025年</a>…`, or
by whose reports they hold: `<ul class="tab-nav"><li class="on"><a href="bj/">本级</a></li>
<li><a href="bm/">部门</a></li></ul>` (本级/部门/乡镇/市直/县直…).

A column split into tabs shows one tab's items (or none) and links each tab's sub-column; the
reports of the other tabs are only there (a department's report, one only as a .docx).
`year_tab_links(text, url)` gives the links named by a year alone (2025 / 2025年 / 2025年度) or
by a scope alone (TAB_SCOPE_RE) whose page lies under the column's own path, or that stand
beside such a tab or the active tab (the page itself) in its tab bar, and the pages a year
`<select>` navigates to (`onchange="location.href=this.value"`, options `./2024/index.html`
labelled 2024年; year_select_links): each is a listing to read
(crawler/families/pagers.py counts it with the column, so an unread tab is
`listing_incomplete`, never `ok`).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from parsel import Selector

from crawler.paging import absolute_url, page_base, same_site

# --- patterns (data) ----------------------------------------------------------------------------
YEAR_TAB_RE = re.compile(r"(?:19|20)\d{2}\s*(?:年度?)?(?:报告)?")
# A tab named by whose reports it holds: 本级, 部门, 乡镇（街道）, 市直部门, 县直单位, 区级, 市本级,
# 镇（街道）, 政府部门 … (one of the core words below in it: 政府 or 市 alone is no tab).
TAB_SCOPE_RE = re.compile(r"(?:各|本级|[省市县区]直|[省市县区]级|乡镇|镇街|街道|部门|单位|政府|机关"
                          r"|[省市县区镇乡]|[（(）)、/·])+")
TAB_SCOPE_CORE_RE = re.compile(r"本级|直|级|乡镇|镇街|街道|部门|单位")   # not 政府 alone
MAX_YEAR_TABS = 40
# A year `<select>` whose onchange sends the browser to the option's value (location.href =
# this.value, window.location = this.options[…].value, window.open(this.value)).
SELECT_NAVIGATION_RE = re.compile(r"\blocation\b|\bopen\s*\(")


def column_path(url: str) -> str:
    """The column's folder: the path up to its last slash (`/col/index.html` → `/col/`)."""
    path = urlsplit(url).path or "/"
    return path.rsplit("/", 1)[0] + "/"


def year_tab_links(text: str, url: str) -> list[str]:
    """The column's year sub-columns on its host (none in a JSON answer): year-named links
    under its folder, or to its own page by another query (`list.html?year=2025`), or beside
    a tab that is this page or one of those (the other tabs of its tab block)."""
    if (text or "").lstrip()[:1] in ("{", "["):
        return []
    selector = Selector(text=text or "<html></html>", type="html")
    base = page_base(selector, url)
    tabs = [(link, target) for link in selector.css("a[href]")
            if (target := absolute_url(base, link.attrib.get("href")))
            and urlsplit(target).hostname == urlsplit(url).hostname
            and is_tab_label(label_of(link))]
    found = [target for _, target in tabs if target != url and own_year_page(target, url)]
    own = set(found)
    found += [target for target in year_select_links(selector, url) if target != url]
    for link, target in tabs:
        if target != url and target not in own:
            continue
        # the active tab: the tabs beside it; a scope tab of the column's own: the scope tabs
        # beside it (a 部门 tab in another folder beside the 本级 tab under the column's; a
        # side box of other columns' years is no tab bar of this one)
        block = link.xpath("ancestor::*[count(.//a[@href]) > 1][1]")
        found += [other for other_link, other in tabs if other != url
                  and block and other_link.root in block[0].root.iter("a")
                  and (target == url or is_scope_label(label_of(other_link)))]
    return list(dict.fromkeys(found))[:MAX_YEAR_TABS]


def year_select_links(selector: Selector, url: str) -> list[str]:
    """The listings a year `<select>` navigates to: its options labelled by a year alone whose
    values are pages on the column's site (a jumper of years, `./2024/index.html`; its
    www-twin is the site)."""
    found, base = [], page_base(selector, url)
    for select in selector.css("select[onchange]"):
        if not SELECT_NAVIGATION_RE.search(select.attrib.get("onchange", "")):
            continue
        options = [(label_of(option), (option.attrib.get("value") or "").strip())
                   for option in select.css("option")]
        years = [(label, value) for label, value in options if value
                 and YEAR_TAB_RE.fullmatch(label) and not value.isdigit()]
        if 2 * len(years) < len([value for _, value in options if value]):
            continue   # a menu of sites or columns with a year among them
        found += [target for _, value in years if (target := absolute_url(base, value))
                  and same_site(target, url)]
    return found


def label_of(link: Selector) -> str:
    return " ".join(link.xpath("string(.)").get("").split())


def is_tab_label(label: str) -> bool:
    """A tab's whole label: a year, or a scope (本级, 部门, 乡镇…)."""
    return bool(YEAR_TAB_RE.fullmatch(label) or is_scope_label(label))


def is_scope_label(label: str) -> bool:
    return bool(TAB_SCOPE_RE.fullmatch(label) and TAB_SCOPE_CORE_RE.search(label))


def own_year_page(target: str, url: str) -> bool:
    """Under the column's folder (not the folder's own page), or the column's page by another
    query."""
    page, column = urlsplit(target), urlsplit(url)
    if page.path == column.path:
        return page.query != column.query
    folder = column_path(url)
    return page.path.startswith(folder) and column_path(target) != folder
