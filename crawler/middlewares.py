"""Downloader middlewares: archive every fetch, replay through a local proxy, conditional GET.

Positions (settings/scrapy_settings.py): process_request runs from low to high numbers,
process_response and process_exception from high to low.
- ReplayProxyMiddleware (90): every request goes to FAZHI_REPLAY_PROXY, or is refused.
- ConditionalGetMiddleware (560): revalidates or skips articles already in the archive, and
  answers a 304 with the archived copy (meta `fazhi_unchanged`).
- ArchiveMiddleware (585): below RedirectMiddleware (600) and HttpCompressionMiddleware (590),
  above RetryMiddleware (550): it sees every final, decompressed response (404/412/5xx
  included, each retry attempt too) and every download exception before Retry consumes it.
- OffsiteRedirectMiddleware (610): above RedirectMiddleware, so it sees the 3xx itself (and
  refuses offsite redirects and redirect loops, which RedirectMiddleware would drop unrecorded);
  a redirect by refresh (tag or header) is held to the same offsite rule as its request goes.
The `Refresh:` header (588) and `Retry-After` (555) middlewares are in crawler/middlewares_http.py.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from scrapy.utils.defer import deferred_from_coro

from crawler.archiving import request_fields, run_id, shared_archive
from crawler.hosts import listed_host, same_government
from crawler.kinds import exception_kind, response_kind
from crawler.login_pages import LOGIN_KIND, login_redirect

logger = logging.getLogger(__name__)

ARTICLE_ROLES = ("article", "article_page", "attachment")
# scrapy.downloadermiddlewares.robotstxt refuses with a plain IgnoreRequest carrying this text.
ROBOTS_REFUSAL = "Forbidden by robots.txt"


class ArchivedUnchanged(IgnoreRequest):
    """An archived article whose server sent no validators: not fetched again."""


class RefusedRequest(IgnoreRequest):
    """Refused by a fazhi middleware (and already recorded in the archive)."""


class _ArchiveUser:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.archive = shared_archive(crawler.settings)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        return cls(crawler)

    def spider_name(self) -> str | None:
        spider = getattr(self.crawler, "spider", None)
        return spider.name if spider else None

    def record(self, request: Request, response: Response | None, *, kind: str,
               error: str | None) -> int:
        fields = request_fields(request, self.spider_name())
        # What became of the fetch, for the spider: a report not collected names why.
        request.meta["fazhi_kind"], request.meta["fazhi_error"] = kind, error
        if fields["role"] == "article":   # the listing's evidence for the link (cleaning hints)
            fields["listing_date"] = request.meta.get("fazhi_listing_date")
            fields["listing_url"] = request.meta.get("fazhi_listing_url")
        # robots.txt answers (often 404) are not the portal's pages: counted apart.
        group = "robots" if fields["role"] == "robots" else "responses"
        self.stats.inc_value(f"fazhi/{group}/{kind}")
        try:
            if response is None:
                return self.archive.record_failure(run_id=run_id(self.crawler), kind=kind,
                                                   error=error or kind, **fields)
            return self.archive.record_response(
                run_id=run_id(self.crawler), final_url=response.url, status=response.status,
                headers=response.headers.to_unicode_dict(), body=response.body, kind=kind,
                error=error, **fields)
        except (sqlite3.OperationalError, OSError) as exc:   # disk full, file size limit …
            stop_unwritable(self.crawler, self.archive.path, exc)
            raise RefusedRequest(f"not archived: {exc}") from None


def stop_unwritable(crawler: Crawler, path: Any, exc: Exception) -> None:
    """The archive cannot be written: say so once, as a problem of the portal, and close the
    spider (every further response would fail the same way)."""
    if crawler.stats.get_value("fazhi/archive_unwritable"):
        return
    crawler.stats.set_value("fazhi/archive_unwritable", str(exc))
    problems = crawler.stats.get_value("fazhi/problems") or []
    crawler.stats.set_value("fazhi/problems", [*problems, {
        "kind": "archive_unwritable", "url": str(path),
        "detail": f"{exc} (is the disk full?); the crawl stopped"}])
    logger.error("cannot write the archive %s: %s (is the disk full?); stopping the crawl",
                 path, exc)
    if crawler.engine is not None:
        deferred_from_coro(crawler.engine.close_spider_async(reason="archive_unwritable"))


class ArchiveMiddleware(_ArchiveUser):
    """Write every response and download exception to the archive with its `kind`."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.revised_articles: set[str] = set()

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Response:
        kind, error = response_kind(response.status, response.body,
                                    response.headers.get("Content-Type"))
        if kind == "ok" and request.meta.get("fazhi_role") in ARTICLE_ROLES:
            # A report link sent to a login page: a failure, never the report's page.
            login = login_redirect(request.meta.get("redirect_urls", []), response)
            kind, error = (LOGIN_KIND, login) if login else (kind, error)
        request.meta["fazhi_kind"] = kind
        if kind == "ok" and request.meta.get("fazhi_role") in ARTICLE_ROLES:
            self.note_change(request, response)
        self.record(request, response, kind=kind, error=error)
        if kind == "blocked":
            logger.warning("Blocked (%s): %s", error, request.url)
        return response

    def process_exception(self, request: Request, exception: Exception,
                          spider: Spider | None = None) -> None:
        if isinstance(exception, IgnoreRequest):
            # Refused before download (offsite, ours): no attempt. A robots.txt refusal is
            # recorded, so a report missing for that reason has it in the archive.
            if str(exception) == ROBOTS_REFUSAL:
                self.record(request, None, kind="robots_disallowed",
                            error="disallowed by the portal's robots.txt")
            return None
        kind, error = exception_kind(exception)
        self.record(request, None, kind=kind, error=error)
        return None

    def note_change(self, request: Request, response: Response) -> None:
        """Mark a page/attachment that is new or differs from its archived copy
        (meta `fazhi_changed`), and count its article as a new revision once per crawl, whichever
        of its parts changed (page 2 alone, or page 1 and page 2)."""
        fields = request_fields(request, None)
        previous = self.archive.latest_ok(fields["url"])
        changed = previous is None or previous["sha256"] != hashlib.sha256(
            response.body).hexdigest()
        request.meta["fazhi_changed"] = changed
        article = fields["article_url"] or fields["url"]
        if changed and article not in self.revised_articles:
            self.revised_articles.add(article)
            self.stats.inc_value("fazhi/new_revisions")


class ReplayProxyMiddleware(_ArchiveUser):
    """With FAZHI_REPLAY_PROXY set, send every request through it; refuse what it cannot serve."""

    def __init__(self, crawler: Crawler) -> None:
        self.proxy = crawler.settings.get("FAZHI_REPLAY_PROXY")
        if not self.proxy:   # a live crawl: no message (Scrapy logs a NotConfigured's text)
            raise NotConfigured
        super().__init__(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if urlsplit(request.url).scheme != "http":
            # The replay proxy has no TLS: an https request would leave the machine.
            self.record(request, None, kind="error",
                        error="refused: the replay proxy serves http:// only")
            raise RefusedRequest(f"not http://, refused in replay mode: {request.url}")
        request.meta["proxy"] = self.proxy
        return None


class ConditionalGetMiddleware(_ArchiveUser):
    """Revalidate archived articles (If-None-Match / If-Modified-Since); when the server sent no
    validators, do not fetch them again unless `refresh` (spider arg or FAZHI_REFRESH) is on."""

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if request.meta.get("fazhi_role") not in ARTICLE_ROLES or request.method != "GET":
            return None
        previous = self.archive.latest_ok(request_fields(request, None)["url"])
        if previous is None:
            return None
        if previous.get("etag"):
            request.headers["If-None-Match"] = previous["etag"]
        if previous.get("last_modified"):
            request.headers["If-Modified-Since"] = previous["last_modified"]
        if previous.get("etag") or previous.get("last_modified") or self.refresh():
            return None
        self.stats.inc_value("fazhi/articles_skipped_archived")
        raise ArchivedUnchanged(f"archived, no validators to revalidate: {request.url}")

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Response:
        """A 304 for an article part is answered from the archive (as an HTTP cache does), with
        meta `fazhi_unchanged`: the spider still reads an unchanged page 1 for the article's
        further pages and attachments, so a change on page 2 alone is revalidated and noticed.
        (ArchiveMiddleware, above, has already recorded the 304 itself.)"""
        if response.status != 304 or request.meta.get("fazhi_role") not in ARTICLE_ROLES:
            return response
        previous = self.archive.latest_ok(request_fields(request, None)["url"])
        if previous is None:
            return response
        return archived_response(self.archive, previous, request)

    def refresh(self) -> bool:
        spider = getattr(self.crawler, "spider", None)
        return bool(getattr(spider, "refresh", False)) or self.crawler.settings.getbool(
            "FAZHI_REFRESH")


def archived_response(archive: Any, row: dict[str, Any], request: Request) -> Response:
    """The archived `responses` row as a Scrapy response to `request` (status 200)."""
    request.meta["fazhi_unchanged"] = True
    body = archive.body(row["sha256"])
    headers = Headers(row["headers"] or {})
    url = row["final_url"] or row["url"]
    response_cls = responsetypes.from_args(headers=headers, url=url, body=body)
    return response_cls(url=url, status=200, headers=headers, body=body, request=request)


class OffsiteRedirectMiddleware(_ArchiveUser):
    """Refuse (and record) a redirect that leaves the portal's allowed domains, or that goes
    round in a loop (the dupe filter or REDIRECT_MAX_TIMES would drop it without a trace)."""

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        """A redirect by refresh (a `<meta http-equiv="refresh">`, a `Refresh:` header) has no
        3xx for process_response to see: its request is held to the same rule before it goes
        (an article's, or a start URL's, passes Scrapy's own offsite filter by design)."""
        redirects = request.meta.get("redirect_urls")
        if not redirects or self.allowed(request.url, request):
            return
        error = f"redirect to {request.url}"
        self.record(request.replace(url=redirects[-1]), None, kind="offsite_redirect",
                    error=error)   # under the URL that sent it on, as a 3xx's
        request.meta["fazhi_kind"], request.meta["fazhi_error"] = "offsite_redirect", error
        raise RefusedRequest(f"offsite redirect to {request.url}")

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Response:
        location = response.headers.get("Location")
        if not (300 <= response.status < 400 and location):
            return response
        target = urljoin(request.url, location.decode("latin-1"))
        if not self.allowed(target, request):
            self.record(request, response, kind="offsite_redirect",
                        error=f"redirect to {target}")
            raise RefusedRequest(f"offsite redirect to {target}")
        loop = self.loop(request, response, target)
        if loop:
            self.record(request, response, kind="redirect_loop", error=loop)
            raise RefusedRequest(loop)
        return response

    def loop(self, request: Request, response: Response, target: str) -> str | None:
        """Why this redirect is a loop: back to a URL of its own chain (once allowed when it
        sets a cookie, as anti-bot gateways do), or past REDIRECT_MAX_TIMES; else None."""
        chain = [*request.meta.get("redirect_urls", []), request.url]
        revisits_allowed = 1 if response.headers.get("Set-Cookie") else 0
        if chain.count(target) > revisits_allowed:
            return "redirect loop: " + " -> ".join([*chain, target])
        limit = self.crawler.settings.getint("REDIRECT_MAX_TIMES", 20)
        if len(chain) > limit:
            return f"more than {limit} redirects: " + " -> ".join([*chain, target])
        return None

    def allowed(self, target: str, request: Request) -> bool:
        """On the portal's allowed domains; an article's request (allow_offsite, set by the
        spider's article chain) also on its government's other hosts (crawler/hosts.py)."""
        domains = getattr(getattr(self.crawler, "spider", None), "allowed_domains", None)
        if not domains or listed_host(urlsplit(target).hostname or "", domains):
            return True
        return bool(request.meta.get("allow_offsite")) and same_government(target, domains)
