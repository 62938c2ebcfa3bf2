"""A column that is only a search form: its empty search lists the whole column.

A 信息公开 column page may hold no row, only `<form action="/website/searchResult.jsp"
method="get">` with a hidden `ch_id` (the channel), an empty keyword box and a 检索 button
(不输入关键字点击“检索”显示本栏目全部信息): the server lists a channel's items whose title is
`like '%keyword%'`, so the empty keyword lists them all. The form is submitted once as a
browser would, its hidden fields and empty text boxes in their order (a select its chosen
option, a checked box its value: lxml's form_values), and the answer is read as the column's
listing (paged by its own 下一页 links).

A site-wide search box (a keyword and a button, nothing hidden) names no column: only a GET
form carrying a hidden field with a value is submitted. Pure functions of a page's selector
and URL; the spider side is crawler/families/base.py (`parse_listing`, a page with no rows).
"""

from __future__ import annotations

from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit

from lxml.html import FormElement
from parsel import Selector

from crawler.paging import page_base, same_site

# --- patterns (data) ----------------------------------------------------------------------------
REFUSED_TYPES = ("password", "file")   # a login or an upload form: no listing behind it


def search_form_urls(selector: Selector, url: str) -> list[str]:
    """The answer URLs of the page's column search forms submitted with no keyword."""
    if selector.type != "html":
        return []
    base = page_base(selector, url)
    found = []
    for form in selector.xpath("//form"):
        if form.attrib.get("method", "get").strip().lower() != "get":
            continue
        pairs = form_fields(form)
        hidden = [f for f in form.xpath(".//input[@type][@name][@value]")
                  if f.attrib["type"].lower() == "hidden" and f.attrib["value"].strip()]
        if not hidden or pairs is None:
            continue
        action = urljoin(base, form.attrib.get("action", "").strip() or url)
        parts = urlsplit(action)
        target = urlunsplit(parts._replace(query=urlencode(pairs), fragment=""))
        if parts.scheme in ("http", "https") and same_site(target, url) and target != url:
            found.append(target)
    return list(dict.fromkeys(found))


def form_fields(form: Selector) -> list[tuple[str, str]] | None:
    """The name=value pairs a browser submits for the form with nothing typed (lxml's
    form_values: hidden fields, text boxes as they stand, checked boxes, chosen options);
    None when the form asks for a password or a file (a login, an upload: no listing)."""
    kinds = {f.attrib.get("type", "").strip().lower() for f in form.xpath(".//input")}
    if kinds & set(REFUSED_TYPES) or not isinstance(form.root, FormElement):
        return None
    return [(name, str(value)) for name, value in form.root.form_values()]
