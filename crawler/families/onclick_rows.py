"""Listing rows with no link: `<li onclick="window.open('/a/t1.html')"><span>title</span>
<span>2026-02-13</span></li>`. The row's script opens the article; the row's text is its title.

`onclick_rows(selector, base_url)` reads the rows (li, tr, div, dd …) whose onclick (or
data-href / data-url) holds an article URL in one of the opener calls below; the title is a
child's title attribute, else the row's text without its date.
"""

from __future__ import annotations

import re

from parsel import Selector

from crawler.families.links import DATE_RE, ListingEntry, absolute_url, clean_text, iso_date

# --- patterns (data) ----------------------------------------------------------------------------
# window.open('u') / location.href='u' / window.location = "u" / openDetail('u') / goUrl('u') …
OPENER_RE = re.compile(
    r"""(?:window\.open|(?:window\.|document\.|top\.|self\.)?location(?:\.href)?\s*=|"""
    r"""location\.(?:assign|replace)|open(?:Detail|Url|Win|Window|Page|Article|Info)|"""
    r"""go(?:Url|Detail|Page|Info|To)|view(?:Detail|Info))\s*\(?\s*['"]([^'"]+)['"]""",
    re.IGNORECASE)
ROW_TAGS = ("li", "tr", "div", "dd", "dt", "p", "span", "td")
ROW_URL_ATTRS = ("data-href", "data-url", "data-link")
# A URL an opener names looks like a page or a file, not a bare word (openDetail('12345')).
URL_LIKE_RE = re.compile(r"[/.]")
TITLE_MAX_CHARS = 200


def row_url(row: Selector, base_url: str) -> str | None:
    """The article URL a row's onclick (or data-href) opens."""
    for attr in ROW_URL_ATTRS:
        if row.attrib.get(attr):
            return absolute_url(base_url, row.attrib[attr])
    match = OPENER_RE.search(row.attrib.get("onclick", ""))
    if not match or not URL_LIKE_RE.search(match.group(1)):
        return None
    return absolute_url(base_url, match.group(1))


def row_title(row: Selector) -> str:
    """A child's title attribute (the full title of a cut text), else the row's text with
    its date left out."""
    for titled in row.xpath(".//*[@title]"):
        title = clean_text(titled.attrib.get("title", ""))
        if title and not iso_date(title):
            return title
    texts = [clean_text(t) for t in row.xpath(".//text()[not(ancestor::script)]").getall()]
    kept = [t for t in texts if t and not (iso_date(t) and len(DATE_RE.sub("", t)) < 8)]
    return clean_text(" ".join(kept))[:TITLE_MAX_CHARS]


def onclick_rows(selector: Selector, base_url: str) -> list[ListingEntry]:
    """The listing entries of rows opened by a script (no `<a href>` inside them)."""
    entries: dict[str, ListingEntry] = {}
    tags = " | ".join(f"//{tag}[@onclick or @{' or @'.join(ROW_URL_ATTRS)}]"
                      for tag in ROW_TAGS)
    for row in selector.xpath(tags):
        hrefs = row.css("a::attr(href)").getall()
        if any(absolute_url(base_url, h) for h in hrefs) or row.xpath("ancestor::a"):
            continue   # a row with a link is read by its link
        url = row_url(row, base_url)
        title = row_title(row) if url else ""
        if url and title:
            date = iso_date(" ".join(row.xpath(".//text()").getall()))
            entries.setdefault(url, ListingEntry(url=url, title=title, published=date))
    return list(entries.values())
