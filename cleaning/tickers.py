"""Scrolling notice bars (<marquee>) and the labels that name them.

A <marquee> is a NOISE_TAGS element: dropped from the container and skipped by our walk, as
trafilatura drops it. Its label (<b>温馨提示：</b>, or the bar's parent's own text) then stood
alone as the body's first line: a label whose content was furniture is furniture, and is
dropped before extraction with its bar.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from cleaning.patterns import TICKER_LABEL_MAX_LETTERS, TICKER_LABEL_RX, TICKER_TAGS
from cleaning.textutil import letter_count


def _is_label(text: str | None) -> bool:
    text = (text or "").strip()
    return (bool(TICKER_LABEL_RX.search(text))
            and 0 < letter_count(text) <= TICKER_LABEL_MAX_LETTERS)


def _drop_label(bar: HtmlElement) -> None:
    """The label just before the bar: its previous sibling (nothing but space between them),
    or, for the first child, its parent's own text."""
    before = bar.getprevious()
    if before is None:
        parent = bar.getparent()
        if parent is not None and _is_label(parent.text):
            parent.text = None
        return
    if (before.tail or "").strip() or len(before) or not _is_label(before.text_content()):
        return
    before.drop_tree()      # keeps its tail: space only


def drop_tickers(node: HtmlElement) -> None:
    """Drop every scrolling notice bar under node with the label before it."""
    for bar in list(node.iter(*TICKER_TAGS)):
        if bar.getparent() is None:
            continue
        _drop_label(bar)
        bar.drop_tree()
