"""Section headings that WeChat editors (135编辑器, 秀米) draw as blocks of their own.

A banner: one <section> holding a numeral badge block (一、 on a coloured tab) and the heading's
text in a block beside it. The text walk would make them two lines ("一、" alone, then the text),
trafilatura drops both; ``join_badge_banners`` makes the banner one paragraph of inline pieces,
read as one line "一、推进法治政府建设的主要举措和成效".

A decorated heading: a block holding a short kicker or badge (聚焦成效, PART.01) beside a block
holding a numbered heading, in an editor's markup; ``drop_decorations`` removes the kicker.

A heading in a <section> of spans, no <p> (``<section><span><strong><span leaf>一、…``):
trafilatura drops it with the paragraphs kept, so ``drops_heading`` tells the extractor to walk.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from cleaning import walk_checks
from cleaning.noise import starts_with_marker
from cleaning.patterns import (
    BANNER_BLOCK_TAGS,
    BANNER_HEADING_MAX_CHARS,
    BANNER_PIECE_MAX_ELEMENTS,
    BLOCK_TAGS,
    DECORATION_MAX_CHARS,
    DECORATION_STOP_CHARS,
    EDITOR_CLASS_RX,
    EDITOR_MARKUP_ATTRS,
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


def _two_blocks(el: HtmlElement) -> tuple[HtmlElement, HtmlElement] | None:
    """The two block children of ``el`` when they are all it holds (no text beside them)."""
    if len(el) != 2:     # most blocks: counted in C, no proxy made for each child
        return None
    children = list(el)
    if _has_text(el.text) or any(_has_text(c.tail) for c in children):
        return None
    first, second = children
    if first.tag not in BANNER_BLOCK_TAGS or second.tag not in BANNER_BLOCK_TAGS:
        return None
    return first, second


def _is_badge_banner(el: HtmlElement) -> bool:
    blocks = _two_blocks(el)
    if blocks is None:
        return False
    badge, heading = blocks
    marker = _one_line(badge)
    if marker is None or not any(rx.fullmatch(marker) for rx in _BADGE_MARKERS):
        return False
    text = _one_line(heading)
    return (text is not None and has_letters(text, 2) and not text.endswith(PROSE_ENDS)
            and not any(rx.match(text) for rx in _BADGE_MARKERS))


def drop_decorations(node: HtmlElement) -> None:
    """Remove the kicker of each decorated heading under ``node``: in an editor's markup, a
    block whose only children are a block of a short line no punctuation splits (聚焦成效,
    PART.01, 壹) and a block opening with a section marker (一、…, （一）…)."""
    doomed = [el[0] for el in node.iter(*BANNER_BLOCK_TAGS) if _is_decorated_heading(el, node)]
    for kicker in doomed:
        if kicker.getparent() is not None:
            kicker.drop_tree()


def _is_decorated_heading(el: HtmlElement, root: HtmlElement) -> bool:
    blocks = _two_blocks(el)
    if blocks is None:
        return False
    kicker, heading = blocks
    text = _one_line(kicker)
    if (text is None or len(text) > DECORATION_MAX_CHARS or not has_letters(text, 1)
            or any(char in DECORATION_STOP_CHARS for char in text)
            or starts_with_marker(text)):
        return False
    heading_text = normalise_space(heading.text_content())
    return (len(heading_text) <= HEADING_MAX_CHARS
            and any(rx.match(heading_text) for rx in _BADGE_MARKERS) and _in_editor(el, root))


def _in_editor(el: HtmlElement, root: HtmlElement) -> bool:
    """Is the element, or one of its ancestors up to ``root``, an editor's markup (秀米's
    powered-by, 135编辑器's data-tools, an _135editor class)?"""
    stop = root.getparent()
    for up in (el, *el.iterancestors()):
        if up is stop:
            return False
        if any(up.get(name) for name in EDITOR_MARKUP_ATTRS) or EDITOR_CLASS_RX.search(
                up.get("class", "")):
            return True
    return False


def _one_line(piece: HtmlElement) -> str | None:
    """The piece's text when it reads as one short line: no <br>, text in at most one block
    inside it, up to BANNER_HEADING_MAX_CHARS. A piece of more than BANNER_PIECE_MAX_ELEMENTS
    elements is none (every block of a page is tested: the bound keeps deep nesting linear)."""
    blocks = 0
    for count, el in enumerate(piece.iter(), 1):
        if count > BANNER_PIECE_MAX_ELEMENTS or el.tag == "br":
            return None
        if el is not piece and el.tag in BLOCK_TAGS and (_has_text(el.text) or _has_text(el.tail)):
            blocks += 1
    text = normalise_space(piece.text_content())
    return text if blocks <= 1 and 0 < len(text) <= BANNER_HEADING_MAX_CHARS else None


def _has_text(text: str | None) -> bool:
    return bool(text and text.strip())


def drops_heading(walked: list[str], kept: list[str]) -> bool:
    """Did trafilatura drop a level-1 heading line (一、…, 第一部分…) that the walk reads?"""
    return walk_checks.drops_line(walked, kept, lambda line: len(line) <= HEADING_MAX_CHARS
                                  and any(rx.match(line) for rx in _LEVEL1_MARKERS))
