"""Fetching a new portal's pages for `fazhi new-portal`: over the network, or only from the
local replay server.

`PageFetcher(replay_url)` fetches through the local replay server only: URLs are rewritten to
the server's origin form (`http://127.0.0.1:port/<host>/<path>`), environment proxies are off
and every redirect is rewritten the same way, so nothing leaves the machine.
"""

from __future__ import annotations

import urllib.request
from dataclasses import dataclass
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit

from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes

from settings.scrapy_settings import DOWNLOAD_TIMEOUT, USER_AGENT

# HTTP headers are bytes: send the project's UTF-8 User-Agent as Scrapy does (http.client
# encodes str headers as Latin-1).
USER_AGENT_HEADER = USER_AGENT.encode("utf-8").decode("latin-1")


class ScaffoldError(Exception):
    """The portal could not be fetched or understood; the message says what to do."""


@dataclass
class Fetched:
    url: str                    # as requested (the portal's real URL)
    final_url: str              # after redirects (real URL)
    status: int
    content_type: str | None
    body: bytes

    def response(self) -> Response:
        headers = Headers({"Content-Type": self.content_type} if self.content_type else {})
        cls = responsetypes.from_args(headers=headers, url=self.final_url, body=self.body)
        return cls(url=self.final_url, status=self.status, headers=headers, body=self.body)


class _ReplayRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, fetcher: PageFetcher) -> None:
        self.fetcher = fetcher

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, ANN201
        return super().redirect_request(req, fp, code, msg, headers,
                                        self.fetcher.address(self.fetcher.real_url(newurl)))


class PageFetcher:
    """GET pages over the network, or only from the replay server at `replay_url`."""

    def __init__(self, replay_url: str | None = None, timeout: float = DOWNLOAD_TIMEOUT) -> None:
        self.replay_url = replay_url.rstrip("/") if replay_url else None
        self.timeout = timeout
        handlers = ([urllib.request.ProxyHandler({}), _ReplayRedirects(self)]
                    if self.replay_url else [])
        self.opener = urllib.request.build_opener(*handlers)

    def address(self, url: str) -> str:
        """Where to send a request for `url` (the replay server's origin form in replay mode)."""
        if not self.replay_url or url.startswith(self.replay_url + "/"):
            return url
        parts = urlsplit(url)
        if parts.scheme != "http" or not parts.hostname:
            raise ScaffoldError(f"{url}: the replay server serves http:// URLs only")
        return (f"{self.replay_url}/{parts.hostname}{parts.path or '/'}"
                + (f"?{parts.query}" if parts.query else ""))

    def real_url(self, address: str) -> str:
        if self.replay_url and address.startswith(self.replay_url + "/"):
            return "http://" + address[len(self.replay_url) + 1:]
        return address

    def fetch(self, url: str) -> Fetched:
        request = urllib.request.Request(self.address(url),
                                         headers={"User-Agent": USER_AGENT_HEADER})
        try:
            with self.opener.open(request, timeout=self.timeout) as answer:
                return Fetched(url=url, final_url=self.real_url(answer.geturl()),
                               status=answer.status, body=answer.read(),
                               content_type=answer.headers.get("Content-Type"))
        except HTTPError as exc:
            raise ScaffoldError(f"{url}: HTTP {exc.code} {exc.reason}") from exc
        except (URLError, OSError) as exc:
            raise ScaffoldError(f"{url}: {getattr(exc, 'reason', exc)}") from exc
