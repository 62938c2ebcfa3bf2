"""Tables: data tables (a grid of short cells) versus layout tables (the page's columns).

Old CMSs lay the whole page out in tables: a navigation column beside a cell that holds the
body as `<br>`-separated lines. Only a data table becomes "a | b" rows; a layout table's cells
are blocks of their own, and when no container rule matches, the layout cell that holds most of
the page's text is the body.
"""

from __future__ import annotations

from collections import Counter

from lxml.html import HtmlElement

from cleaning.htmlparser import HTML_PARSER
from cleaning.patterns import (
    CELL_TAGS,
    LAYOUT_BODY_SHARE,
    LAYOUT_CELL_BREAKS,
    LAYOUT_CELL_LETTERS,
    MIN_CONTAINER_LETTERS,
    TABLE_CELL_SEPARATOR,
)
from cleaning.textutil import letter_count, normalise_space

_LINE_BREAK_TAGS = frozenset(("br", "p", "div", "ul", "ol", "li", "table", "dl", "h1", "h2",
                              "h3", "h4", "h5", "h6"))
_LONGER_CELLS = ".//td[string-length(.) > $n] | .//th[string-length(.) > $n]"
_TABLE_PARTS = frozenset(("table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption"))


def is_layout_table(table: HtmlElement) -> bool:
    """Nested tables, a cell of big text, a column of lines (navigation, a <br> body), a lone
    cell wrapping its content or no cell at all (a <table> left open around paragraphs):
    layout. A grid of short one-line cells: data."""
    if table.find(".//table") is not None:
        return True
    if table.xpath("count(.//td|.//th)") <= 1:     # one cell, or none (unclosed markup)
        return True
    # string-length in XPath (C) bounds the letters: only long cells are counted in Python.
    long_cells = table.xpath(_LONGER_CELLS, n=LAYOUT_CELL_LETTERS)
    if any(letter_count(cell.text_content()) > LAYOUT_CELL_LETTERS for cell in long_cells):
        return True
    # One pass over the (few) line-break elements, each counted for the cell holding it.
    breaks: Counter = Counter(next(el.iterancestors(*CELL_TAGS), None)
                              for el in table.iter(*_LINE_BREAK_TAGS) if el is not table)
    breaks.pop(None, None)
    return bool(breaks) and max(breaks.values()) >= LAYOUT_CELL_BREAKS


def flatten(node: HtmlElement) -> None:
    """Data tables → one <p> per row, cells joined by the separator; layout tables → <div>s,
    so every cell is a block of its own (and a <br> inside it still breaks a line)."""
    for table in list(node.iter("table")):
        if table.getparent() is None:
            continue
        if is_layout_table(table):
            _unwrap(table)
        else:
            _to_rows(table)


def _unwrap(table: HtmlElement) -> None:
    """This table's own rows and cells become <div>s; tables nested in a cell stay tables."""
    stack = [table]
    while stack:
        el = stack.pop()
        el.tag = "div"
        stack.extend(c for c in el if c.tag in _TABLE_PARTS and c.tag != "table")


def _to_rows(table: HtmlElement) -> None:
    holder = HTML_PARSER.makeelement("div")
    for row in table.iter("tr"):
        cells = [normalise_space(c.text_content()) for c in row if c.tag in CELL_TAGS]
        cells = [c for c in cells if c]
        if cells:
            para = HTML_PARSER.makeelement("p")
            para.text = TABLE_CELL_SEPARATOR.join(cells)
            holder.append(para)
    holder.tail = table.tail
    table.getparent().replace(table, holder)


def body_cell(tree: HtmlElement) -> HtmlElement | None:
    """The layout-table cell holding most of the page's prose (text outside links), when it
    holds enough of it: a column of links (navigation, news lists) is never the body."""
    long_cells = tree.xpath(_LONGER_CELLS, n=MIN_CONTAINER_LETTERS - 1)
    sized = sorted(((letter_count(c.text_content()), c) for c in long_cells),
                   key=lambda pair: -pair[0])
    best, best_size = None, MIN_CONTAINER_LETTERS - 1
    for size, cell in sized:
        if size <= best_size:    # prose never exceeds all letters: no better cell left
            break
        own = _prose_letters(cell, size)
        if own > best_size:
            best, best_size = cell, own
    if best is None:
        return None
    body = tree.find("body")
    return best if best_size >= LAYOUT_BODY_SHARE * _prose_letters(
        body if body is not None else tree, None) else None


def _prose_letters(node: HtmlElement, size: int | None) -> int:
    """Letters of a node (size: all of them, when known) outside links and outside the layout
    tables nested in it (a data table in the body counts as the body's)."""
    if size is None:
        size = letter_count(node.text_content())
    size -= letter_count("".join(node.xpath(".//a//text()")))
    for table in node.iterdescendants("table") if node.tag in CELL_TAGS else ():
        if _enclosing_cell(table) is node and is_layout_table(table):
            size -= letter_count(table.text_content())
    return max(size, 0)


def _enclosing_cell(el: HtmlElement) -> HtmlElement | None:
    return next(el.iterancestors(*CELL_TAGS), None)
