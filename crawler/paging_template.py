"""Pagers of script links numbered in data attributes, their page URL a template on the pager.

`<div id="pager" data-first="/c/index.html" data-url="/c/index_{page}.html">
<a href="javascript:void(0)" data-page="2">2</a> … <a … data-page="3">尾页</a></div>`: a click
handler fills the template with the link's number (`tpl.replace("{page}", p)`), page 1 being
`data-first` or the page itself: the column's start, never asked from the template (TRS's
page 1 is `index.html`, not `index_1.html`). Pages 2.. are the template filled with the numbers
above the lowest up to the highest link (a window 1 2 3 … 尾页 declares the pages between). The
template may be on the link itself or on an ancestor, in any `data-*` attribute (else, when
the page holds exactly one, a hidden input's value or a string of its script), with a
placeholder spelled `{page}`, `{pageNo}`, `{n}`, `{{page}}`, `${page}`, `{0}` … (pager
templates in public code use these spellings). The fifth part of crawler/paging.py (same
`Paging`).
"""

from __future__ import annotations

import re

from parsel import Selector

from crawler.paging import MAX_FILLED_PAGES, PageRequest, Paging, absolute_url, page_base

# --- patterns (data) ----------------------------------------------------------------------------
# A page-number placeholder in a URL template: {page} {pageNo} {n} {{page}} ${page} {0} …
PLACEHOLDER_RE = re.compile(
    r"\$?\{\{?\s*(?:page(?:No|Num|Index|Number)?|pn|curPage|currentPage|current|p|n|num|no|"
    r"index|i|0)\s*\}\}?", re.IGNORECASE)
# A link's page number: data-page, data-pageno, data-pager, data-p, data-pn … or these.
NUMBER_ATTR_RE = re.compile(r"^data-(?:page[\w-]*|p|pn|pno|pg|pi|pager|index|num|no|n)$")
NUMBERED_LINKS_XPATH = ("//*[@*[starts-with(name(), 'data-')]]"
                        "[self::a or self::li or self::span or self::button]")
# Where else a page keeps the template: a hidden input's value, a string of its own script.
TEMPLATE_INPUTS_XPATH = "//input[@type='hidden']/@value"
SCRIPT_STRING_RE = re.compile(r"""['"`]([^'"`\s<>]*[/.][^'"`\s<>]*)['"`]""")
TEMPLATE_LEVELS = 4      # the link and its ancestors searched for the template
CURRENT_CLASSES = ("active", "current", "cur", "on", "selected")


def has_placeholder(value: str) -> bool:
    """A URL template with a page placeholder (never a URL to request as it is)."""
    return bool(PLACEHOLDER_RE.search(value or ""))


def template_paging(selector: Selector, url: str) -> Paging:
    """The pages a data-numbered pager declares through its template, as requests (the
    declared count is the highest number)."""
    base = page_base(selector, url)
    found: dict[str, list[int]] = {}
    current: dict[str, int] = {}
    page_wide: list[str | None] = []   # read once, when a numbered link has no template
    for link in selector.xpath(NUMBERED_LINKS_XPATH):
        number = link_number(link)
        if number is None:
            continue
        template = template_holder(link)
        if template is None:
            page_wide = page_wide or [page_wide_template(selector)]
            template = page_wide[0]
        if template is None:
            continue
        found.setdefault(template, []).append(number)
        if set(link.attrib.get("class", "").split()) & set(CURRENT_CLASSES):
            current[template] = number
    paging = Paging()
    for template, numbers in found.items():
        low, high = min(numbers), max(numbers)
        pages = [PageRequest(filled) for n in range(low, min(high, low + MAX_FILLED_PAGES) + 1)
                 if n != current.get(template) and not (n == low <= 1)   # page 1: the start
                 and (filled := absolute_url(base, PLACEHOLDER_RE.sub(str(n), template)))]
        paging = paging.add(Paging(high - low + 1, None, pages))
    return paging


def link_number(link: Selector) -> int | None:
    """The page number a pager link carries in a data attribute, or None."""
    for name, value in link.attrib.items():
        if NUMBER_ATTR_RE.match(name) and value.strip().isdigit():
            return int(value)
    return None


def page_wide_template(selector: Selector) -> str | None:
    """A URL template the page holds elsewhere, when it holds one only: a hidden input's
    value or a string literal of its inline scripts (`var tpl = "/c/index_{page}.html"`)."""
    values = selector.xpath(TEMPLATE_INPUTS_XPATH).getall() + [
        found for script in selector.css("script:not([src])::text").getall()
        for found in SCRIPT_STRING_RE.findall(script)]
    templates = {value.strip() for value in values if has_placeholder(value)}
    return templates.pop() if len(templates) == 1 else None


def template_holder(link: Selector) -> str | None:
    """The URL template of a numbered link: its own data-* attribute or its nearest
    ancestor's, within TEMPLATE_LEVELS."""
    for element in [link, *link.xpath("ancestor::*")[::-1][:TEMPLATE_LEVELS]]:
        for name, value in element.attrib.items():
            if name.startswith("data-") and has_placeholder(value):
                return value.strip()
    return None
