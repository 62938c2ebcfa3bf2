"""A 200 answer that is a WAF's "enable JavaScript" interstitial, and its bounded retry.

Some WAFs answer the first request of a page with 200 and a small page (请开启JavaScript并刷新该页,
网站安全防护 …) whose script reloads it; the next request gets the page (scrapy/scrapy#3240:
"some websites return a 200 code on error"; flairNLP/fundus#936: a 2xx challenge page "fails
silently"). Taken as the page, a listing page reads as empty and a report page would be stored.
`is_js_wall` adds this shape to crawler.kinds.is_challenge_page (so it is archived `blocked`);
ChallengeRetryMiddleware asks a 200 challenge page again, FAZHI_CHALLENGE_RETRIES times at
most: still a challenge after them, the answer goes on as `blocked`, a named failure.
"""

from __future__ import annotations

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.http import Response

# Words of a page asking for JavaScript (or saying it checks the visitor), UTF-8 or GBK.
JS_WALL_MARKERS = ("请开启JavaScript", "请启用JavaScript", "请打开JavaScript",
                   "请开启浏览器JavaScript", "请允许JavaScript", "開啟JavaScript",
                   "安全验证", "安全检测", "正在验证",
                   "enable JavaScript", "JavaScript is required", "Checking your browser")
# lowered once: each small answer is matched lowered
JS_WALL_NEEDLES = tuple(marker.encode(codec).lower() for marker in JS_WALL_MARKERS
                        for codec in ("utf-8", "gbk"))
# The page reloads itself (or goes on to another address) by script or by a refresh tag.
RELOAD_NEEDLES = (b"location.reload", b"location.href", b"location.replace", b"location=",
                  b"location =", b"http-equiv=\"refresh\"", b"http-equiv='refresh'",
                  b"http-equiv=refresh")   # lower case
JS_WALL_MAX_BYTES = 16 * 1024
JS_WALL_MAX_LINKS = 2   # an interstitial links (almost) nowhere; a page with a menu is a page


def is_js_wall(body: bytes) -> bool:
    """A small page asking for JavaScript (or checking the browser) that reloads itself."""
    if len(body) > JS_WALL_MAX_BYTES:
        return False
    lowered = body.lower()
    if lowered.count(b"<a ") > JS_WALL_MAX_LINKS:
        return False
    if not any(needle in lowered for needle in RELOAD_NEEDLES):
        return False
    return any(needle in lowered for needle in JS_WALL_NEEDLES)


class ChallengeRetryMiddleware:
    """A 2xx answer the archive called a JS challenge: asked again (bounded), as a 503 is."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.max_retry_times = crawler.settings.getint("FAZHI_CHALLENGE_RETRIES", 2)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ChallengeRetryMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Request | Response:
        spider = spider or self.crawler.spider
        if (request.meta.get("fazhi_kind") != "blocked" or not 200 <= response.status < 300
                or request.meta.get("dont_retry", False) or spider is None):
            return response
        retry = get_retry_request(request, spider=spider,
                                  reason="200 JS challenge page",
                                  max_retry_times=self.max_retry_times,
                                  stats_base_key="fazhi/challenge_retry")
        return retry or response
