"""A report link redirected to a login page (CAS, SSO, a passport or 统一身份认证 page): the report
sits behind a login the crawl does not have. The login page answers 200 with a form; stored, it
would be a document that is no report, or a report quietly missed. It is a failure of its own
kind (`login_required`), named by the listed URL and the login page's.

Only a redirected fetch is judged: a portal's article page may carry a login box of its own
(a password field in its header), and is its own page all the same.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from scrapy.http import Response, TextResponse

# --- data ---------------------------------------------------------------------------------------
LOGIN_KIND = "login_required"
# A login or single-sign-on page's address: its path (cas/login, /sso/, /passport, authserver,
# login.jsp, signin) or the query naming where to go back after it (?service=, ?ReturnUrl=).
LOGIN_PATH_RX = re.compile(
    r"/(?:cas|sso|passport|authserver|oauth2?|uaa|idp)(?:/|$)"
    r"|/(?:log-?in|sign-?in)(?:page|form|action|index)?(?:\.\w+)?$",
    re.I)
LOGIN_QUERY_RX = re.compile(r"(?:^|&)(?:service|returnurl|return_url|redirect_uri|gotourl)=",
                            re.I)
PASSWORD_FIELD_XPATH = ("//input[translate(@type, 'PASSWORD', 'password') = 'password']")


def login_url(url: str) -> bool:
    """`url` is a login or SSO page's address."""
    parts = urlsplit(url)
    return bool(LOGIN_PATH_RX.search(parts.path) or LOGIN_QUERY_RX.search(parts.query))


def asks_password(response: Response) -> bool:
    """The page holds a password field (a login form)."""
    if not isinstance(response, TextResponse) or response.selector.type != "html":
        return False
    return bool(response.xpath(PASSWORD_FIELD_XPATH))


def login_redirect(redirects: list[str], response: Response) -> str | None:
    """Why a fetch redirected from `redirects[0]` ended on a login page, or None: the page's
    address is a login's, or it asks for a password at another path than the one requested
    (an http → https hop keeps the path: the article itself, login box or not)."""
    if not redirects:
        return None
    moved = urlsplit(redirects[0]).path != urlsplit(response.url).path
    if login_url(response.url) or (moved and asks_password(response)):
        return f"redirected from {redirects[0]} to a login page {response.url}: login required"
    return None
