"""A session id a server writes into a URL is no part of the URL's identity.

Servlet containers rewrite links for cookie-less clients (Tomcat, WebLogic: ``view.jsp;jsessionid=
8E4C…?id=4102``), as PHP's ``session.use_trans_sid`` does; every visit gets a new id, so a crawl
keyed on such URLs stores the same report under a new URL each time and the archive's
revalidation never matches. Heritrix strips them before queueing (its ``StripSessionIDs``
canonicalization rule); w3lib/Scrapy have no function for path parameters, so this one does it
where the crawler makes a link absolute (``paging.absolute_url``, ``families.links.absolute_url``),
before requests, dedup, the ledger, archive keys and corpus URLs see it. The bare URL answers
the same page (the container opens a new session). Some servers put the id in the query
instead (``view.jsp?id=4102&jsessionid=8E4C…``, PHP's ``?PHPSESSID=``): stripped there too.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

# Path parameters naming a session (matched case-insensitively), as Heritrix's rule lists them
# for Java (jsessionid), PHP (phpsessid) and ASP (aspsessionid); a parameter runs to the
# next `;`, `/`, `?` or `#`.
SESSION_PARAM_NAMES = ("jsessionid", "phpsessid", "aspsessionid", "sessionid")
SESSION_PARAM_RE = re.compile(
    r";(?:" + "|".join(SESSION_PARAM_NAMES) + r")=[^;/?#]*", re.IGNORECASE)


def strip_session_id(url: str) -> str:
    """`url` without session ids: the path parameters in its path (`;jsessionid=…`) and the
    query parameters (`?id=7&jsessionid=…`) naming one; other parameters kept, in order."""
    lowered = url.lower()   # a cheap test first: most links name no session
    if ";" not in url and not any(name in lowered for name in SESSION_PARAM_NAMES):
        return url
    parts = urlsplit(url)
    path = SESSION_PARAM_RE.sub("", parts.path)
    query = strip_session_query(parts.query)
    if path == parts.path and query == parts.query:
        return url
    return urlunsplit((parts.scheme, parts.netloc, path, query, parts.fragment))


def strip_session_query(query: str) -> str:
    """`query` without its session-id parameters (named as SESSION_PARAM_NAMES, in any case),
    the others kept verbatim and in order (w3lib's url_query_cleaner matches names by case)."""
    kept = [pair for pair in query.split("&")
            if pair.split("=", 1)[0].lower() not in SESSION_PARAM_NAMES]
    return "&".join(kept)
