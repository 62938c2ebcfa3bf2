"""A session id a server writes into a URL is no part of the URL's identity.

Servlet containers rewrite links for cookie-less clients (Tomcat, WebLogic: ``view.jsp;jsessionid=
8E4C…?id=4102``), as PHP's ``session.use_trans_sid`` does; every visit gets a new id, so a crawl
keyed on such URLs stores the same report under a new URL each time and the archive's
revalidation never matches. Heritrix strips them before queueing (its ``StripSessionIDs``
canonicalization rule); w3lib/Scrapy have no function for path parameters, so this one does it
where the crawler makes a link absolute (``paging.absolute_url``, ``families.links.absolute_url``),
before requests, dedup, the ledger, archive keys and corpus URLs see it. The bare URL answers
the same page (the container opens a new session).
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
    """`url` without the session-id path parameters in its path (`;jsessionid=…`)."""
    if ";" not in url:
        return url
    parts = urlsplit(url)
    path = SESSION_PARAM_RE.sub("", parts.path)
    if path == parts.path:
        return url
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, parts.fragment))
