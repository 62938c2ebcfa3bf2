"""Listings as XML feeds: an RSS 2.0 / RSS 1.0 / Atom file, the column itself or the file a
column shell's script fetches (`$.ajax({url: "…/list.xml", dataType: "xml"})` then
`$(xml).find("item")` reading title, link, pubDate) and writes into its empty list; or any other
XML data file whose repeated elements carry a title and a URL (`<list><doc><title>…</title>
<url>…</url><date>…</date></doc>…`, or the same in attributes), read by the JSON listing
answers' key names (crawler/json_answers.py).

A paged feed (RFC 5005: `<link rel="next" href="…">` in an Atom feed, `<atom:link rel="next">` in
an RSS channel) names its next page: followed as a chain, as `<link rel="next">` of an HTML page
(crawler/link_next.py), so a feed read only to its first page is counted short, never `ok`; an
XML list's `<pager next="…">` attribute is read so too (crawler/xml_pager.py).

Pure functions of an answer's bytes and URL, parsed with lxml (a recovering parser: a feed with
a stray `&` still lists its items). The spider side is crawler/families/base.py (a listing
answer that is a feed is read here, never as HTML: HTML parsing drops `<link>`'s text).
"""

from __future__ import annotations

import re
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from crawler.families.links import ListingEntry, absolute_url, clean_text, iso_date
from crawler.json_answers import json_records, record_fields
from crawler.link_next import NEXT_REL
from crawler.paging import PageRequest
from crawler.xml_answers import XML_DATA_RE, xml_root
from crawler.xml_pager import attribute_next_links

# --- patterns (data) ----------------------------------------------------------------------------
# The root element of a feed, after the XML declaration, comments and a doctype.
FEED_ROOT_RE = re.compile(r"^\s*(?:<\?xml[^>]*>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*"
                          r"|<\?xml-stylesheet[^>]*>\s*)*<(?:\w+:)?(?:rss|feed|RDF)[\s>]",
                          re.S | re.I)
FEED_HEAD_CHARS = 2000          # where a feed's root element must show
ITEM_NAMES = ("item", "entry")  # RSS items, Atom entries (any namespace)
TITLE_NAMES = ("title",)
DATE_NAMES = ("pubDate", "published", "updated", "date", "issued", "modified")
FEED_EXTS = (".xml", ".rss", ".atom")   # a script call for one of these asks for a feed
# An Atom entry's links: the page is its `alternate` (or unmarked) link.
PAGE_LINK_RELS = ("", "alternate")


def is_feed(text: str) -> bool:
    """An answer whose root element is an RSS or Atom feed."""
    return bool(FEED_ROOT_RE.match((text or "")[:FEED_HEAD_CHARS]))


def is_feed_call(call: PageRequest) -> bool:
    """A script's call for an XML feed: its URL ends .xml/.rss/.atom, or it says
    `dataType: "xml"`."""
    return urlsplit(call.url).path.lower().endswith(FEED_EXTS) or call.answer == "xml"


def feed_listing(text: str, body: bytes, url: str) -> list[ListingEntry] | None:
    """A listing answer's entries when it is a feed, or another XML data document (not
    XHTML) with records; None when it is neither: read as a page (a Hanweb datastore's XML
    carries its rows as HTML, read by its family)."""
    head = (text or "")[:FEED_HEAD_CHARS]
    if FEED_ROOT_RE.match(head):
        return feed_entries(body, url)
    if XML_DATA_RE.match(head):
        return feed_entries(body, url) or None
    return None


def feed_entries(body: bytes, url: str) -> list[ListingEntry]:
    """The feed's items as listing entries (title, link, date), in the feed's order; each
    URL once. [] when the body is no XML."""
    root = xml_root(body)
    if root is None:
        return []
    entries: dict[str, ListingEntry] = {}
    for item in root.iter():
        if not isinstance(item.tag, str) or etree.QName(item).localname not in ITEM_NAMES:
            continue
        title = clean_text(_child_text(item, TITLE_NAMES))
        link = absolute_url(url, item_link(item))
        if link and title and link not in entries:
            entries[link] = ListingEntry(url=link, title=title,
                                         published=feed_date(_child_text(item, DATE_NAMES)))
    return list(entries.values()) or data_entries(root, url)


def feed_next_links(body: bytes, url: str) -> list[str]:
    """The next pages a paged feed names: its channel's or feed's own `<link rel="next">`
    (any namespace), not an item's links."""
    root = xml_root(body)
    if root is None:
        return []
    found = []
    for link in root.iter():
        if (isinstance(link.tag, str) and etree.QName(link).localname == "link"
                and NEXT_REL in (link.get("rel") or "").lower().split()
                and etree.QName(link.getparent()).localname not in ITEM_NAMES):
            target = absolute_url(url, link.get("href"))
            if target and target != url:
                found.append(target)
    found += attribute_next_links(root, url)   # an XML list's <pager next="list_2.xml">
    return list(dict.fromkeys(found))


def data_entries(root: etree._Element, url: str) -> list[ListingEntry]:
    """The records of an XML data file: the children of the element with the most of them
    holding a title and a URL (child texts or attributes, by the JSON answers' key names)."""
    best: list[dict[str, Any]] = []
    for parent in root.iter():
        records = json_records([_record(child) for child in parent
                                if isinstance(child.tag, str)])
        if len(records) > len(best):
            best = records
    entries: dict[str, ListingEntry] = {}
    for record in best:
        title, href, date = record_fields(record)
        link = absolute_url(url, href.strip())
        if link and clean_text(title) and link not in entries:
            entries[link] = ListingEntry(url=link, title=clean_text(title),
                                         published=feed_date(str(date or "")))
    return list(entries.values())


def _record(element: etree._Element) -> dict[str, Any]:
    """An element as a record: its attributes and its children's texts by local name."""
    record: dict[str, Any] = {str(k): str(v) for k, v in element.attrib.items()}
    for child in _children(element, None):
        record.setdefault(etree.QName(child).localname, "".join(child.itertext()).strip())
    return record


def item_link(item: etree._Element) -> str:
    """An item's page: RSS `<link>` text, an Atom `<link rel="alternate" href>`, else a
    permalink `<guid>`."""
    for child in _children(item, ("link",)):
        rel = child.get("rel", "")
        if child.get("href") and rel in PAGE_LINK_RELS:
            return str(child.get("href"))
        if (child.text or "").strip():
            return (child.text or "").strip()
    for guid in _children(item, ("guid", "id")):
        text = (guid.text or "").strip()
        if text.startswith(("http://", "https://", "/")) and guid.get("isPermaLink") != "false":
            return text
    return ""


def feed_date(text: str) -> str | None:
    """A feed date as YYYY-MM-DD: RFC 822 (`Tue, 12 Mar 2025 09:30:00 +0800`), ISO 8601, or
    the `2025-03-12 09:30:00` Chinese sites write."""
    text = text.strip()
    if not text:
        return None
    found = iso_date(text)
    if found:
        return found
    try:
        return parsedate_to_datetime(text).strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError):
        return None


def _children(item: etree._Element, names: tuple[str, ...] | None) -> list[etree._Element]:
    return [child for child in item if isinstance(child.tag, str)
            and (names is None or etree.QName(child).localname in names)]


def _child_text(item: etree._Element, names: tuple[str, ...]) -> str:
    for name in names:   # in the order of `names`: pubDate before updated
        for child in _children(item, (name,)):
            text = "".join(child.itertext()).strip()
            if text:
                return text
    return ""
