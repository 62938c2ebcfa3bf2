"""The date beside the article's heading: a page with no labelled date (no 发布日期 row, no
<meta PubDate>) shows its date in the title block — an element named for a date or time
(<span class="date">2025-01-23 15:48</span>), an attribute a script fills an empty element from
(<span class="m-time" data-time="…">), a dated byline (2025-01-23 来源：本网, 发布于 2025-01-23
10:15). Read only from the few elements after the heading that names the page's title, before
the body starts: the dates of a sidebar, a related list, the footer or the top bar's clock are
never the page's.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree
from lxml.html import HtmlElement

from cleaning.field_values import normalise_date
from cleaning.head_furniture import dated_org_date
from cleaning.labels import SKIP_TAGS, label_field
from cleaning.patterns import (
    BODY_START_CHARS,
    BODY_START_ENDS,
    DATE_ATTRIBUTES,
    DATE_CARD_DAY_RX,
    DATE_CARD_MONTH_RX,
    DATE_CARD_SIBLINGS,
    DATE_ITEMPROPS,
    DATE_NODE_RX,
    DATED_BYLINE_RX,
    POSTED_BYLINE_RX,
    TITLE_BLOCK_ELEMENTS,
    TITLE_BLOCK_STOP_TAGS,
    TITLE_DATE_RX,
    TITLE_NODE_RX,
    UNNAMED_DATE_RX,
)
from cleaning.textutil import normalise_space

# The heading's own descendants (a byline nested in an <h1>), then what follows it.
_AFTER = etree.XPath("(descendant::*|following::*)[position() <= $n]")
_HEADINGS = etree.XPath("//h1|//h2|//h3|//*[@id or @class]")
_PUBLISHED_FIELDS = (None, "published", "published_byline", "published_weak")
# A label line ends in a colon (发布时间：<em>…): only a sentence's end starts the body here.
_SENTENCE_ENDS = tuple(end for end in BODY_START_ENDS if end not in "：:")


def title_block_date(tree: HtmlElement, title: str | None,
                     simplify: Callable[[str], str]) -> str | None:
    """The date shown in the title block of the heading naming ``title``, if any."""
    heading = _title_heading(tree, title, simplify) if title else None
    if heading is None:
        return None
    return _date_after(heading) or _card_before(heading)


def _date_after(heading: HtmlElement) -> str | None:
    for el in _AFTER(heading, n=TITLE_BLOCK_ELEMENTS):
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS:
            continue
        if el.tag in TITLE_BLOCK_STOP_TAGS or _starts_body(el):
            return None
        date = _attribute_date(el) or _text_date(el) or _card_date(el)
        if date and next(el.iterancestors("a"), None) is None:
            return date
    return None


def _card_before(heading: HtmlElement) -> str | None:
    """A date card just above the heading (its preceding siblings)."""
    for count, el in enumerate(heading.itersiblings(preceding=True)):
        if count >= DATE_CARD_SIBLINGS:
            break
        if isinstance(el.tag, str) and (date := _card_date(el)):
            return date
    return None


def _card_date(el: HtmlElement) -> str | None:
    """A date card's date: the box holds two elements and no text of its own, one a day
    (18, 18日), the other a year and month (2025-03, 2025年03月), in either order."""
    if (el.text or "").strip() or len(el) != 2:
        return None
    texts = [normalise_space(child.text_content()) for child in el]
    for day_text, month_text in (texts, texts[::-1]):
        day, month = DATE_CARD_DAY_RX.fullmatch(day_text), DATE_CARD_MONTH_RX.fullmatch(month_text)
        if day and month:
            return normalise_date(f"{month.group(1)}-{month.group(2)}-{day.group(1)}")
    return None


def _title_heading(tree: HtmlElement, title: str,
                   simplify: Callable[[str], str]) -> HtmlElement | None:
    """The first h1-h3, or element named for a title, whose text is the page's title."""
    wanted = "".join(title.split())
    for el in _HEADINGS(tree):
        if el.tag not in ("h1", "h2", "h3") and not TITLE_NODE_RX.search(
                f"{el.get('id', '')} {el.get('class', '')}"):
            continue
        text = el.text_content()
        # A wrapper holding the body too, or the heading and its byline (<div class="tit-box">)
        wrapper = next(el.iterdescendants("h1", "h2", "h3"), None) is not None
        if wrapper or len(text) > 4 * len(title):
            continue
        if _names_title("".join(simplify(text).split()), wanted):
            return el
    return None


def _names_title(text: str, title: str) -> bool:
    """The heading's text is the title, or most of it (a title cut short, a heading with a
    byline nested in it)."""
    if not text or not (text in title or title in text):
        return False
    return min(len(text), len(title)) >= 0.6 * max(len(text), len(title))


def _starts_body(el: HtmlElement) -> bool:
    """An element whose own text is a paragraph of the body (long, or ending a sentence)."""
    text = (el.text or "").strip()
    return len(text) >= BODY_START_CHARS or text.endswith(_SENTENCE_ENDS)


def _attribute_date(el: HtmlElement) -> str | None:
    """A date a script writes into the element (data-time="…"), <time datetime>, or a
    <meta itemprop="datePublished" content>."""
    values = [el.get(name) for name in DATE_ATTRIBUTES]
    if (el.get("itemprop") or "").lower() in DATE_ITEMPROPS:
        values.append(el.get("content"))
    return next((value for value in values if value and normalise_date(value)), None)


def _text_date(el: HtmlElement) -> str | None:
    """The element's text when it is a date: any date form (a label before it allowed) in an
    element named for a date or time; with no such name, a numeric date or one with a time
    (a 年月日 date alone under a title is the 成文 date), or an info line of a numeric date and
    an organisation; or a byline opening with a date, or saying it posted (发布于 2025-03-28)."""
    named = DATE_NODE_RX.search(f"{el.get('id', '')} {el.get('class', '')}")
    if named or len(el) == 0:
        text = normalise_space(el.text_content())
        match = TITLE_DATE_RX.match(text) if named else None
        if match and label_field(match.group(1) or "") in _PUBLISHED_FIELDS:
            return match.group(2)
        if len(el) == 0 and UNNAMED_DATE_RX.match(text):
            return text
        if len(el) == 0 and (dated_org := dated_org_date(text)):
            return dated_org
    own = normalise_space(el.text or "")
    dated = DATED_BYLINE_RX.match(own) or POSTED_BYLINE_RX.match(own)
    return dated.group(1) if dated else None


