"""Listing rows with no link whose URL a delegated click handler builds from a row attribute:
`<tr data-id="20417"><td title="…">…</td><td>2025-03-12</td></tr>` and
`$("#infoTable").on("click", "tr[data-id]", function () { window.location.href =
"/xxgk/content.jsp?id=" + $(this).data("id"); })` (round 26's changling). The row holds only
the id; the URL's other half is in the handler. crawler/families/onclick_rows.py reads rows
naming their URL (onclick, data-href) or handing an id to a function; these are read here:
each handler's row selector, the attributes its body reads from `this`, the URL its opener
builds from them.

Pure functions of a parsed page and its inline scripts.
"""

from __future__ import annotations

import re

from parsel import Selector
from parsel.csstranslator import HTMLTranslator

from crawler.families.links import ListingEntry, absolute_url, iso_date
from crawler.js_values import js_string
from crawler.paging_form import FUNCTION_BODY_CHARS

# --- patterns (data) ----------------------------------------------------------------------------
# A click handler on rows: delegated `.on("click", "tr[data-id]", function (…) {`, or bound
# `$("tr[data-id]").on("click", function (…) {` / `.click(function (…) {`.
HANDLER_RES = (
    re.compile(r"""\.on\(\s*+['"]click['"]\s*+,\s*+['"](?P<sel>[^'"\n]{1,200})['"]\s*+,"""
               r"""\s*+function\s*+\([^()]{0,80}\)\s*+\{"""),
    re.compile(r"""\$\(\s*+['"](?P<sel>[^'"\n]{1,200})['"]\s*+\)\s*+\.\s*+"""
               r"""(?:on\(\s*+['"]click['"]\s*+,|click\()\s*+function\s*+\([^()]{0,80}\)\s*+\{"""),
)
# What the handler reads from the clicked row: $(this).data("id"), $(this).attr("data-id"),
# this.dataset.id, this.getAttribute("news-id").
THIS_READ_RE = re.compile(
    r"""\$\(\s*+this\s*+\)\s*+\.\s*+(?:data\(\s*+['"](?P<data>[\w-]+)['"]\s*+\)"""
    r"""|attr\(\s*+['"](?P<attr>[\w-]+)['"]\s*+\))"""
    r"""|\bthis\.dataset\.(?P<set>\w+)|\bthis\.getAttribute\(\s*+['"](?P<get>[\w-]+)['"]\s*+\)""")
OPENER_RE = re.compile(r"""(?:location(?:\.href)?\s*+=(?!=)|window\.open\s*+\(|"""
                       r"""location\.(?:assign|replace)\s*+\()\s*+(?P<expr>[^;)\n]{1,300})""")
URL_LIKE_RE = re.compile(r"[/.]")
ROW_NAME = "__row_{0}"   # the name a row attribute read stands for in the opener's expression


def delegated_entries(selector: Selector, base_url: str, scripts: str) -> list[ListingEntry]:
    """The entries of rows a click handler of `scripts` opens by an attribute of theirs: each
    dated row its selector matches, its URL built from the attributes the handler reads."""
    from crawler.families.onclick_rows import is_pager_label, row_title

    entries: dict[str, ListingEntry] = {}
    for rows, expr, reads in handlers(selector, scripts):
        for row in rows:
            known = {ROW_NAME.format(i): row.attrib.get(name, "") for i, name in enumerate(reads)}
            if not all(known.values()):
                continue
            target = js_string(expr, scripts, known)
            url = absolute_url(base_url, target) if URL_LIKE_RE.search(target) else None
            title, date = row_title(row), iso_date(" ".join(row.xpath(".//text()").getall()))
            if url and title and date and not is_pager_label(title):
                entries.setdefault(url, ListingEntry(url=url, title=title, published=date))
    return list(entries.values())


def handlers(selector: Selector, scripts: str) -> list[tuple[list[Selector], str, list[str]]]:
    """(rows, opener expression, row attributes it reads) of each row click handler whose
    opener reads the row: the attribute reads stand as ROW_NAME names in the expression."""
    found = []
    for rx in HANDLER_RES:
        for match in rx.finditer(scripts):
            body, reads = row_reads(scripts[match.end():match.end() + FUNCTION_BODY_CHARS])
            opener = OPENER_RE.search(body)
            if opener and any(ROW_NAME.format(i) in opener["expr"] for i in range(len(reads))):
                rows = matched_rows(selector, match["sel"])
                found.append((rows, opener["expr"], reads))
    return found


def row_reads(body: str) -> tuple[str, list[str]]:
    """`body` with each read of the clicked row's attributes as a ROW_NAME name, and the
    attributes read, in that order."""
    reads: list[str] = []

    def named(read: re.Match[str]) -> str:
        reads.append(attribute_name(read))
        return ROW_NAME.format(len(reads) - 1)

    return THIS_READ_RE.sub(named, body), reads


def attribute_name(read: re.Match[str]) -> str:
    """The attribute a `this` read names: jQuery's .data("newsId") and dataset.newsId read
    data-news-id."""
    if read["attr"] or read["get"]:
        return str(read["attr"] or read["get"])
    key = read["data"] or read["set"]
    return "data-" + re.sub(r"(?<=[a-z0-9])([A-Z])", r"-\1", key).lower()


def matched_rows(selector: Selector, css: str) -> list[Selector]:
    """The elements `css` selects ([] for a selector parsel cannot read)."""
    try:
        HTMLTranslator().css_to_xpath(css)
    except Exception:   # cssselect's SelectorError / ExpressionError: not a row selector
        return []
    return list(selector.css(css))
