"""Headings drawn as images: an `<img alt="一、主要举措和成效">` (WeChat editors' heading banners)
is the heading a reader sees, so its alt text stands in for it as a paragraph. Only an alt that
opens with a Chinese section numeral (一、, （一）, 第一部分) and names something after it: the
other alts (二维码, 图片, 分割线, banner, 1.png) are not text."""

from __future__ import annotations

from lxml.html import HtmlElement

from cleaning.patterns import ALT_HEADING_MAX_CHARS, ALT_HEADING_MIN_LETTERS, ALT_HEADING_RXS
from cleaning.textutil import letter_count, normalise_space


def _compact(text: str) -> str:
    return "".join(text.split())


def heading_alt(img: HtmlElement) -> str | None:
    """The image's alt text when it is a numbered heading, else None."""
    alt = normalise_space(img.get("alt") or "")
    if not alt or len(alt) > ALT_HEADING_MAX_CHARS:
        return None
    marker = next((m for m in (rx.match(alt) for rx in ALT_HEADING_RXS) if m), None)
    if marker is None or letter_count(alt[marker.end():]) < ALT_HEADING_MIN_LETTERS:
        return None
    return alt


def with_alt_headings(root: HtmlElement) -> HtmlElement:
    """Replace each heading image under root by a <p> holding its alt text, unless that
    heading is in the text already (a banner beside it); root, changed."""
    found = [(img, alt) for img in root.iter("img") if (alt := heading_alt(img))]
    text = _compact(root.text_content()) if found else ""
    for img, alt in found:
        parent = img.getparent()
        if parent is None or _compact(alt) in text:
            continue
        paragraph = root.makeelement("p", {})
        paragraph.text, paragraph.tail = alt, img.tail
        parent.replace(img, paragraph)
    return root
