"""Page counts a pagination plugin is given in a script's options, and counts no reader knows.

A jQuery pager (`$("#pagination").pagination({"pageCount": 3, "current": 1, …})`, laypage's
`{count: 16, limit: 6}`, `{totalData: 16, showData: 6}`) draws its links in the browser: the raw
page has no page link, only the options. `plugin_paging(text, url)` reads each object literal of
the page's scripts that names a page count (or a record count beside a page size) and pages the
listing as a static column (`index_1.shtml` … beside `index.shtml`, or the `prefix`/`suffix` the
options name). A count named like a page total in any other way (`var pageTotalNum = 4`) is
declared without requests: the ledger then says `listing_incomplete` if no pager read the pages,
never `ok`.
"""

from __future__ import annotations

import re

from parsel import Selector

from crawler.js_values import js_value
from crawler.page_functions import NAVIGATION_RE, body_template, navigating_template

# --- patterns (data) ----------------------------------------------------------------------------
PLUGIN_PAGE_KEYS = ("pageCount", "totalPage", "totalPages", "pages", "pageTotal", "page_count",
                    "total_page", "countPage", "maxPage", "pageNum_total")
PLUGIN_RECORD_KEYS = ("totalData", "total", "totalCount", "totalRecord", "totalRecords",
                      "recordCount", "records", "count")
PLUGIN_SIZE_KEYS = ("showData", "pageSize", "page_size", "perPage", "limit", "size", "rows")
COUNT_KEYS = frozenset(PLUGIN_PAGE_KEYS + PLUGIN_RECORD_KEYS + PLUGIN_SIZE_KEYS)
PLUGIN_PREFIX_KEYS = ("prefix", "pagePrefix", "fileName")
PLUGIN_EXT_KEYS = ("suffix", "ext", "pageExt", "fileExt")
# Options naming where their data comes from page a data source, not static pages: Hanweb's
# jpage (`proxyUrl`, read as POST windows by its family) and the JSON readers count those.
PLUGIN_DATA_KEYS = ("proxyUrl", "url", "dataUrl", "ajaxUrl", "api", "source")
# An object literal's `key: value` pairs (its nested objects' and functions' left out); a
# value may be a name (`totalRecord: totalRecord`, `callback: goPage`).
# A key is read from its word's start, past leading digits or Han (`T10: 20` in a timestamp's
# 01T10:20 is read as before), possessively: a 100 KB word run, `a1a1…` too, is read once, not
# from each of its letters (issue 13).
PAIR_RE = re.compile(r"""["']?(?<![\w$])[^\W_A-Za-z]*+([A-Za-z_$][\w$]*+)["']?\s*:\s*"""
                     r"""(?:(\d+)\b|"([^"]*)"|'([^']*)'"""
                     r"""|([A-Za-z_$][\w$.]*)(?=\s*[,}]|\s*$))""")
# A pager plugin's page callback written inline (`callback: function (n) {`), its parameter.
PLUGIN_CALLBACK_KEYS = ("callback", "onPageClick", "onPageChange", "onPageChanged", "pageChange",
                        "onSelectPage", "clickCallback", "onChange", "jump", "click")
INLINE_CALLBACK_RE = re.compile(rf"""(?<![\w$])["']?(?:{'|'.join(PLUGIN_CALLBACK_KEYS)})["']?"""
                                r"""\s*:\s*function\s*\(\s*(?P<param>[\w$]+)[^)]*\)\s*\{""")
CALLBACK_BODY_CHARS = 400   # how much of an inline callback's body is read
# The properties of the page object a plugin hands its callback that are the page number
# (layui laypage's `jump: function (obj, first) { location.href = "?pn=" + obj.curr }`).
PLUGIN_PAGE_PROPS = ("curr", "current", "pageNumber", "pageIndex")
# A page total under a name no reader knows (pageTotalNum, total_pages, maxPageNo …): declared.
LOOSE_PAGE_COUNT_RE = re.compile(
    r"""["']?\b([A-Za-z_$]*(?:total_?pages?|pages?_?(?:count|total|sum|cnt)|max_?page)"""
    r"""[A-Za-z_$]*)["']?\s*[:=]\s*["']?(\d+)\b""", re.IGNORECASE)
MAX_DECLARED_PAGES = 500   # a larger "page count" is something else (an id, a year)


def script_texts(text: str) -> list[str]:
    """The inline scripts of a page (an HTML attribute's braces are no plugin's options)."""
    selector = Selector(text=text or "<html></html>", type="html")
    return selector.xpath("//script[not(@src)]/text()").getall()


def object_bodies(script: str) -> list[str]:
    """Each `{…}` of a script with its nested braces' text left out (the options beside a
    `callback: function (api) {…}` stay one object), in one pass."""
    bodies: list[str] = []
    stack: list[list[str]] = []
    for char in script:
        if char == "{":
            stack.append([])
        elif char == "}" and stack:
            bodies.append("".join(stack.pop()))
        elif stack:
            stack[-1].append(char)
    return bodies


def option_pairs(body: str, script: str = "") -> tuple[dict[str, int | str], list[str]]:
    """The number and string values of one object literal's keys (the first of each key),
    a count key's name read as the number the script assigns it (`totalRecord: total` after
    `var total = 16`), and the names other keys hold (a page function handed to the plugin:
    `callback: goPage`)."""
    pairs: dict[str, int | str] = {}
    names: list[str] = []
    for key, number, double, single, name in PAIR_RE.findall(body):
        if not name:
            pairs.setdefault(key, int(number) if number else double or single)
        elif key not in COUNT_KEYS:
            names.append(name)
        elif script and (value := js_value(name, script)).isdigit():
            pairs.setdefault(key, int(value))
    return pairs, names


def options_page_count(pairs: dict[str, int | str]) -> int | None:
    """The page count an options object declares: a page key, or records over a page size."""
    for key in PLUGIN_PAGE_KEYS:
        if isinstance(pairs.get(key), int):
            return int(pairs[key])
    records = next((pairs[k] for k in PLUGIN_RECORD_KEYS if isinstance(pairs.get(k), int)), 0)
    size = next((pairs[k] for k in PLUGIN_SIZE_KEYS if isinstance(pairs.get(k), int)), 0)
    if isinstance(records, int) and isinstance(size, int) and records and size:
        return -(-records // size)
    return None


def _string(pairs: dict[str, int | str], keys: tuple[str, ...]) -> str | None:
    found = next((pairs[k] for k in keys if isinstance(pairs.get(k), str) and pairs[k]), None)
    return str(found) if found else None


def callback_template(functions: list[str], script: str, text: str, url: str) -> str | None:
    """Page N's URL (`{}` for N) of the page function the plugin hands its page to: the first
    of `functions` (its options' names) the page defines, else a callback the script writes
    inline (`callback: function (n) { location.href = … + n; }`, or one calling a page
    function with its page) — a function sending the browser to a URL of its parameter
    (crawler/page_functions.py), never one asking an API."""
    named = next((found for fn in functions if (found := navigating_template(fn, text, url))),
                 None)
    if named:
        return named
    for head in INLINE_CALLBACK_RE.finditer(script):
        body, param = _page_as_name(script[head.end():head.end() + CALLBACK_BODY_CHARS],
                                    head["param"])
        if re.search(rf"(?<![\w$]){re.escape(param)}\s*\.", body):
            continue   # a plugin object (`api.getCurrent()`), not the page number
        called = re.search(rf"([\w$.]+)\s*\(\s*{re.escape(param)}\s*[,)]", body)
        found = ((NAVIGATION_RE.search(body) and body_template(body, param, text, url))
                 or (called and navigating_template(called[1], text, url)))
        if found:
            return found
    return None


def _page_as_name(body: str, param: str) -> tuple[str, str]:
    """A callback body reading the page from its object (`obj.curr`): the body with that
    property written as one name, and the name (the page, as a plain parameter would be)."""
    prop = re.compile(rf"(?<![\w$]){re.escape(param)}\s*\.\s*(?:{'|'.join(PLUGIN_PAGE_PROPS)})"
                      r"(?![\w$])")
    if not prop.search(body):
        return body, param
    name = f"{param}__page"
    return prop.sub(name, body), name


def plugin_paging(text: str, url: str) -> tuple[int | None, list[str]]:
    """(the largest page count a script declares, the page URLs 2.. its plugin options give).
    The URLs are the static column's (`<name>_<k>.<ext>`, the options' prefix/suffix first)."""
    # the one namer of static listing pages
    from crawler.paging import MAX_FILLED_PAGES, numbered_pages

    declared: int | None = None
    urls: list[str] = []
    for script in script_texts(text):
        for body in object_bodies(script):
            pairs, functions = option_pairs(body, script)
            if any(key in pairs for key in PLUGIN_DATA_KEYS):
                continue
            pages = options_page_count(pairs)
            if not pages or not 1 < pages <= MAX_DECLARED_PAGES:
                continue
            declared = max(declared or 0, pages)
            template = callback_template(functions, script, text, url)
            if template:   # the plugin hands the page to a function of the page
                urls += [template.format(n) for n in range(2, min(pages, MAX_FILLED_PAGES) + 1)]
            elif options_page_count(option_pairs(body)[0]):   # named counts: declared only
                urls += [page.url for page in numbered_pages(
                    url, pages, prefix=_string(pairs, PLUGIN_PREFIX_KEYS),
                    ext=_string(pairs, PLUGIN_EXT_KEYS))]
        for _, number in LOOSE_PAGE_COUNT_RE.findall(script):
            if 1 < int(number) <= MAX_DECLARED_PAGES:
                declared = max(declared or 0, int(number))
    return declared, list(dict.fromkeys(urls))
