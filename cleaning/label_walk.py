"""Which elements may hold a field label (cleaning/labels.py reads their texts): one regex pass
over the page's text, then a walk down only the children a match falls in.

A label is matched with spaces anywhere in it ("索 引 号"); on a Traditional page by a pattern
of each label character's Traditional forms, as the label is only seen once simplified.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from lxml import etree
from lxml.html import HtmlElement

from cleaning.patterns import FOOTER_NODE_RX, HEADLINE_MIN_CHARS, METADATA_LABELS

# The labels, longest first, a space allowed between any two characters.
LABEL_ALT = "|".join(r"\s*".join(map(re.escape, label))
                     for label in sorted(METADATA_LABELS, key=len, reverse=True))
# A label anywhere in a text: the labels' alternation alone.
LABEL_RX = re.compile(LABEL_ALT)
# The characters OpenCC's t2s turns into each label character (besides itself), found by
# converting every CJK character one by one; its phrase table turns no other character into
# one (checked against OpenCC's TSPhrases.txt). A test checks this against the installed OpenCC.
LABEL_CHAR_TRADITIONAL_FORMS = {
    "体": "體", "关": "關", "制": "製", "单": "單", "发": "發髮", "号": "號",
    "备": "備\U0002f809", "布": "佈", "开": "開\U0002f9ee", "录": "彔錄録\uf93f",
    "成": "\U0002f8b2", "时": "時",
    "更": "\uf901", "机": "機", "来": "來\uf92d", "构": "構", "标": "標", "注": "註",
    "称": "稱", "索": "\uf96a", "线": "綫線", "编": "編", "表": "錶", "间": "間",
    "题": "題", "转": "轉", "载": "載", "网": "網", "责": "責", "门": "門", "传": "傳",
}


def _forms(char: str) -> str:
    """A character class of a label character and its Traditional forms."""
    return f"[{re.escape(char + LABEL_CHAR_TRADITIONAL_FORMS.get(char, ''))}]"


def _traditional_label_rx() -> re.Pattern[str]:
    """A label as a Traditional page may write it: a text with no match holds no label once
    simplified. The labels as a tree of their characters, opening with one class of every
    first character, each first character checked behind it: an alternation of classes is
    tried at every position (~5 ms on a 100 KB page), a class skips to its characters."""
    tree: dict[str, dict] = {}
    for label in METADATA_LABELS:
        node = tree
        for char in label:
            node = node.setdefault(char, {})
        node[""] = {}
    first = "".join(sorted({char + LABEL_CHAR_TRADITIONAL_FORMS.get(char, "") for char in tree}))
    opening = "|".join(f"(?<={_forms(char)}){_after(node)}" for char, node in tree.items())
    return re.compile(f"[{re.escape(first)}](?:{opening})")


def _after(node: dict[str, dict]) -> str:
    """The pattern of what may follow a label's character ('' where a label may end)."""
    branches = [rf"\s*{_forms(char)}{_after(child)}" for char, child in node.items() if char]
    if not branches:
        return ""
    either = f"(?:{'|'.join(branches)})"
    return f"{either}?" if "" in node else either


TRADITIONAL_LABEL_RX = _traditional_label_rx()


def labelled_elements(tree: HtmlElement, label_rx: re.Pattern[str], text: str,
                       code: Sequence[tuple[int, int]] = ()) -> Iterator[HtmlElement]:
    """The elements whose subtree's text meets a label, in document order: no other element
    holds a segment with a label (a segment is part of its subtree's text). One regex pass over
    the page's text, then only the children meeting a match are walked: the Python walk over
    every element (mega-menus of hundreds of links) was ~0.7 ms of a 100 KB page. A match
    across two children marks both, so no child holding a label is missed. ``text``: the
    tree's text_content(); ``code``: the places of script and style texts in it, in order."""
    spans = _label_spans(label_rx, text, code)
    if not spans:
        return
    starts, ends = [start for start, _ in spans], [end for _, end in spans]
    stack = [(tree, 0, len(text))]
    while stack:
        el, start, size = stack.pop()
        yield el
        marked = _marked_children(el, start, start + size, starts, ends)
        if marked is None:      # the places are out of step (never seen): walk it all
            yield from el.iterdescendants()
        else:
            stack.extend(reversed(marked))


def _label_spans(label_rx: re.Pattern[str], text: str, code: Sequence[tuple[int, int]]
                 ) -> list[tuple[int, int]]:
    """Where labels are in the page's text, outside its script and style texts (~22,000 of a
    realistic page's ~30,000 characters, ~0.1 ms of regex): a script or style is never read
    for a segment, and a label there only led the walk to it."""
    spans: list[tuple[int, int]] = []
    at = 0
    for start, end in [*code, (len(text), len(text))]:
        spans.extend(match.span() for match in label_rx.finditer(text, at, start))
        at = end
    return spans


def _marked_children(el: HtmlElement, start: int, end: int, starts: list[int], ends: list[int]
                     ) -> list[tuple[HtmlElement, int, int]] | None:
    """The children of an element (its text from start to end in the page's text) that meet a
    match, with their places; None when the places do not add up. Each child's place: after
    the element's text and the children (with their tails) before it. Children are measured
    only up to the last match in the element, and the last child is what the others leave
    (not serialized: <body> is most of the page)."""
    marked: list[tuple[HtmlElement, int, int]] = []
    at, last = start + len(el.text or ""), len(el)
    for number, child in enumerate(el, 1):
        index = bisect.bisect_right(ends, at)
        if index == len(starts) or starts[index] >= end:
            return marked       # no match left in the element: the children after hold none
        tail = len(child.tail or "")
        deduce = number == last and isinstance(child.tag, str)
        length = end - at - tail if deduce else _text_length(child)
        if length < 0:
            return None
        if length and starts[index] < at + length and not _is_furniture(child):
            marked.append((child, at, length))
        at += length + tail
    return marked if at == end else None


def _text_length(el: HtmlElement) -> int:
    """The length of an element's text (XPath's string-length()): a leaf's .text, else its
    text serialized in C (an XPath call each was half as long again); comments and
    processing instructions hold none."""
    if not isinstance(el.tag, str):
        return 0
    if not len(el):
        return len(el.text or "")
    return len(etree.tostring(el, method="text", encoding=str, with_tail=False))


def _is_furniture(el: HtmlElement) -> bool:
    """A footer (更新日期 of the site), or a listing's row: an item whose link is a headline (a
    sidebar's 发布时间 of another article). Its labels are never the page's."""
    if not isinstance(el.tag, str):
        return False
    if el.tag == "footer" or FOOTER_NODE_RX.search(f"{el.get('id', '')} {el.get('class', '')}"):
        return True
    return el.tag == "li" and any(len((a.text_content() or "").strip()) >= HEADLINE_MIN_CHARS
                                  for a in el.iter("a"))
