"""A page's address as its script sees it, `#fragment` included: a hash-routed column
(`/zwgk/#/list?channelCode=fzzfndbg&pageNo=1`) keeps its channel and page in the fragment, which
no HTTP request carries. Its script reads them from `location.hash` (a hash router's query,
`new URLSearchParams(h.split('?')[1]).get('channelCode')`, `this.$route.query.channelCode`) the
way another reads `?channelCode=` from `location.search`; crawler/paging_form.py's
`query_fed_text` takes both as the page's own values.

Scrapy drops the fragment from a response's URL (its downloader asks for the page without it),
so the address is read from the request the response answers (`page_address`).
"""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qsl, urldefrag, urlsplit

from scrapy.http import Response

# The query of a fragment: after its `?` (`#/list?k=v`), or the whole fragment when it is
# itself a query (`#k=v&k2=v2`, no route path).
FRAGMENT_QUERY_RE = re.compile(r"\?(?P<query>[^#]*)$|^(?P<bare>[\w.-]+=[^/?#]*)$")
# A bare read of the fragment (`location.hash`, `window.location.hash`), written as its value.
LOCATION_HASH_RE = re.compile(r"\b(?:window\.|document\.)?location\.hash\b(?!\s*=[^=])")
# A hash router's query read as a property (`this.$route.query.channelCode`,
# `$route.query['pageNo']`, `router.currentRoute.query.cid`): the key in `key`.
ROUTE_QUERY_RE = re.compile(r"""(?<![\w$])(?:this\.)?\$?(?:route|router\.currentRoute)"""
                            r"""\.query(?:\.(?P<key>[\w$]+)|\[\s*['"](?P<quoted>[\w.-]+)['"]\s*\])""")


def fragment_query(url: str) -> list[tuple[str, str]]:
    """The key/value pairs of `url`'s fragment query (`#/list?k=v` or `#k=v`); [] for none."""
    match = FRAGMENT_QUERY_RE.search(urlsplit(url).fragment)
    text = (match["query"] or match["bare"] or "") if match else ""
    return parse_qsl(text, keep_blank_values=True)


def address_query(url: str) -> dict[str, str]:
    """What a script reads as the page's query: the URL's `?query`, then its fragment's
    (the fragment's value wins: a hash router reads only it)."""
    parts = urlsplit(url)
    return {**dict(parse_qsl(parts.query)), **dict(fragment_query(url))}


def hash_fed_text(text: str, url: str) -> str:
    """`text` with `location.hash` and a hash router's query properties written as their
    values from `url`'s fragment (a key the fragment lacks stays as it is)."""
    fragment = urlsplit(url).fragment
    if not fragment:
        return text
    query = dict(fragment_query(url))

    def value(match: re.Match[str]) -> str:
        key = match["key"] or match["quoted"]
        return json.dumps(query[key], ensure_ascii=False) if key in query else match[0]

    text = ROUTE_QUERY_RE.sub(value, text) if query else text
    return LOCATION_HASH_RE.sub(lambda _: json.dumps("#" + fragment, ensure_ascii=False), text)


def page_address(response: Response) -> str:
    """The address of the page a response is, with the fragment its request was asked with
    (when the response is that URL: a redirect's fragment-less target keeps its own)."""
    request = getattr(response, "request", None)
    asked = request.url if request is not None else ""
    if "#" in asked and urldefrag(asked).url == response.url:
        return asked
    return response.url


def routed_text(response: Response) -> str:
    """A listing page's text with what its script reads from its fragment written as values
    (`query_fed_text` at its fragment-bearing address); the text itself for a page asked for
    with no fragment (nearly every page: no extra pass over it)."""
    from crawler.paging_form import query_fed_text  # it imports this module's readers
    address = page_address(response)
    text: str = response.text   # a listing is a TextResponse
    return text if address == response.url else query_fed_text(text, address)
