"""The safety net under list API answers: an answer to a list API call that shows rows (objects
or elements with a title) of which the crawler read none — no URL it knows how to take, or no
JSON/XML it can parse — is a listing page not understood. Said (listing_incomplete), never a
column left `ok` or `empty` in silence (round 26: an XML answer's pages, a JSON answer's rows
holding only an id).

Pure functions of an answer's text and bytes.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from crawler.json_answers import JSON_TITLE_KEYS, json_text, json_values
from crawler.xml_answers import XML_DATA_RE, XML_HEAD_CHARS, xml_root

# --- patterns (data) ----------------------------------------------------------------------------
TITLE_NAMES = frozenset(key.lower() for key in JSON_TITLE_KEYS)   # a row's title, any case
MIN_UNREAD_ROWS = 1   # rows with a title that make an answer a listing (none: past the end)


def unread_rows(text: str, body: bytes) -> str | None:
    """Why an answer that listed no entry holds rows after all (in words), or None when it
    shows none (an empty page past the end, an HTML fragment)."""
    stripped = text.lstrip()
    if XML_DATA_RE.match(stripped[:XML_HEAD_CHARS]):
        count = _xml_titled(body)
        return (f"{count} XML record(s) with a title, none with a page it reads"
                if count >= MIN_UNREAD_ROWS else None)
    if stripped.startswith("<") or not stripped:
        return None
    data = json_text(text)
    if data is None:
        return "an answer that is neither JSON nor XML"
    count = max((sum(1 for item in value if _titled(item)) for value in json_values(data)
                 if isinstance(value, list)), default=0)
    return (f"{count} JSON row(s) with a title, none with a URL it reads"
            if count >= MIN_UNREAD_ROWS else None)


def _titled(item: Any) -> bool:
    return isinstance(item, dict) and any(
        str(key).lower() in TITLE_NAMES and isinstance(value, str) and value.strip()
        for key, value in item.items())


def _xml_titled(body: bytes) -> int:
    root = xml_root(body)
    if root is None:
        return 0
    return sum(1 for element in root.iter() if isinstance(element.tag, str)
               and any(isinstance(child.tag, str) and etree.QName(child).localname.lower()
                       in TITLE_NAMES and "".join(child.itertext()).strip()
                       for child in element))
