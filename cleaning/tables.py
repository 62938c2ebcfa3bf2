"""Tables: data tables (a grid of short cells) versus layout tables (the page's columns).

Old CMSs lay the whole page out in tables: a navigation column beside a cell that holds the
body as `<br>`-separated lines. Only a data table becomes "a | b" rows; a layout table's cells
are blocks of their own, and when no container rule matches, the layout cell that holds most of
the page's text is the body.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from lxml import etree
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
# A row of labels is a metadata table's: a few short cells (bounds the work on a wide grid).
LABEL_ROW_MAX_CELLS = 16
LABEL_CELL_MAX_CHARS = 24
MAX_CELL_SPAN = 1000    # a colspan/rowspan beyond it is a typo, not a grid
_TEXT_LENGTH = etree.XPath("string-length()")
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


def value_under_label(cell: HtmlElement, is_label: Callable[[str], bool]) -> str | None:
    """The value of a label cell in a row of labels: the cell under it in the next row ("" when
    there is none: the next cell is another label, not its value). None when the row is no row
    of labels, or heads a listing table (read as a label beside its value, as before)."""
    if not is_label_row(cell.getparent(), is_label):
        return None
    below = cell_below(cell)
    if below is not None and _is_record_row(below.getparent(), is_label):
        return None
    if below is None or is_label_row(below.getparent(), is_label):
        return ""
    value = below.text_content()
    return "" if is_label(value.strip()) else value


def is_label_row(row: HtmlElement, is_label: Callable[[str], bool]) -> bool:
    """More than half of the row's cells are labels alone (a row of label/value pairs has
    half; an empty value cell counts)."""
    if _has_child(row, LABEL_ROW_MAX_CELLS):    # too wide (len() walks every child)
        return False
    cells = row_cells(row)
    return 2 * sum(1 for cell in cells if _TEXT_LENGTH(cell) <= LABEL_CELL_MAX_CHARS
                   and is_label(cell.text_content().strip())) > len(cells)


def _has_child(el: HtmlElement, index: int) -> bool:
    try:
        el[index]
    except IndexError:
        return False
    return True


def _is_record_row(row: HtmlElement, is_label: Callable[[str], bool]) -> bool:
    """A row followed by another of as many cells that is no row of labels: the first record
    of a listing table (标题 | 文号 | 发布日期 over one row per document), whose header names
    columns, not the page's values."""
    following = next_row(row)
    return (following is not None and len(row_cells(following)) == len(row_cells(row))
            and not is_label_row(following, is_label))


def cell_below(cell: HtmlElement) -> HtmlElement | None:
    """The cell under ``cell`` in the table's next row, matched by column (colspan honoured):
    where a row of labels stands above a row of their values. The next row may open the next
    row group (<thead> labels, <tbody> values)."""
    row = cell.getparent()
    if row is None or row.tag != "tr":
        return None
    below = next_row(row)
    if below is None:
        return None
    spans = _column_spans(row)
    column = next(start for start, _, each in spans if each is cell)
    # Columns a cell of the row fills in the next row too (rowspan) hold no cell of it there.
    taken = {column for start, end, each in spans if _span(each, "rowspan") > 1
             for column in range(start, end)}
    return next((each for start, end, each in _column_spans(below, taken)
                 if start <= column < end), None)


def row_cells(row: HtmlElement) -> list[HtmlElement]:
    return [cell for cell in row if isinstance(cell.tag, str) and cell.tag in CELL_TAGS]


def next_row(row: HtmlElement) -> HtmlElement | None:
    """The table row after ``row``, in its row group or the next <tbody>."""
    following = row.getnext()
    while following is not None and not (isinstance(following.tag, str)
                                         and following.tag == "tr"):
        following = following.getnext()
    if following is not None:
        return following
    group = row.getparent()
    if group is None or group.tag not in ("thead", "tbody", "tfoot"):
        return None
    after = group.getnext()
    while after is not None and not (isinstance(after.tag, str) and after.tag == "tbody"):
        after = after.getnext()
    return None if after is None else after.find("tr")


def _column_spans(row: HtmlElement, taken: set[int] | frozenset[int] = frozenset()
                  ) -> list[tuple[int, int, HtmlElement]]:
    """Each cell of a row with the columns it covers, [start, end), the ``taken`` columns (by
    cells of the row above spanning rows) skipped."""
    spans, at = [], 0
    for cell in row_cells(row):
        while at in taken:
            at += 1
        width = _span(cell, "colspan")
        spans.append((at, at + width, cell))
        at += width
    return spans


def _span(cell: HtmlElement, name: str) -> int:
    value = (cell.get(name) or "").strip()
    return min(int(value), MAX_CELL_SPAN) if value.isdigit() and int(value) > 0 else 1
