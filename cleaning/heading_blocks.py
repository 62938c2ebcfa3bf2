"""Section headings that WeChat editors (135编辑器, 秀米) draw as blocks of their own.

A banner: one <section> holding a numeral badge block (一、 on a coloured tab) and the heading's
text in a block beside it. The text walk would make them two lines ("一、" alone, then the text),
trafilatura drops both; ``join_badge_banners`` makes the banner one paragraph of inline pieces,
read as one line "一、推进法治政府建设的主要举措和成效".

A heading in a <section> of spans, no <p> (``<section><span><strong><span leaf>一、…``):
trafilatura drops it with the paragraphs kept, so ``drops_heading`` tells the extractor to walk.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from cleaning.patterns import (
    BANNER_BLOCK_TAGS,
    BANNER_HEADING_MAX_CHARS,
    BLOCK_TAGS,
    HEADING_MAX_CHARS,
    PROSE_ENDS,
    SECTION_MARKERS,
)
from cleaning.textutil import has_letters, normalise_space

_BADGE_MARKERS = tuple(rx for level, rx in SECTION_MARKERS if level <= 2)
_LEVEL1_MARKERS = tuple(rx for level, rx in SECTION_MARKERS if level == 1)


def join_badge_banners(node: HtmlElement) -> None:
    """Each banner under ``node`` — a block whose only children are a block holding a section
    marker alone and a block holding a short heading — becomes a <p> of inline pieces."""
    banners = [el for el in node.iter(*BANNER_BLOCK_TAGS) if _is_badge_banner(el)]
    for banner in banners:
        banner.tag = "p"
        for piece in banner.iterdescendants():
            if piece.tag in BANNER_BLOCK_TAGS:
                piece.tag = "span"


def _is_badge_banner(el: HtmlElement) -> bool:
    children = list(el)
    if len(children) != 2 or _has_text(el.text) or any(_has_text(c.tail) for c in children):
        return False
    badge, heading = children
    if badge.tag not in BANNER_BLOCK_TAGS or heading.tag not in BANNER_BLOCK_TAGS:
        return False
    if not (_one_line(badge) and _one_line(heading)):
        return False
    marker = normalise_space(badge.text_content())
    text = normalise_space(heading.text_content())
    return (any(rx.fullmatch(marker) for rx in _BADGE_MARKERS)
            and 0 < len(text) <= BANNER_HEADING_MAX_CHARS and has_letters(text, 2)
            and not text.endswith(PROSE_ENDS)
            and not any(rx.match(text) for rx in _BADGE_MARKERS))


def _one_line(piece: HtmlElement) -> bool:
    """Does the piece read as one line (no <br>, text in at most one block inside it)?"""
    texted = [d for d in piece.iterdescendants(*BLOCK_TAGS)
              if _has_text(d.text) or _has_text(d.tail)]
    return piece.find(".//br") is None and len(texted) <= 1


def _has_text(text: str | None) -> bool:
    return bool(text and text.strip())


def drops_heading(walked: list[str], kept: list[str]) -> bool:
    """Did trafilatura drop a level-1 heading line (一、…, 第一部分…) that the walk reads?"""
    text = "\n".join(kept)
    return any(len(line) <= HEADING_MAX_CHARS and any(rx.match(line) for rx in _LEVEL1_MARKERS)
               and line not in text for line in walked)
