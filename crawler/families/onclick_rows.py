"""Listing rows with no link: `<li onclick="window.open('/a/t1.html')"><span>title</span>
<span>2026-02-13</span></li>`. The row's script opens the article; the row's text is its title.

`scan_rows(selector, base_url)` reads the rows (li, tr, div, dd …, and `<a>` whose href is
`javascript:…`) whose onclick, script href (or data-href / data-url) holds an article URL in
one of the opener calls below, or calls a function of the page's own script with a bare id
(`javascript:openDetail('20260314000')`, the function writing `location.href =
'/mobile/detail.html?id=' + id`): the URL is read from that function's body. The title is a
child's title attribute, else the row's text without its date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsel import Selector

from crawler.families.links import (
    DATE_RE,
    ListingEntry,
    absolute_url,
    clean_text,
    date_near,
    iso_date,
)
from crawler.js_values import JS_EXPR, js_string
from crawler.page_functions import function_template
from crawler.paging_form import FUNCTION_BODY_CHARS, FUNCTION_OPENINGS
from crawler.paging_jump import PAGER_TEXTS
from crawler.paging_template import has_placeholder, link_number

# --- patterns (data) ----------------------------------------------------------------------------
# window.open('u') / location.href='u' / window.location = "u" / openDetail('u') / goUrl('u') …
# The spaces around the optional `(` possessive: two runs split a long run of spaces every way
# before the quote fails (issue 13).
OPENER_RE = re.compile(
    r"""(?:window\.open|(?:window\.|document\.|top\.|self\.)?location(?:\.href)?\s*=|"""
    r"""location\.(?:assign|replace)|open(?:Detail|Url|Win|Window|Page|Article|Info)|"""
    r"""go(?:Url|Detail|Page|Info|To)|view(?:Detail|Info))\s*+\(?+\s*+['"]([^'"]+)['"]""",
    re.IGNORECASE)
ROW_TAGS = ("li", "tr", "div", "dd", "dt", "p", "span", "td")
ROW_URL_ATTRS = ("data-href", "data-url", "data-link")
# A URL an opener names looks like a page or a file, not a bare word (openDetail('12345')).
URL_LIKE_RE = re.compile(r"[/.]")
TITLE_MAX_CHARS = 200
# A call handing one quoted value to a function (`openDetail('20260314000')`, `view("a1b2")`).
ID_CALL_RE = re.compile(r"""^\s*(?:javascript:\s*)?(?P<fn>[\w$.]+)\s*\(\s*"""
                        r"""['"](?P<arg>[^'"]+)['"]""")
# Links that only run a script: `javascript:…`, or an onclick beside no href / "#".
# A call's quoted or numeric arguments, and the head of the function it calls (all parameters).
CALL_RE = re.compile(r"""^\s*(?:javascript:\s*)?(?P<fn>[\w$.]+)\s*\((?P<args>[^()]*)\)""")
ARG_RE = re.compile(r"""'([^']*)'|"([^"]*)"|(-?\d+)""")
FUNCTION_PARAMS = tuple(opening + r"(?P<params>[\w$,\s]*)\)" for opening in FUNCTION_OPENINGS)
# Where a row function sends the browser: location(.href) = …, window.open(…), assign/replace.
OPENER_EXPR_RE = re.compile(rf"""(?:location(?:\.href)?\s*=(?!=)|window\.open\s*\(|"""
                            rf"""location\.(?:assign|replace)\s*\()\s*(?P<expr>{JS_EXPR})""")
TEMPLATE_RE = re.compile(r"`([^`]*)`")
SCRIPT_HREF_XPATH = ("//a[starts-with(normalize-space(@href), 'javascript:') or (@onclick and"
                     " (not(@href) or normalize-space(@href) = '#'"
                     " or normalize-space(@href) = ''))]")


def own_scripts(selector: Selector) -> str:
    """The text of the page's inline scripts (where its row functions are defined)."""
    return "\n".join(selector.css("script:not([src])::text").getall())


def row_url(row: Selector, base_url: str, scripts: str = "") -> str | None:
    """The article URL a row's onclick (or script href, or data-href) opens; a bare id handed
    to a function of `scripts` opens the URL that function's body builds from it."""
    return direct_url(row, base_url) or function_url(row, base_url, scripts)


def direct_url(row: Selector, base_url: str) -> str | None:
    """The URL a row names itself: a data-href, or the URL literal of an opener call."""
    for attr in ROW_URL_ATTRS:
        # a pager's URL template (`data-url="/c/index_{page}.html"`) is no row's URL
        if row.attrib.get(attr) and not has_placeholder(row.attrib[attr]):
            return absolute_url(base_url, row.attrib[attr])
    match = OPENER_RE.search(row.attrib.get("onclick", "") or row.attrib.get("href", ""))
    if match and URL_LIKE_RE.search(match.group(1)):
        return absolute_url(base_url, match.group(1))
    return None


def function_url(row: Selector, base_url: str, scripts: str) -> str | None:
    """The URL the function a row calls builds from the call's arguments (read in
    `scripts`)."""
    if not scripts:
        return None
    code = row.attrib.get("onclick", "") or row.attrib.get("href", "")
    called = called_url(code, scripts, base_url)
    if called:
        return called
    call = ID_CALL_RE.match(code)   # `u += '&id=' + id` onto a URL literal before it
    template = function_template(call["fn"], scripts, base_url) if call else None
    return template.format(call["arg"]) if call and template else None


def called_url(code: str, scripts: str, base_url: str) -> str | None:
    """The URL a call's function sends the browser to, its parameters bound to the call's
    arguments (`goDetail('1452', '2026…')` of `function goDetail(cid, id) {location.href =
    '/c/' + cid + '/d.html?id=' + id}`); a template literal counts as its joined parts."""
    call = CALL_RE.match(code)
    if not call:
        return None
    name = re.escape(call["fn"].split(".")[-1])
    head = next((found for pattern in FUNCTION_PARAMS
                 if (found := re.search(pattern.format(fn=name), scripts))), None)
    if head is None:
        return None
    params = [p.strip() for p in head["params"].split(",") if p.strip()]
    args = [a or b or c for a, b, c in ARG_RE.findall(call["args"])]
    body = TEMPLATE_RE.sub(lambda m: joined_template(m[1]),
                           scripts[head.end():head.end() + FUNCTION_BODY_CHARS])
    opener = OPENER_EXPR_RE.search(body)
    if not opener or not params or not any(p in opener["expr"] for p in params):
        return None
    target = js_string(opener["expr"], body, dict(zip(params, args, strict=False)))
    return absolute_url(base_url, target) if URL_LIKE_RE.search(target) else None


def joined_template(literal: str) -> str:
    """A template literal's text as a JS string expression: `a${x}b` → 'a' + x + 'b'."""
    parts = re.split(r"\$\{\s*([\w$.]+)\s*\}", literal)
    return " + ".join(f"'{part}'" if i % 2 == 0 else part for i, part in enumerate(parts))


def row_title(row: Selector) -> str:
    """A child's title attribute (the full title of a cut text), else the row's text with
    its date left out."""
    for titled in row.xpath(".//*[@title]"):
        title = clean_text(titled.attrib.get("title", ""))
        if title and not iso_date(title):
            return title
    texts = [clean_text(t) for t in row.xpath(".//text()[not(ancestor::script)]").getall()]
    kept = [t for t in texts if t and not (iso_date(t) and len(DATE_RE.sub("", t)) < 8)]
    return clean_text(" ".join(kept))[:TITLE_MAX_CHARS]


def script_rows(selector: Selector, base_url: str) -> list[Selector]:
    """The rows a script opens: elements with an onclick (or data-href), links whose href is
    `javascript:…`; a row holding a real link is read by that link."""
    tags = " | ".join([f"//{tag}[@onclick or @{' or @'.join(ROW_URL_ATTRS)}]"
                       for tag in ROW_TAGS] + [SCRIPT_HREF_XPATH])
    return [row for row in selector.xpath(tags)
            if not (any(absolute_url(base_url, h) for h in row.css("a::attr(href)").getall())
                    or row.xpath("ancestor::a") or holds_pager(row))]


def holds_pager(row: Selector) -> bool:
    """An element holding links numbered in data attributes (`data-page="2"`): a pager,
    whatever URL its own data-url names, never a row."""
    return any(link_number(element) is not None
               for element in row.xpath(".//*[@*[starts-with(name(), 'data-')]]"))


@dataclass(frozen=True)
class RowScan:
    """One scan of a listing page's script-opened rows: the entries its own scripts resolve,
    the rows they do not (waiting for the page's script files), and the functions dated rows
    hand a bare id to that the page does not define (the reason to read those files)."""

    entries: tuple[ListingEntry, ...]
    waiting: tuple[Selector, ...]
    functions: tuple[str, ...]
    own: str   # the page's inline scripts

    def resolved(self, base_url: str, scripts: str) -> list[ListingEntry]:
        """The waiting rows' entries, their functions read in the page's own scripts, then
        in `scripts` (a script file)."""
        entries: dict[str, ListingEntry] = {}
        for row in self.waiting:
            entry = row_entry(row, base_url, f"{self.own}\n{scripts}")
            if entry:
                entries.setdefault(entry.url, entry)
        return list(entries.values())


def scan_rows(selector: Selector, base_url: str) -> RowScan:
    """The script-opened rows of a listing page, read once (crawler/families/entries.py takes
    its entries, crawler/families/shell_pages.py its waiting rows and functions)."""
    own = own_scripts(selector)
    entries: dict[str, ListingEntry] = {}
    waiting, functions = [], []
    for row in script_rows(selector, base_url):
        if row_url(row, base_url, own):
            entry = row_entry(row, base_url, own)
            if entry:
                entries.setdefault(entry.url, entry)
            continue
        waiting.append(row)
        code = row.attrib.get("onclick", "") or row.attrib.get("href", "")
        call = ID_CALL_RE.match(code)
        if (call and not URL_LIKE_RE.search(call["arg"])
                and (iso_date(" ".join(row.xpath(".//text()").getall())) or date_near(row))):
            functions.append(call["fn"])
    from crawler.delegated_rows import delegated_entries  # imports crawler.families

    for entry in delegated_entries(selector, base_url, own):   # a click handler's rows by id
        entries.setdefault(entry.url, entry)
    return RowScan(tuple(entries.values()), tuple(waiting), tuple(dict.fromkeys(functions)),
                   own)


def row_entry(row: Selector, base_url: str, scripts: str) -> ListingEntry | None:
    """The listing entry of one script-opened row, its functions read in `scripts`; None
    for a row with no URL, no title, a pager's label, or a scripted row with no date."""
    direct = direct_url(row, base_url)
    url = direct or function_url(row, base_url, scripts)
    title = row_title(row) if url else ""
    link = row.root.tag == "a"   # a link's date may stand beside it, a row's is in it
    date = iso_date(" ".join(row.xpath(".//text()").getall())) or (
        date_near(row) if url and link else None)
    # A script link (`javascript:fn(…)`) or a row whose URL a function builds is a row
    # only beside a date: a catalogue tree's `showNode('1440')` or a tab is navigation.
    scripted = link or not direct
    if url and title and not is_pager_label(title) and (date or not scripted):
        return ListingEntry(url=url, title=title, published=date)
    return None


def is_pager_label(title: str) -> bool:
    """A pager's link (`javascript:goPage('2')` titled 2, 下一页), not a row."""
    return title.isdigit() or title in PAGER_TEXTS
