"""Two HTTP answers Scrapy's own middlewares leave aside: a `Refresh:` header and `Retry-After`.

Positions (settings/scrapy_settings.py; process_response runs from high to low numbers):
- RefreshHeaderMiddleware (588): a 2xx answer whose `Refresh: 0; url=/new/column/` header sends
  the browser on (some portals move a column so, the body a stub or empty) is a redirect like
  the `<meta http-equiv="refresh">` stub MetaRefreshMiddleware (587) follows: the same bound
  (METAREFRESH_MAXDELAY, REDIRECT_MAX_TIMES), meta `redirect_urls` (a failure at the end is
  named by both URLs), and above ArchiveMiddleware (585), so the stub is never archived itself.
- RetryAfterMiddleware (555, just above Scrapy's RetryMiddleware, which ignores the header:
  scrapy/scrapy#3849): a retried status (429, 503 …) whose `Retry-After` asks for a wait is
  retried after that wait, not at once (the retries would all be spent before the server
  lets us in). Such a retry is the server's appointment, not a blind one: it spends no
  RETRY_TIMES but the request's wait budget, FAZHI_RETRY_AFTER_MAX seconds in all; a wait past
  it gives up, the failure naming the wait asked. The wait is a coroutine sleep on the
  reactor's clock (scrapy.utils.asyncio.sleep), never a blocking one. Meanwhile the request
  holds one of CONCURRENT_REQUESTS' places (the downloader's `active` set), but not its
  host's slot: Scrapy frees that when the answer arrives, before process_response, so other
  requests to the same server go on during the wait (each may earn a wait of its own).
"""

from __future__ import annotations

import email.utils
import html
import logging
import time

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.asyncio import sleep
from scrapy.utils.httpobj import urlparse_cached
from w3lib.html import get_meta_refresh

logger = logging.getLogger(__name__)

WAITED = "fazhi_waited"   # meta: seconds a request has waited on its server's Retry-After


def refresh_target(value: bytes, base_url: str) -> tuple[float, str] | tuple[None, None]:
    """(seconds, absolute URL) a `Refresh` header's value names, else (None, None). The value
    has the syntax of a refresh `<meta>`'s content (`0; url=…`, `0;URL='…'`), so w3lib's
    parser of that tag reads it."""
    text = value.decode("utf-8", "replace")
    tag = f'<meta http-equiv="refresh" content="{html.escape(text)}">'
    return get_meta_refresh(tag, base_url)


class RefreshHeaderMiddleware(MetaRefreshMiddleware):
    """Follow a 2xx answer's `Refresh:` header as MetaRefreshMiddleware follows the tag."""

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Request | Response:
        value = response.headers.get("Refresh")
        # Only a 2xx: an error page refreshing to the home page is no move of the page asked.
        if (not value or not 200 <= response.status < 300 or request.method == "HEAD"
                or request.meta.get("dont_redirect", False)):
            return response
        interval, url = refresh_target(value, response.url)
        # A page reloading itself (`Refresh: 30`) has moved nowhere.
        if url is None or interval is None or url == response.url or interval >= self._maxdelay:
            return response
        redirected = self._redirect_request_using_get(request, response, url)
        if urlparse_cached(redirected).scheme not in {"http", "https"}:
            return response
        self.crawler.stats.inc_value("fazhi/refresh_header_redirects")
        return self._redirect(redirected, request, "refresh header")


def retry_after_seconds(value: bytes | None, now: float | None = None) -> float | None:
    """The wait a `Retry-After` value asks for, in seconds (RFC 9110 10.2.3: a number of
    seconds or an HTTP date; a date past is no wait); None when absent or unreadable."""
    text = (value or b"").decode("latin-1").strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RetryAfterMiddleware:
    """A retried status with a `Retry-After`: its retry after the wait, while the request's
    waits stay within FAZHI_RETRY_AFTER_MAX (meta `fazhi_waited`); else none, and said."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("RETRY_ENABLED"):
            raise NotConfigured
        self.crawler = crawler
        self.retry_http_codes = {int(code) for code in settings.getlist("RETRY_HTTP_CODES")}
        self.priority_adjust = settings.getint("RETRY_PRIORITY_ADJUST")
        self.max_wait = settings.getfloat("FAZHI_RETRY_AFTER_MAX")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        return cls(crawler)

    async def process_response(self, request: Request, response: Response,
                               spider: Spider | None = None) -> Request | Response:
        wait = (None if request.meta.get("dont_retry", False)
                or response.status not in self.retry_http_codes
                else retry_after_seconds(response.headers.get("Retry-After")))
        if not wait:   # none asked (or 0): RetryMiddleware's retry, at once
            return response
        waited = request.meta.get(WAITED, 0.0)
        if waited + wait > self.max_wait:
            return self.give_up(request, response, wait, waited)
        retry = request.copy()
        retry.meta[WAITED] = waited + wait
        retry.dont_filter = True
        retry.priority = request.priority + self.priority_adjust
        self.crawler.stats.inc_value("fazhi/retry_after/waited")
        logger.info("Retrying %s in %g s: HTTP %d with Retry-After", request.url, wait,
                    response.status)
        await sleep(wait)
        return retry

    def give_up(self, request: Request, response: Response, wait: float,
                waited: float) -> Response:
        """No retry (RetryMiddleware told so): the failure (meta `fazhi_error`, read by the
        spider's errbacks) says why."""
        self.crawler.stats.inc_value("fazhi/retry_after/too_long")
        after = f" after {waited:g} s waited already" if waited else ""
        why = (f"HTTP {response.status}, the server asks to retry after {wait:g} s{after}, "
               f"longer than the crawl waits (FAZHI_RETRY_AFTER_MAX {self.max_wait:g} s)")
        request.meta["fazhi_error"] = why
        request.meta["dont_retry"] = True
        logger.warning("Not retried: %s: %s", request.url, why)
        return response
