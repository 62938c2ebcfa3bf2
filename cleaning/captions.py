"""Picture captions drawn under an image: the block right after a photo between a post's
paragraphs (`<p><img></p><p><span>区司法局开展普法宣传活动</span></p>`) names the picture, it
is not report text. Lines marked as captions (▲…, 图为…, …摄) go in the noise stage; this finds
the unmarked ones by where they stand, before the text is read.

A caption is one short unfinished line in a block of its own, right after the block holding
only the image, with prose before the image: a title under a header banner, a heading under a
picture (bold, or opening with a section marker), a signing body or date under a seal stay.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree
from lxml.html import HtmlElement

from cleaning.noise import starts_with_marker
from cleaning.patterns import (
    BOLD_TAGS,
    CAPTION_PROSE_ENDS,
    CAPTION_UNDER_IMAGE_MAX_CHARS,
    DATE_RX,
    ORG_SUFFIX_RX,
    PROSE_ENDS,
)
from cleaning.textutil import letter_count, normalise_space

_FIGURE_CLIMB_LEVELS = 6       # <section><p><span><img>: wrappers holding only the image
_PROSE_TEXT_MIN_CHARS = 15     # a text node this long ending a sentence is prose
_HEADING_TAGS = frozenset((*BOLD_TAGS, "h1", "h2", "h3", "h4", "h5", "h6"))


def drop_image_captions(root: HtmlElement) -> None:
    """Remove from root the caption blocks under its images (their tails kept)."""
    if next(root.iter("img"), None) is None:     # most bodies: no walk of every element
        return
    doomed = [caption for img in _images_after_prose(root)
              if (caption := _caption_under(img, root)) is not None]
    for caption in doomed:
        if caption.getparent() is not None:
            caption.drop_tree()


def _images_after_prose(root: HtmlElement) -> Iterator[HtmlElement]:
    """The images with a sentence of prose before them, in one pass in document order (an
    element's tail is read after its children, where it stands)."""
    prose = False
    # lxml's iterwalk, in C (a Python stack of elements took half as long again); a comment's
    # "end" comes right after its "start" and holds its tail.
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if event == "end":
            prose = prose or (el is not root and _is_prose(el.tail))
        elif isinstance(el.tag, str):
            if el.tag == "img" and prose:
                yield el
            prose = prose or _is_prose(el.text)


def _is_prose(text: str | None) -> bool:
    text = (text or "").strip()
    return len(text) >= _PROSE_TEXT_MIN_CHARS and text.endswith(PROSE_ENDS)


def _caption_under(img: HtmlElement, root: HtmlElement) -> HtmlElement | None:
    block = _figure_block(img, root)
    if (block.tail or "").strip():      # text runs on after the image: no block of its own
        return None
    following = block.getnext()
    while following is not None and (not isinstance(following.tag, str)
                                     or following.tag == "br"):
        if (following.tail or "").strip():
            return None
        following = following.getnext()
    if following is None or following.find(".//img") is not None:
        return None
    return following if _reads_as_caption(following) else None


def _figure_block(img: HtmlElement, root: HtmlElement) -> HtmlElement:
    """The outermost element around the image holding nothing else: each wrapper's only
    child, no text beside it (looked at without reading the wrapper's text: a page of 4,000
    images in one <div> stays linear)."""
    block = img
    for _ in range(_FIGURE_CLIMB_LEVELS):
        parent = block.getparent()
        if (parent is None or parent is root or len(parent) != 1 or (parent.text or "").strip()
                or (block.tail or "").strip()):
            break
        block = parent
    return block


def _reads_as_caption(el: HtmlElement) -> bool:
    text = normalise_space(el.text_content())
    if not 2 <= len(text) <= CAPTION_UNDER_IMAGE_MAX_CHARS or text.endswith(CAPTION_PROSE_ENDS):
        return False
    if starts_with_marker(text) or DATE_RX.search(text):
        return False
    if ORG_SUFFIX_RX.search(text):
        return False
    return not _is_bold(el, text)


def _is_bold(el: HtmlElement, text: str) -> bool:
    """Is the block's text drawn bold or as a heading (half its letters or more)?"""
    if el.tag in _HEADING_TAGS:
        return True
    bold = sum(letter_count(run.text_content()) for run in el.iter(*_HEADING_TAGS)
               if not _inside_heading(run, el))
    return 2 * bold >= letter_count(text)


def _inside_heading(run: HtmlElement, el: HtmlElement) -> bool:
    """Is the run inside another bold run or heading under el (counted with that one)?"""
    parent = run.getparent()
    while parent is not None and parent is not el:
        if parent.tag in _HEADING_TAGS:
            return True
        parent = parent.getparent()
    return False
