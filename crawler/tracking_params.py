"""Tracking parameters on a link are no part of the URL's identity.

A column that decorates each article link with where it was clicked (`?utm_source=column&
utm_campaign=p2`, Alibaba's position code `spm=c10457.p1.r3`) gives one article a new URL per
page and row: a crawl keyed on such URLs stores it once per variant, and again when its row
moves (scrapy/w3lib#107: `canonicalize_url` keeps `utm_*`; httrack's `--strip-query`). Removed
where the crawler makes a link absolute (beside crawler.session_ids), before requests, dedup,
the ledger, archive keys and corpus URLs see it, by w3lib's `url_query_cleaner`.

Only a well-known list is removed: analytics campaign tags and click ids anywhere; the plain
words `source`/`from` only beside one of them (`?source=list&spm=…`: the link is decorated for
tracking), since on their own they may select what a dynamic page shows.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from w3lib.url import url_query_cleaner

from crawler.session_ids import strip_session_id

TRACKING_PREFIXES = ("utm_",)   # Google Analytics campaign tags (utm_source, utm_medium …)
TRACKING_NAMES = frozenset({"spm", "scm", "gclid", "fbclid", "msclkid", "yclid", "mc_cid",
                            "mc_eid", "igshid", "_hsenc", "_hsmi"})
# Stripped only when the link also carries a parameter above.
COMPANION_NAMES = frozenset({"source", "from"})


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_NAMES or lowered.startswith(TRACKING_PREFIXES)


def strip_tracking(url: str) -> str:
    """`url` without well-known tracking query parameters; the others kept, in order."""
    query = urlsplit(url).query
    if not query:
        return url
    names = [pair.split("=", 1)[0] for pair in query.split("&")]
    tracking = [name for name in names if _is_tracking(name)]
    if not tracking:
        return url
    tracking += [name for name in names if name.lower() in COMPANION_NAMES]
    return str(url_query_cleaner(url, tracking, remove=True, unique=False, keep_fragments=True))


def link_identity(url: str) -> str:
    """An absolute link as the crawl keys it: no session id (crawler/session_ids.py), no
    tracking parameter. The one place both link makers (paging.absolute_url,
    families.links.absolute_url) strip them."""
    return strip_tracking(strip_session_id(url))
