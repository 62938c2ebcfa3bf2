"""A list API answering XML records (`$.ajax({…, dataType: "xml"})` then
`$(xml).find("record")`): its totals as a JSON answer's are read, so its pages are asked as a
JSON API's (crawler/paging_api.py `json_paging`). An XML answer declares them in attributes
(`<result total="14" pagecount="3" page="1">`) or in leaf elements (`<total>14</total>`) of
its envelope, never inside a record. The records themselves are read by crawler/feeds.py.

Pure functions of an answer's bytes, parsed with lxml as crawler/feeds.py parses.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

# --- patterns (data) ----------------------------------------------------------------------------
# Any XML document (declared so) whose root is no HTML: a data file a shell's script reads, or
# a list API's answer (read as a listing by crawler/feeds.py, judged by crawler/unread_answers.py).
XML_DATA_RE = re.compile(r"^\s*<\?xml[^>]*>\s*(?:<!--.*?-->\s*|<\?[^>]*>\s*)*"
                         r"<(?!html[\s>]|!DOCTYPE\s+html)[!\w]", re.S | re.I)
XML_HEAD_CHARS = 2000   # where its root element must show
# How deep in the envelope totals are looked for: the root, its children (a `<pager>` element).
TOTALS_DEPTH = 2
# An element with a child of one of these names is a record (its numbers are the item's own).
RECORD_CHILDREN = ("title", "url", "link", "href")


def xml_totals(body: bytes) -> dict[str, Any]:
    """The envelope's numbers by name, as a JSON answer's top level would hold them: the
    attributes and leaf texts of the root and its non-record children (first seen wins).
    {} when the body is no XML."""
    root = xml_root(body)
    totals: dict[str, Any] = {}
    if root is None:
        return totals
    level = [root]
    for _ in range(TOTALS_DEPTH):
        level = [element for element in level if not is_record(element)]
        for element in level:
            for name, value in element.attrib.items():
                totals.setdefault(etree.QName(name).localname, str(value).strip())
            for child in _children(element):
                if not len(child) and (child.text or "").strip():
                    totals.setdefault(etree.QName(child).localname, child.text.strip())
        level = [child for element in level for child in _children(element)]
    return totals


def xml_root(body: bytes) -> etree._Element | None:
    """The root of an XML answer, parsed by lxml's recovering parser (a stray `&` still
    parses; no entities or network); None when the body is no XML."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    try:
        return etree.fromstring(body.lstrip(), parser)
    except etree.XMLSyntaxError:
        return None


def _children(element: etree._Element) -> list[etree._Element]:
    return [child for child in element if isinstance(child.tag, str)]


def is_record(element: etree._Element) -> bool:
    """An element holding a title, URL or link child: a record (its numbers and attributes
    are the item's own, never the list's)."""
    return any(etree.QName(child).localname.lower() in RECORD_CHILDREN
               for child in _children(element))
