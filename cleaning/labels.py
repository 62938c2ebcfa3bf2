"""Label/value pairs on the page (the 政府信息公开 block, bylines of labels) → fields.

Labels are matched with spaces removed ("索 引 号"), in every markup: label cells with the value
in the next cell (td/th, dt/dd, em/span), label and value in one text ("• 索引号：…"), legacy
<B>label</B>value. The page's text is Simplified here (the script stage converts first).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from cleaning import scripted
from cleaning.field_values import as_is, clean_value
from cleaning.htmlparser import HTML_PARSER
from cleaning.label_walk import LABEL_ALT as _LABEL_ALT
from cleaning.label_walk import LABEL_RX, TRADITIONAL_LABEL_RX, labelled_elements
from cleaning.patterns import (
    CELL_TAGS,
    LABEL_CLIMB_LEVELS,
    LABEL_PADDING_TAGS,
    META_LINE_RX,
    METADATA_LABEL_MAX_CHARS,
    METADATA_LABELS,
    METADATA_SEGMENT_MAX_CHARS,
    NOT_LABEL_TAGS,
    ROW_LABELS,
)
from cleaning.script import Simplifier
from cleaning.tables import value_under_label

_ROW_LABEL_ALT = "|".join(r"\s*".join(map(re.escape, label))
                          for label in sorted(ROW_LABELS, key=len, reverse=True))
# A label at the start of a text or after a separator, a colon, then the value up to the next
# label or a wide gap.
_PAIR_RX = re.compile(rf"(?:^|(?<=[\s|•·】\]]))({_LABEL_ALT})\s*[:：]\s*(.*?)"
                      rf"(?=\s{{2,}}|\u3000|[|]|$|"
                      rf"\s*(?:{_ROW_LABEL_ALT})\s*[:：]|\s+[^\s:：\d]{{2,6}}[:：])")
# Possessive runs: a long run of spaces was split every way between the \s* around it.
_LABEL_ONLY_RX = re.compile(
    rf"^[•·\-\s]*+[\[［【]?\s*+({_LABEL_ALT})\s*+[\]］】]?\s*+[:：]?\s*+$")
# A cell that is a row label alone (有效性, 签发人 too): more than half of a row's cells so
# make it a row of labels over a row of their values.
_ROW_LABEL_ONLY_RX = re.compile(
    rf"^[\[［【]?\s*+(?:{_ROW_LABEL_ALT})\s*+[\]］】]?\s*+[:：]?\s*+$")
_LABEL_VALUE_RX = re.compile(r"^\s*[\[［【][^\]］】]{1,12}[\]］】]\s*$")
# Bracketed labels with no colon: "【发布日期】2025-03-28　【来源】某区司法局", "[发文字号] …".
_BRACKET_PAIR_RX = re.compile(rf"[\[［【]\s*({_LABEL_ALT})\s*[\]］】]\s*[:：]?\s*([^\[［【\s]"
                              rf"[^\[［【]*?)(?=\s{{2,}}|\u3000|[\[［【|]|$)")
# A pair inside one pair of brackets, colon and all: "[发布时间：2025-03-21] [来源：某区司法局]",
# "【发布日期：…】". The value holds no bracket (文号：某政发[2025]3号 is no such pair). It runs
# to the bracket, spaces and all (clean_value strips them): a lazy value then spaces tried
# every end of a long run of spaces (quadratic: 100 KB took 12 s).
_BRACKETED_PAIR_RX = re.compile(rf"[\[［【]\s*+({_LABEL_ALT})\s*+[:：]\s*+"
                                rf"([^\[［【\]］】]++)[\]］】]")
SKIP_TAGS = frozenset(("script", "style", "noscript", "head", "title", "option", "select"))


def label_field(label: str) -> str | None:
    return METADATA_LABELS.get(re.sub(r"\s+", "", label))


# Every label ends in one of these: a Simplified text without any holds no label (checked in C
# before the Python checks; most of a page's short texts are menu links).
_LABEL_END_RX = re.compile("[{}]".format(re.escape("".join(
    sorted({label[-1] for label in METADATA_LABELS})))))


def labelled_fields(tree: HtmlElement, simplify: Callable[[str], str],
                    text: str | None = None, code: Sequence[tuple[int, int]] = (), *,
                    scripts: bool = True, sources: list[str] | None = None) -> dict[str, str]:
    """First value of every labelled field on the page, in document order (``text``: the
    tree's text_content(), when at hand; ``code``: where long script and style texts are in
    it), then those of the markup its scripts write (``scripts``; ``sources``: their texts,
    when at hand).

    Long texts are skipped: label/value rows are short, body prose is not metadata.
    """
    fields: dict[str, str] = {}
    segments = _label_segments(tree, shortcut=simplify is as_is, text=text, code=code)
    texts = [text for text, _ in segments]
    # A Traditional page's segments in one OpenCC call (hundreds of calls were ~1.5 ms).
    simple = simplify.many(texts) if isinstance(simplify, Simplifier) else map(simplify, texts)
    for (_, owner), text in zip(segments, simple, strict=True):
        _read_segment(text, owner, simplify, fields)
    if scripts:
        _add_written_fields(tree, simplify, fields, sources)
    return fields


def _add_written_fields(tree: HtmlElement, simplify: Callable[[str], str],
                        fields: dict[str, str], sources: list[str] | None = None) -> None:
    """Fields of the block a script writes into the page (document.write of a table from a
    JS object), after the page's own."""
    rx = LABEL_RX if simplify is as_is else TRADITIONAL_LABEL_RX
    markup = scripted.written_markup(tree, rx.search, sources)
    if not markup:
        return
    try:
        written = lxml.html.fragment_fromstring(markup, create_parent="div", parser=HTML_PARSER)
    except (ValueError, etree.ParserError):
        return
    for key, value in labelled_fields(written, simplify, scripts=False).items():
        fields.setdefault(key, value)


def _label_segments(tree: HtmlElement, *, shortcut: bool, text: str | None = None,
                    code: Sequence[tuple[int, int]] = ()
                    ) -> list[tuple[str, HtmlElement | None]]:
    """The texts that may hold a label, in order, each with the element whose value follows
    it (None for a tail). On a Traditional page (no ``shortcut``) the label is only seen once
    simplified: any text may hold one, in the elements where a label's Traditional form is."""
    has_label_end = _LABEL_END_RX.search if shortcut else bool
    segments: list[tuple[str, HtmlElement | None]] = []
    rx = LABEL_RX if shortcut else TRADITIONAL_LABEL_RX
    if text is None:
        text, code = tree.text_content(), ()
    for el in labelled_elements(tree, rx, text, code):
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS:
            continue
        # The element's own text pieces in order: its text (a label there reads its value from
        # what follows the element), then its children's tails.
        text = el.text
        padded = bool(text) and len(el) > 0 and _is_padded_label(el)
        if padded:       # 索<em>　</em>引<em>　</em>号： is one label
            text = el.text_content()
        if text and has_label_end(text) and _may_hold_label(text):
            segments.append((text, el))
        if len(el) and not padded:
            for child in el:
                tail = child.tail
                if tail and has_label_end(tail) and _may_hold_label(tail):
                    segments.append((tail, None))
    return segments


def _is_padded_label(el: HtmlElement) -> bool:
    """A short text whose children are empty inline padding between its characters."""
    if len(el.text) > METADATA_LABEL_MAX_CHARS:
        return False
    return all(isinstance(child.tag, str) and child.tag in LABEL_PADDING_TAGS
               and not (child.text_content() or "").strip() for child in el)


# What ends a label in a longer label/value text: a colon, or a closing bracket (【文号】…).
_LABEL_END_MARKS = frozenset(":：]］】")


def _may_hold_label(segment: str) -> bool:
    """Cheap pre-filter: a label cell is short, a label/value text has a colon or a bracketed
    label (【索引号】…　【公开主体】…　【文号】…, a line longer than a cell)."""
    size = len(segment)
    if size > METADATA_SEGMENT_MAX_CHARS or not segment.strip():
        return False
    return size <= METADATA_LABEL_MAX_CHARS + 30 or not _LABEL_END_MARKS.isdisjoint(segment)


def _read_segment(text: str, owner: HtmlElement | None, simplify: Callable[[str], str],
                  fields: dict[str, str]) -> None:
    # Keep the raw spacing: a run of (full-width) spaces separates two label/value pairs.
    text = text.strip()
    if not text:
        return
    only = _LABEL_ONLY_RX.match(text)
    if only and owner is not None and len(text) <= METADATA_LABEL_MAX_CHARS + 4:
        if owner.tag in NOT_LABEL_TAGS:
            return
        below = _value_below(owner, simplify)
        value = simplify(_value_after(owner) if below is None else below)
        # An empty cell: the next cell's label ([发布日期], 发布日期：…) is not its value, nor
        # is the next column's name in a listing table's head (序号 | 标题 | 发布日期).
        if not (_LABEL_VALUE_RX.match(value) or META_LINE_RX.match(value)
                or _ROW_LABEL_ONLY_RX.match(value.strip())):
            _keep(fields, only.group(1), value)
        return
    if "】" in text or "]" in text or "］" in text:
        for rx in (_BRACKET_PAIR_RX, _BRACKETED_PAIR_RX):
            for match in rx.finditer(text):
                _keep(fields, match.group(1), match.group(2))
    if ":" not in text and "：" not in text:     # no pair without its colon: spare the regex
        return
    for match in _PAIR_RX.finditer(text):
        _keep(fields, match.group(1), match.group(2))


def labelled_lines(lines: Iterable[str]) -> dict[str, str]:
    """First value of every labelled field in plain text lines (a report file's cover:
    索引号：…　文号：…), Simplified already."""
    fields: dict[str, str] = {}
    for line in lines:
        _read_segment(line, None, as_is, fields)
    return fields


def _keep(fields: dict[str, str], label: str, value: str) -> None:
    key, cleaned = label_field(label), clean_value(value)
    if key and cleaned and key not in fields:
        fields[key] = cleaned


def _value_after(label_el: HtmlElement) -> str:
    """The value of a label: the label element's tail text, the rest of its own text, else the
    next element's text. A label wrapped in markup (<td><B>索&nbsp;引&nbsp;号：</B></td>) is
    the whole of its cell: climb to the cell and take the cell after it."""
    if label_el.tail and label_el.tail.strip():
        return label_el.tail
    if len(label_el) and not (label_el.text and _is_padded_label(label_el)):
        return label_el.text_content()[len(label_el.text or ""):]
    el = label_el
    for _ in range(LABEL_CLIMB_LEVELS + 1):
        sibling = el.getnext()
        while sibling is not None and not isinstance(sibling.tag, str):
            sibling = sibling.getnext()
        if sibling is not None:
            return sibling.text_content()
        parent = el.getparent()
        if parent is None or not _only_content(parent, el):
            return ""
        el = parent
    return ""


def _value_below(label_el: HtmlElement, simplify: Callable[[str], str]) -> str | None:
    """The value under a label cell in a row of labels (tables.value_under_label), None for a
    label not in such a row."""
    cell = label_el
    for _ in range(LABEL_CLIMB_LEVELS):
        if cell.tag in CELL_TAGS:
            break
        parent = cell.getparent()
        if parent is None or not _only_content(parent, cell):
            return None
        cell = parent
    if cell.tag not in CELL_TAGS:
        return None
    return value_under_label(cell, lambda text: bool(_ROW_LABEL_ONLY_RX.match(simplify(text))))


def _only_content(parent: HtmlElement, child: HtmlElement) -> bool:
    """Is child all the text of parent (a label cell around a <B>/<strong>/<span> label)?"""
    if (parent.text or "").strip() or (child.tail or "").strip():
        return False
    # A comment or processing instruction beside the label holds no text (and has no
    # text_content()).
    return all(c is child or not isinstance(c.tag, str) or not (c.text_content() or "").strip()
               for c in parent)
