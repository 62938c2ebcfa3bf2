"""Stage 5: the page's metadata → document fields: <meta> tags, headings, bylines, dates in
named elements or scripts, the red header's 文号. The label/value pairs of the 政府信息公开
block are read by cleaning/labels.py, a value's checks and normal forms are in
cleaning/field_values.py; their public names are imported here as well.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import islice

from lxml import etree
from lxml.html import HtmlElement

from cleaning.field_values import (
    as_is,
    clean_value,
    is_placeholder,
    normalise_date,
)
from cleaning.labels import (
    SKIP_TAGS,
    label_field,
    labelled_fields,
    labelled_lines,
)
from cleaning.patterns import (
    BODY_START_CHARS,
    BODY_START_ENDS,
    BYLINE_RX,
    DATED_BYLINE_RX,
    DOC_HEAD_TEXTS,
    DOC_NUMBER_RX,
    IP_REGION_LINE_RX,
    JSON_LD_DATE_KEYS,
    LOGO_NODE_RX,
    META_LINE_RX,
    METADATA_LABEL_MAX_CHARS,
    PUBLISHED_NODE_NAMES,
    REGION_BYLINE_MAX_CHARS,
    SCRIPT_DATE_RX,
    TITLE_NODE_MAX_CHARS,
    TITLE_NODE_RX,
)
from cleaning.textutil import normalise_space

__all__ = ["as_is", "bare_byline_date", "clean_value", "head_doc_number", "heading_texts",
           "is_placeholder", "json_ld_date", "label_field", "labelled_fields", "labelled_lines",
           "meta_tags", "named_date", "normalise_date", "region_byline_date", "script_date",
           "site_name_texts", "time_element_date", "title_node_texts"]


def meta_tags(tree: HtmlElement) -> dict[str, str]:
    """<meta name=... content=...> by lower-cased name; placeholder contents are skipped."""
    found = {}
    for meta in tree.iter("meta"):
        # og: tags name themselves in property=
        name = (meta.get("name") or meta.get("property") or "").strip().lower()
        content = meta.get("content")
        if name and content and name not in found and not is_placeholder(content):
            found[name] = normalise_space(content)
    return found


def bare_byline_date(tree: HtmlElement, container: HtmlElement | None) -> str | None:
    """A date standing alone in an element before the body ("<span class=time>2024-03-05"),
    or opening a byline of labels ("<span>2024-02-26 10:31:05　来源：某局　评论：<a>0</a>")."""
    if container is None:
        return None
    for el in tree.iter():
        if el is container:
            return None
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS or not el.text:
            continue
        text = el.text.strip()
        if len(el) == 0 and BYLINE_RX.match(text):
            return text
        dated = DATED_BYLINE_RX.match(text)
        if dated:
            return dated.group(1)
    return None


def region_byline_date(tree: HtmlElement) -> str | None:
    """A bare timestamp in an element whose next element is the poster's IP region (百家号's
    2025-03-27 16:05 then 江西 or 发布于：江西): a platform's byline, the date its posting."""
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS or len(el) or not el.text:
            continue
        text = el.text.strip()
        if not BYLINE_RX.match(text):
            continue
        region = el.getnext()
        while region is not None and not isinstance(region.tag, str):
            region = region.getnext()
        if region is None:
            continue
        # Its first few texts only: a sibling holding a long subtree is no region line.
        said = normalise_space("".join(islice(region.itertext(), 3)))
        if len(said) <= REGION_BYLINE_MAX_CHARS and IP_REGION_LINE_RX.match(said):
            return text
    return None


def head_doc_number(container: HtmlElement | None) -> str | None:
    """The red header's 文号 line atop the body (某政报〔2025〕3号), read from the content
    container itself: extraction drops a short centred line from a long body."""
    if container is None:
        return None
    for count, text in enumerate(_head_texts(container)):
        compact = "".join(text.split())
        if DOC_NUMBER_RX.match(compact):
            return compact
        if (count >= DOC_HEAD_TEXTS or len(compact) >= BODY_START_CHARS
                or compact.endswith(BODY_START_ENDS)):
            return None          # the body has started
    return None


def _head_texts(container: HtmlElement) -> Iterator[str]:
    """The container's non-blank texts in document order, script and style left out."""
    skipped = 0
    for event, el in etree.iterwalk(container, events=("start", "end")):
        inside = isinstance(el.tag, str) and el.tag in SKIP_TAGS
        if event == "start":
            skipped += inside
            text = el.text if isinstance(el.tag, str) and not skipped else None
        else:
            skipped -= inside
            text = el.tail if el is not container and not skipped else None
        if text and text.strip():
            yield text


def heading_texts(tree: HtmlElement, simplify: Callable[[str], str]) -> list[str]:
    """The h1/h2 texts, without a byline nested in the heading (old CMS show pages:
    <h1>title<br><span>2024-02-26 来源：某局 评论：0</span></h1>)."""
    return [normalise_space(simplify(_heading_text(h))) for tag in ("h1", "h2")
            for h in tree.iter(tag)]


def _heading_text(heading: HtmlElement) -> str:
    if not len(heading):
        return heading.text_content()
    parts = [heading.text or ""]
    for child in heading:
        if isinstance(child.tag, str) and not _is_byline(child.text_content()):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts)


def _is_byline(text: str) -> bool:
    text = normalise_space(text)
    return bool(BYLINE_RX.match(text) or DATED_BYLINE_RX.match(text) or META_LINE_RX.match(text))


# Elements with an id or class (XPath, in C), their names matched by one ASCII case-insensitive
# regex: an XPath of 22 translate() calls per element took ~60 ms on a 100 KB portal page.
_WITH_ID_OR_CLASS = etree.XPath("//*[@id or @class]")
_PUBLISHED_NAME_RX = re.compile("|".join(map(re.escape, PUBLISHED_NODE_NAMES)), re.I | re.A)


# The id and class values themselves, in document order (an element's after it, before its
# children): a name is matched without a proxy made for every element that has one.
_ID_AND_CLASS_VALUES = etree.XPath("//@id | //@class")


def named_date(tree: HtmlElement) -> str | None:
    """A date in an element named for the publication time (<em id="publish_time">)."""
    named = dict.fromkeys(value.getparent() for value in _ID_AND_CLASS_VALUES(tree)
                          if _PUBLISHED_NAME_RX.search(value))
    for el in named:
        if el.tag in SKIP_TAGS:
            continue
        text = normalise_space(el.text_content())
        if len(text) <= METADATA_LABEL_MAX_CHARS + 20 and normalise_date(text):
            return text
    return None


def title_node_texts(tree: HtmlElement, simplify: Callable[[str], str]) -> list[str]:
    """Short texts of elements named for a title (<div class="cs_title">), in page order. A
    link, a box holding links, a list's item or a name worn by several elements (a listing's
    <span class="list-title"> rows) is not the article's heading."""
    named = [el for el in _WITH_ID_OR_CLASS(tree) if el.tag not in SKIP_TAGS
             and TITLE_NODE_RX.search(f"{el.get('id', '')} {el.get('class', '')}")]
    worn = Counter(el.get("class") for el in named)
    texts = []
    for el in named:
        if worn[el.get("class")] > 1 or next(el.iter("a"), None) is not None:
            continue
        if next(el.iterancestors("a", "li", "dd"), None) is not None:
            continue
        text = normalise_space(el.text_content())
        if 0 < len(text) <= TITLE_NODE_MAX_CHARS:
            texts.append(simplify(text))
    return texts


def site_name_texts(tree: HtmlElement, simplify: Callable[[str], str]) -> set[str]:
    """The site's name as its header logo shows it: the text, or an image's alt or title, of
    an element named for a logo."""
    names: set[str] = set()
    for el in _WITH_ID_OR_CLASS(tree):
        named = LOGO_NODE_RX.search(f"{el.get('id', '')} {el.get('class', '')}")
        if not named or el.tag in SKIP_TAGS:
            continue
        texts = [el.text_content(), *(img.get(attr) or "" for img in el.iter("img")
                                      for attr in ("alt", "title"))]
        names.update(simplify(normalise_space(text)) for text in texts if text.strip())
    return names


def time_element_date(tree: HtmlElement) -> str | None:
    """The date of the page's first <time datetime="2025-03-31"> (a news site's byline)."""
    for el in tree.iter("time"):
        value = el.get("datetime") or ""
        if normalise_date(value):
            return value
    return None


def script_date(tree: HtmlElement) -> str | None:
    """A publication time assigned in an inline script (var ct = "1706222892")."""
    for script in tree.iter("script"):
        match = SCRIPT_DATE_RX.search(script.text or "")
        if match and normalise_date(match.group(1)):
            return match.group(1)
    return None


def json_ld_date(tree: HtmlElement) -> str | None:
    """The datePublished of a JSON-LD block (<script type="application/ld+json">), at any depth
    (an @graph list, a nested Article)."""
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        date = _json_date(data)
        if date:
            return date
    return None


def _json_date(data: object) -> str | None:
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, dict):
            for key in JSON_LD_DATE_KEYS:
                value = item.get(key)
                if isinstance(value, str) and normalise_date(value):
                    return value
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None
