"""The next page of an XML listing named in an attribute: `<pager total="13" pages="2"
current="1" next="list_2.xml"/>`. A column served as an XML data file and drawn by an XSLT
stylesheet (`<?xml-stylesheet type="text/xsl" href="…/list.xsl"?>`) has no `<a>` for its pager:
the stylesheet builds the 下一页 link from the attribute. Read as a paged feed's
`<link rel="next">` is (crawler/feeds.py feed_next_links): a chain of the ledger, so a page
named and never read is `listing_incomplete`.

Pure functions of a parsed XML root and its URL (lxml, as crawler/feeds.py parses).
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.families.links import absolute_url
from crawler.xml_answers import is_record

# --- patterns (data) ----------------------------------------------------------------------------
# Attribute names (lower case, `-`/`_` dropped) that name the next page of the list.
NEXT_ATTRIBUTES = ("next", "nextpage", "nexturl", "nextlink", "nexthref")
# A value that is a page's address (a file, a path or a query), not a bare page number.
PAGE_ADDRESS_RE = re.compile(r"[./?=]")


def attribute_next_links(root: etree._Element, url: str) -> list[str]:
    """The pages the document's elements name as next in an attribute, absolute, each once,
    never `url` itself."""
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str) or is_record(element):   # an item's next article
            continue
        for name, value in element.attrib.items():
            key = etree.QName(name).localname.lower().replace("_", "").replace("-", "")
            value = str(value).strip()
            if key in NEXT_ATTRIBUTES and PAGE_ADDRESS_RE.search(value):
                target = absolute_url(url, value)
                if target and target != url:
                    found.append(target)
    return list(dict.fromkeys(found))

