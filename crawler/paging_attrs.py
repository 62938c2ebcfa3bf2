"""Listing APIs declared in element attributes, not in script code, and their answers.

A jpaas column (MIIT-style publishing platforms) ships an empty `div#当前栏目_list` and
`<script parseType="buildstatic" url="/api-gateway/…/build/unit" queryData="{'webId':…,
'tagId':'当前栏目_list',…}">`: a shared script GETs `url` with the queryData (single-quoted JSON)
as its query and writes the answer's `data.html` into the div. The answer is JSON holding an
HTML fragment, whose pager says its totals in attributes
(`<div class="pagination" count="14" pageNo="1" rows="24">`); page N is the same GET with
`paramJson={"pageNo":N,"pageSize":24}` added.

Pure functions of a page's text and URL (patterns are data, below); the spider side is
crawler/families/shell_pages.py (the API requested by a listing shell) and
crawler/families/pagers.py (the fragment's further pages).
"""

from __future__ import annotations

import json
import math
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector

from crawler.json_answers import JSON_PAGE_SIZE_KEYS, JSON_RECORD_KEYS, json_values
from crawler.paging import MAX_FILLED_PAGES, PAGE_PARAMS, PageRequest, Paging, page_base

# --- patterns (data) ----------------------------------------------------------------------------
# An element declaring an API: its URL attribute and its query attribute (lower case: HTML
# attribute names are read lower-cased).
API_URL_ATTRS = ("url", "data-url", "dataurl")
API_QUERY_ATTRS = ("querydata", "data-query", "data-querydata", "query")
API_ELEMENTS_XPATH = "//script[@url or @data-url or @dataurl]"
MIN_FRAGMENT_LINKS = 1   # an HTML string in a JSON answer holding a link: a listing fragment
# Where a jpaas unit takes its page (public crawlers of samr/mohurd/hhtz units send it so).
PAGE_PARAM_JSON = "paramJson"


def attribute_api_calls(text: str, url: str) -> list[PageRequest]:
    """The GET APIs a page's script elements declare in their attributes (`url=` and
    `queryData=`), as JSON listing requests."""
    selector = Selector(text=text or "<html></html>")
    base = page_base(selector, url)
    calls = []
    for element in selector.xpath(API_ELEMENTS_XPATH):
        attrs = element.attrib
        api = next((attrs[name] for name in API_URL_ATTRS if attrs.get(name)), "")
        query = next((attrs[name] for name in API_QUERY_ATTRS if attrs.get(name)), "")
        if not api or api.lower().endswith((".js", ".css")):
            continue
        params = query_object(query)
        target = urljoin(base, api)
        parts = urlsplit(target)
        pairs = [*parse_qsl(parts.query), *params.items()]
        calls.append(PageRequest(urlunsplit(parts._replace(query=urlencode(pairs))), "GET",
                                 tuple(pairs), "json"))
    return list(dict.fromkeys(calls))


def query_object(text: str) -> dict[str, str]:
    """An attribute's object literal as strings: JSON, or JSON written with single quotes
    (`{'webId':'5f2a','editType':'null'}`); {} when it is neither."""
    for candidate in (text, text.replace("'", '"')):
        try:
            data = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(data, dict):
            return {str(k): v if isinstance(v, str) else json.dumps(v) for k, v in data.items()}
    return {}


def html_fragment(data: Any) -> str | None:
    """The HTML a JSON answer carries as a string (`data.html`): the longest string value
    holding a link, or None."""
    best: str | None = None
    for value in json_values(data):
        if (isinstance(value, str) and value.count("<a ") >= MIN_FRAGMENT_LINKS
                and len(value) > len(best or "")):
            best = value
    return best


def attribute_paging(selector: Selector, request: PageRequest) -> Paging:
    """The totals a fragment's pager element says in its attributes (a record count, a page
    size, the current page under a page parameter's name) and, on page 1, the API's pages
    2.. as jpaas asks for them: its query plus `paramJson={"pageNo":N,"pageSize":size}`."""
    lowered = {name.lower() for name in PAGE_PARAMS}
    for element in selector.xpath("//*[@count or @total]"):
        attrs = element.attrib
        records = _number(attrs, JSON_RECORD_KEYS)
        size = _number(attrs, JSON_PAGE_SIZE_KEYS)
        current = next((attrs[name] for name in attrs if name in lowered), None)
        if not records:
            continue
        pages = math.ceil(records / size) if size else None
        further = [paged(request, n, size) for n in range(2, min(pages, MAX_FILLED_PAGES) + 1)
                   ] if pages and size and current == "1" else []
        return Paging(pages, records, further)
    return Paging()


def paged(request: PageRequest, page: int, size: int) -> PageRequest:
    """Page `page` of a jpaas unit: its query and the page in a JSON parameter."""
    pairs = [(k, v) for k, v in request.formdata if k != PAGE_PARAM_JSON]
    pairs.append((PAGE_PARAM_JSON, json.dumps({"pageNo": page, "pageSize": size},
                                              separators=(",", ":"))))
    parts = urlsplit(request.url)
    return PageRequest(urlunsplit(parts._replace(query=urlencode(pairs))), "GET", tuple(pairs),
                       request.answer)


def _number(attrs: dict[str, str], keys: tuple[str, ...]) -> int | None:
    for key in keys:
        value = attrs.get(key.lower(), "")
        if value.isdigit() and int(value) > 0:
            return int(value)
    return None
