"""Finding out about a new portal: fetch its listing and newest report, guess its CMS family.

`discover(fetcher, start_url)` fetches the listing (and, for gkmlpt, the JSON list it loads),
picks the newest link whose title is a 法治政府建设年度报告, fetches that article (and its further
pages), and checks that the guessed family's spider finds the report on the listing — what
`fazhi new-portal` then writes down (fazhi/portal_files.py).

`PageFetcher(replay_url)` fetches through the local replay server only: URLs are rewritten to
the server's origin form (`http://127.0.0.1:port/<host>/<path>`), environment proxies are off
and every redirect is rewritten the same way, so nothing leaves the machine.
"""

from __future__ import annotations

import re
import urllib.request
from dataclasses import dataclass, field
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit

from scrapy.http import Headers, Response, TextResponse
from scrapy.responsetypes import responsetypes

from crawler.families.base import FamilySpider
from crawler.families.links import ListingEntry
from crawler.fingerprints import FALLBACK_FAMILY, guess_family
from crawler.paging import read_paging
from crawler.spiders.portals import spider_class_for
from settings.registry import Portal
from settings.scrapy_settings import DOWNLOAD_TIMEOUT, USER_AGENT

# A generic listing matched by no family selector: every link is a candidate.
ANY_LINK_OVERRIDES = {"listing_link_css": "a[href]"}
# HTTP headers are bytes: send the project's UTF-8 User-Agent as Scrapy does (http.client
# encodes str headers as Latin-1).
USER_AGENT_HEADER = USER_AGENT.encode("utf-8").decode("latin-1")
TITLE_SPLIT_RE = re.compile(r"\s*[_|—–\-]\s*|\s{2,}")
# Listing pages new-portal saves at most (the first included): enough for a column's reports,
# few enough to stay polite; a listing declaring more is saved short, and says so.
MAX_LISTING_PAGES = 10


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


@dataclass
class Discovery:
    start_url: str
    family: str
    report: ListingEntry
    report_year: int | None
    pages: dict[str, Fetched] = field(default_factory=dict)   # every fetched page, by URL
    overrides: dict[str, Any] = field(default_factory=dict)
    site_name: str | None = None
    report_pages: list[str] = field(default_factory=list)     # the report's further pages
    skipped: list[tuple[ListingEntry, str]] = field(default_factory=list)  # (entry, why)
    listing_pages: list[str] = field(default_factory=list)    # every listing page saved
    notes: list[str] = field(default_factory=list)            # listing pages not saved, why


def probe_spider(family: str | None, start_url: str, division_code: str,
                 overrides: dict[str, Any] | None = None) -> FamilySpider:
    """A spider of `family` (None: any link on the page) for parsing fetched pages offline."""
    portal = Portal(slug="probe", name="probe", division_code=division_code, level="county",
                    province="北京市", family=family or FALLBACK_FAMILY,
                    start_urls=(start_url,), overrides=dict(overrides or {}))
    if family is None:
        return spider_class_for(portal, base=FamilySpider)()
    return spider_class_for(portal)()


def listing_entries(spider: FamilySpider, listings: list[Response]) -> list[ListingEntry]:
    """The entries of every listing page, each URL once (first page first)."""
    found: dict[str, ListingEntry] = {}
    for listing in listings:
        if isinstance(listing, TextResponse):
            for entry in spider.listing_entries(listing):
                found.setdefault(entry.url, entry)
    return list(found.values())


def report_entries(spider: FamilySpider,
                   listings: list[Response]) -> list[tuple[ListingEntry, int]]:
    """(entry, report year) for the listing links whose title is a report's."""
    from cleaning.report import classify_title

    verdicts = [(entry, classify_title(entry.title))
                for entry in listing_entries(spider, listings)]
    return [(entry, verdict.report_year or 0) for entry, verdict in verdicts if verdict.is_report]


def skipped_entries(spider: FamilySpider,
                    listings: list[Response]) -> list[tuple[ListingEntry, str]]:
    """(entry, reason) for the listing links the crawl will pass over: not a report's title."""
    from cleaning.report import classify_title

    verdicts = [(entry, classify_title(entry.title))
                for entry in listing_entries(spider, listings)]
    return [(entry, verdict.reason or "not_a_report") for entry, verdict in verdicts
            if not verdict.is_report]


def further_listing_pages(fetcher: PageFetcher, first: Response, pages: dict[str, Fetched], *,
                          limit: int = MAX_LISTING_PAGES) -> tuple[list[Response], list[str]]:
    """The listing's pages as `first` (and each page after it) declares them
    (crawler.paging.read_paging), at most `limit` in all, fetched into `pages`: the pages,
    and a note for each declared page not saved (over the limit, not a GET, not fetched)."""
    listings, notes, seen = [first], [], {first.url}
    queue = _declared_pages(first)
    while queue:
        request = queue.pop(0)
        if request.url in seen:
            continue
        seen.add(request.url)
        if request.method != "GET":
            notes.append(f"listing page not saved: {request.method} {request.url}")
        elif len(listings) >= limit:
            notes.append(f"listing saved short: stopped at {limit} pages, "
                         f"{request.url} and the pages after it not saved")
            break
        else:
            try:
                pages[request.url] = fetcher.fetch(request.url)
            except ScaffoldError as exc:
                notes.append(f"listing page not saved: {exc}")
                continue
            listings.append(pages[request.url].response())
            queue += _declared_pages(listings[-1])
    return listings, notes


def _declared_pages(listing: Response) -> list[Any]:
    if not isinstance(listing, TextResponse):
        return []
    return list(read_paging(listing.text, listing.url).next_requests)


def listing_response(fetcher: PageFetcher, spider: FamilySpider, start_url: str,
                     pages: dict[str, Fetched]) -> Response:
    """The start page (fetched), or what the family really lists from (gkmlpt: its JSON API)."""
    first = next(iter(spider.listing_requests(start_url)))
    if first.url != start_url and first.method == "GET":
        pages[first.url] = fetcher.fetch(first.url)
        return pages[first.url].response()
    return pages[start_url].response()


def discover(fetcher: PageFetcher, start_url: str, division_code: str,
             family: str | None = None) -> Discovery:
    start = fetcher.fetch(start_url)
    pages = {start_url: start}
    first_guess = family or guess_family([start_url, _text(start)])
    listing_family = None if first_guess == FALLBACK_FAMILY else first_guess
    first = listing_response(fetcher, probe_spider(listing_family, start_url, division_code),
                             start_url, pages)
    listings, notes = further_listing_pages(fetcher, first, pages)
    candidates = report_entries(probe_spider(listing_family, start_url, division_code), listings)
    if not candidates:
        raise ScaffoldError(f"{start_url}: no link on the listing has a report title "
                            "(…法治政府建设…报告); is this the column's URL?")
    entry, year = max(candidates, key=lambda pair: pair[1])    # first of the newest year
    pages[entry.url] = fetcher.fetch(entry.url)
    family = family or guess_family([start_url, _text(start), entry.url,
                                     _text(pages[entry.url])])
    overrides = _overrides_finding(entry, family, start_url, division_code, listings)
    spider = probe_spider(family, start_url, division_code, overrides)
    article = pages[entry.url].response()
    further = spider.article_page_urls(article) if isinstance(article, TextResponse) else []
    for url in further:
        pages[url] = fetcher.fetch(url)
    return Discovery(start_url=start_url, family=family, report=entry, report_year=year or None,
                     pages=pages, overrides=overrides,
                     site_name=site_name([start, pages[entry.url]]),
                     report_pages=list(further), skipped=skipped_entries(spider, listings),
                     listing_pages=[listing.url for listing in listings], notes=notes)


def _overrides_finding(entry: ListingEntry, family: str, start_url: str, division_code: str,
                       listings: list[Response]) -> dict[str, Any]:
    """Registry overrides with which `family`'s spider finds `entry` on the listing."""
    options = [{}] + ([ANY_LINK_OVERRIDES] if family == FALLBACK_FAMILY else [])
    for overrides in options:
        spider = probe_spider(family, start_url, division_code, overrides)
        if entry.url in {found.url for found, _ in report_entries(spider, listings)}:
            return dict(overrides)
    raise ScaffoldError(f"the {family} spider does not find {entry.url} on the listing: "
                        "pass --family, or add [overrides] to the entry by hand")


def site_name(pages: list[Fetched]) -> str | None:
    """The portal's name: `<meta name="SiteName">`, else the last part of the page title."""
    for page in pages:
        response = page.response()
        if not isinstance(response, TextResponse):
            continue
        name = response.css('meta[name="SiteName"]::attr(content)').get()
        if name and name.strip():
            return name.strip()
    for page in pages:
        response = page.response()
        title = response.css("title::text").get() if isinstance(response, TextResponse) else None
        parts = [p for p in TITLE_SPLIT_RE.split(title or "") if p]
        if parts:
            return parts[-1]
    return None


def _text(page: Fetched) -> str:
    response = page.response()
    return response.text if isinstance(response, TextResponse) else ""
