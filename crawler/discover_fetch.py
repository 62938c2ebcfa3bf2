"""The fetching half of `fazhi discover`: a polite, budgeted, best-first walk from a home page.

A small stdlib loop rather than Scrapy: the walk is sequential by nature (each page decides the
next request, and the walk stops as soon as the column is found or the request budget is spent),
which Scrapy's concurrent scheduler cannot express without fighting it, and a CLI command should
not start a Twisted reactor for a dozen requests. Politeness is kept by hand: robots.txt is read
first and obeyed (urllib.robotparser), the project's User-Agent is sent, and requests are spaced
by the crawl's DOWNLOAD_DELAY — zero only when talking to a loopback replay server.

With `proxy` (the replay server's URL) every request goes through it and nowhere else; URLs stay
the portals' real ones, so redirects and links need no rewriting.
"""

from __future__ import annotations

import heapq
import json
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http.client import HTTPException
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import tldextract
from parsel import Selector
from w3lib.encoding import html_to_unicode

from crawler.discover import (
    COLUMN_NAME_SCORE,
    Candidate,
    PageLink,
    folder_score,
    is_article_url,
    is_report_column,
    link_score,
    normal_url,
    page_links,
    page_name,
    rank_candidates,
    report_folder,
    report_links,
)
from crawler.json_answers import json_records, record_fields
from crawler.paging import PageRequest, iframe_paging
from crawler.paging_api import ajax_paging
from settings.scrapy_settings import DOWNLOAD_DELAY, DOWNLOAD_TIMEOUT, USER_AGENT

FOLDER_SCORE = 95     # the folder a report link lives in: very likely its column
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
# tldextract's bundled suffix list: no download from publicsuffix.org.
_DOMAINS = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


class DiscoverError(Exception):
    """The home page could not be fetched; the message says why."""


@dataclass
class Page:
    url: str            # as asked for
    final_url: str      # after redirects
    status: int | None
    text: str


class PoliteFetcher:
    """GET/POST with the project's User-Agent, robots.txt obeyed, `delay` s between requests,
    and a count of requests (robots.txt included) for the budget."""

    def __init__(self, *, proxy: str | None = None, delay: float | None = None,
                 timeout: float = DOWNLOAD_TIMEOUT) -> None:
        handler = urllib.request.ProxyHandler({"http": proxy, "https": proxy} if proxy else None)
        self.opener = urllib.request.build_opener(handler)
        loopback = proxy is not None and urlsplit(proxy).hostname in LOOPBACK_HOSTS
        self.delay = delay if delay is not None else (0.0 if loopback else DOWNLOAD_DELAY)
        self.timeout = timeout
        self.requests = 0
        self.log: list[tuple[str, int | str]] = []   # (url, status or error) per request
        self._robots: dict[str, RobotFileParser] = {}
        self._last = 0.0

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            page = self.fetch(origin + "/robots.txt")
            robots = RobotFileParser()
            robots.parse(page.text.splitlines() if page and page.status == 200 else [])
            self._robots[origin] = robots
        return self._robots[origin].can_fetch(USER_AGENT, url)

    def fetch(self, url: str, form: dict[str, str] | None = None) -> Page | None:
        """The page at `url` (POST `form` when given); None when no answer came."""
        wait = self._last + self.delay - time.monotonic()
        if self.requests and wait > 0:
            time.sleep(wait)
        self.requests += 1
        data = urlencode(form).encode() if form is not None else None
        # http.client sends str headers as Latin-1: pass the UTF-8 User-Agent's bytes that way.
        request = urllib.request.Request(url, data=data, headers={
            "User-Agent": USER_AGENT.encode("utf-8").decode("latin-1")})
        try:
            with self.opener.open(request, timeout=self.timeout) as answer:
                page = _page(url, answer.geturl(), answer.status, answer.headers, answer.read())
        except HTTPError as exc:
            page = _page(url, exc.geturl() or url, exc.code, exc.headers, exc.read())
        except (URLError, OSError, HTTPException, ValueError) as exc:
            self.log.append((url, str(getattr(exc, "reason", exc))))
            return None
        finally:
            self._last = time.monotonic()
        self.log.append((url, page.status or 0))
        return page


def _page(url: str, final_url: str, status: int, headers, body: bytes) -> Page:  # noqa: ANN001
    _, text = html_to_unicode(headers.get("Content-Type") if headers else None, body)
    return Page(url, final_url, status, text)


@dataclass
class Discovery:
    home: str
    budget: int
    requests: int = 0
    candidates: list[Candidate] = field(default_factory=list)   # ranked, best first
    blocked: list[str] = field(default_factory=list)             # disallowed by robots.txt

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


def same_site(url: str, home: str) -> bool:
    """On the home page's registrable domain (its www., xxgk. … hosts)."""
    return _DOMAINS(urlsplit(url).hostname or "").top_domain_under_public_suffix == \
        _DOMAINS(urlsplit(home).hostname or "").top_domain_under_public_suffix


class _Walk:
    """Best-first over scored links: a heap of (-score, order, url, link text)."""

    def __init__(self, home: str, budget: int, fetcher: PoliteFetcher,
                 progress: Callable[[str], None] | None) -> None:
        self.home, self.budget, self.fetcher = home, budget, fetcher
        self.progress = progress or (lambda line: None)
        self.queue: list[tuple[int, int, str, str]] = []
        self.seen: set[str] = set()
        self.known: dict[str, str] = {}          # normal URL -> a URL the site links with
        self.candidates: dict[str, Candidate] = {}
        self.blocked: list[str] = []

    def push(self, url: str, text: str, score: int) -> None:
        if score > 0 and normal_url(url) not in self.seen and same_site(url, self.home):
            heapq.heappush(self.queue, (-score, len(self.seen) + len(self.queue), url, text))

    def spent(self) -> bool:
        return self.fetcher.requests >= self.budget

    def done(self) -> bool:
        """Budget spent, nothing left worth a request, or the column found and no other link
        left as promising."""
        if self.spent() or not self.queue:
            return True
        best = rank_candidates(list(self.candidates.values()))
        return bool(best) and is_report_column(best[0]) and -self.queue[0][0] < COLUMN_NAME_SCORE

    def visit(self, url: str, text: str) -> None:
        url = self.known.get(normal_url(url), url)
        self.seen.add(normal_url(url))
        if not self.fetcher.allowed(url):
            self.blocked.append(url)
            return
        if self.spent():
            return
        page = self.fetcher.fetch(url)
        self.progress(f"  {self.fetcher.requests:>3}  {page.status if page else 'failed'}  {url}")
        if page is None or page.status != 200:
            return
        self.seen.add(normal_url(page.final_url))
        self.read(page, text)

    def read(self, page: Page, text: str) -> None:
        links = [link for link in page_links(page.text, page.final_url)
                 if same_site(link.url, self.home)]
        for link in links:
            self.known.setdefault(normal_url(link.url), link.url)
        candidate = Candidate(page.final_url, f"{text} {page_name(page.text)}".strip(),
                              report_links(links),
                              moved_from=page.url if page.final_url != page.url else None)
        if not candidate.reports and candidate.name_score >= COLUMN_NAME_SCORE:
            candidate.reports = report_links(self.listing_behind(page))
        self.candidates[normal_url(page.final_url)] = candidate
        reported = {report.url for report in candidate.reports}
        for link in links:
            if is_article_url(link.url):   # not a column: its folder may be
                self.push_folder(link.url, FOLDER_SCORE if link.url in reported
                                 else folder_score(link.url))
            else:
                self.push(link.url, link.text, link_score(link))

    def push_folder(self, article_url: str, score: int) -> None:
        folder = report_folder(article_url)
        if folder:
            self.push(self.known.get(normal_url(folder), folder), "", score)

    def listing_behind(self, page: Page) -> list[PageLink]:
        """A column page with no report links may load its list: from an iframe or a JSON
        API its script calls. Page 1 of each (one request apiece, within the budget)."""
        selector = Selector(text=page.text or "<html></html>", type="html")
        requests = (iframe_paging(selector, page.final_url).next_requests[:1]
                    + ajax_paging(page.text, page.final_url).next_requests[:1])
        links: list[PageLink] = []
        for request in requests:
            if self.spent() or not same_site(request.url, self.home):
                break
            links += self.listing_links(request, page.final_url)
        return links

    def listing_links(self, request: PageRequest, base: str) -> list[PageLink]:
        form = dict(request.formdata) if request.method == "POST" else None
        answer = self.fetcher.fetch(request.url, form)
        self.progress(f"  {self.fetcher.requests:>3}  {answer.status if answer else 'failed'}  "
                      f"{request.method} {request.url}")
        if answer is None or answer.status != 200:
            return []
        if request.answer != "json":
            return page_links(answer.text, answer.final_url)
        try:
            records = json_records(json.loads(answer.text))
        except ValueError:
            return []
        return [PageLink(urljoin(base, url), title)
                for title, url, _ in map(record_fields, records)]


def discover_column(home: str, *, budget: int, fetcher: PoliteFetcher,
                    progress: Callable[[str], None] | None = None) -> Discovery:
    """Walk from `home` toward the report column within `budget` requests; every column seen
    holding reports, best first. DiscoverError when the home page cannot be fetched."""
    walk = _Walk(home, budget, fetcher, progress)
    walk.visit(home, "")
    if not walk.candidates:
        reason = "disallowed by robots.txt" if walk.blocked else (
            fetcher.log[-1][1] if fetcher.log else "no answer")
        raise DiscoverError(f"{home}: the home page could not be fetched ({reason})")
    while not walk.done():
        _, _, url, text = heapq.heappop(walk.queue)
        if normal_url(url) not in walk.seen:
            walk.visit(url, text)
    return Discovery(home=home, budget=budget, requests=fetcher.requests,
                     candidates=rank_candidates(list(walk.candidates.values())),
                     blocked=walk.blocked)
