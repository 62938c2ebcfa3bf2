"""Article bodies a lazy loader keeps as escaped HTML in a <textarea>.

A jQuery `datalazyload` page holds the body as `<div class="datalazyload"><textarea
style="visibility:hidden">&lt;p&gt;一、…&lt;/p&gt;</textarea></div>` and writes the textarea's
value into the page on scroll. The parsed tree holds that value as the textarea's text (the
markup unescaped), and a textarea is noise to the extractor (`patterns.NOISE_TAGS`): the body
would be lost. A textarea whose text is markup holding a body's worth of Chinese is put back
in the page as the elements it writes, before the container is looked for.
"""

from __future__ import annotations

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from cleaning.htmlparser import HTML_PARSER
from cleaning.patterns import LAZY_BODY_HAN, LAZY_MARKUP_OPENINGS
from cleaning.textutil import han_count


def unfold(tree: HtmlElement) -> None:
    """Replace each textarea holding an escaped body (markup with LAZY_BODY_HAN Chinese
    characters or more) by the elements it holds, in place."""
    for area in list(tree.iter("textarea")):
        held = area.text or ""
        if (not held.lstrip().lower().startswith(LAZY_MARKUP_OPENINGS)
                or han_count(held) < LAZY_BODY_HAN):
            continue
        try:
            parts = lxml.html.fragments_fromstring(held, parser=HTML_PARSER)
        except (ValueError, etree.ParserError):
            continue   # not markup after all: left as the textarea it is
        _replace(area, parts)


def _replace(area: HtmlElement, parts: list[HtmlElement | str]) -> None:
    box = lxml.html.Element("div", {"class": "lazy-body"})
    for part in parts:
        if isinstance(part, str):   # text before the first element
            box.text = (box.text or "") + part
        else:
            box.append(part)
    box.tail = area.tail
    parent = area.getparent()
    if parent is not None:
        parent.replace(area, box)
