"""Rows of metadata labels among the extracted lines (索引号 | 发布机构 | 发文字号 | 发布日期,
a label on a line of its own, a label glued to its value) and the values under them: the
disclosure block above a report, which the noise stage (3) drops."""

from __future__ import annotations

import re

from cleaning.markers import starts_with_marker
from cleaning.patterns import (
    HEAD_GLUED_LABEL_RX,
    LABEL_VALUE_CELL_RX,
    LABEL_VALUE_ENDS,
    METADATA_LABEL_MAX_CHARS,
    METADATA_VALUE_MAX_CHARS,
    NOISE_LINE_MAX_CHARS,
    ROW_LABELS,
    TABLE_CELL_SEPARATOR,
)
from cleaning.textutil import compact_line

_ROW_LABEL_SET = frozenset(ROW_LABELS)
_CELL_PADDING_RX = re.compile(r"[\s:：]")


def label_row_cells(line: str) -> int:
    """The cells of a row of metadata labels (索引号 | 发布机构 | 发文字号 | 发布日期), else 0."""
    if TABLE_CELL_SEPARATOR not in line:
        return 0
    cells = [_CELL_PADDING_RX.sub("", cell) for cell in line.split(TABLE_CELL_SEPARATOR)]
    return len(cells) if _ROW_LABEL_SET.issuperset(cells) else 0


def _cells(line: str) -> int:
    return line.count(TABLE_CELL_SEPARATOR) + 1


def value_rows(lines: list[str]) -> set[int]:
    """The row of values under a row of metadata labels, when it is the only such row (a
    two-row disclosure table) or the next row is labels again (labels, values, labels,
    values: a wider block folded in rows); a table of records (标题 | 发布日期 over many rows)
    keeps its."""
    rows = set()
    for index, line in enumerate(lines[:-1]):
        if TABLE_CELL_SEPARATOR not in line:      # most lines: no call
            continue
        cells = label_row_cells(line)
        if (cells > 1 and _cells(lines[index + 1]) == cells
                and (index + 2 == len(lines) or _cells(lines[index + 2]) != cells
                     or label_row_cells(lines[index + 2]) == cells)):
            rows.add(index + 1)
    return rows


def is_label_only(line: str) -> bool:
    """A metadata label on a line of its own (索　引　号：, [发布机构], 有效性): a <dt>, a cell
    or a block of a label/value block whose value follows on the next line."""
    return compact_line(line).rstrip(":：") in _ROW_LABEL_SET


def is_head_label_row(line: str) -> bool:
    """Before the body: a label on a line of its own, or glued to its value (发布机构某县人民政府
    办公室), in a line no sentence ends, or a disclosure table's row led by a group cell."""
    return is_label_only(line) or _is_glued_label(line) or _is_grouped_label_row(line)


def _is_glued_label(line: str) -> bool:
    return (len(line) <= NOISE_LINE_MAX_CHARS and not line.endswith(LABEL_VALUE_ENDS)
            and bool(HEAD_GLUED_LABEL_RX.match(line)))


def _is_grouped_label_row(line: str) -> bool:
    """A disclosure table's row of label：value cells, each label and value in one cell, maybe
    led by a cell naming a group of rows (a rowspan cell: 文件信息 | 标题：… | 文号：…, then
    公开范围：面向社会 | 有效性：有效), one label at least a known one. Read as one long line it
    started the body, and the rows and title under it stayed."""
    if TABLE_CELL_SEPARATOR not in line:
        return False
    cells = [cell.strip() for cell in line.split(TABLE_CELL_SEPARATOR)]
    group = compact_line(cells[0])
    if (0 < len(group) <= METADATA_LABEL_MAX_CHARS and not starts_with_marker(group)
            and not LABEL_VALUE_CELL_RX.match(cells[0])):
        cells = cells[1:]
    return (all(LABEL_VALUE_CELL_RX.match(cell) and not cell.endswith(LABEL_VALUE_ENDS)
                for cell in cells)
            and any(_is_glued_label(cell) for cell in cells))


def is_label_value(line: str) -> bool:
    """Could this line be the value under a label line? Short, never a sentence, a heading or a
    line a colon ends (a salutation): the label's value (11371427004345617D/2025-00021, 某县
    人民政府办公室, 有效), not the body that may follow an empty value."""
    return (0 < len(line) <= METADATA_VALUE_MAX_CHARS and not line.endswith(LABEL_VALUE_ENDS)
            and not starts_with_marker(line) and not is_label_only(line))
