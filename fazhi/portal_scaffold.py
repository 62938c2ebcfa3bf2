"""Finding out about a new portal: fetch its listing and newest report, guess its CMS family.

`discover(fetcher, start_url)` fetches the listing (and, for gkmlpt, the JSON list it loads),
picks the newest link whose title is a 法治政府建设年度报告, fetches that article (and its further
pages), and checks that the guessed family's spider finds the report on the listing — what
`fazhi new-portal` then writes down (fazhi/portal_files.py).

Pages are fetched with `fazhi.portal_fetch.PageFetcher` (through the replay server only, when
given one). Besides the newest report, every listing page the first declares (at most
MAX_LISTING_PAGES) and every other report they list are saved, so the written portal replays
whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from scrapy.http import Response, TextResponse

from crawler.families.base import FamilySpider
from crawler.families.links import ListingEntry
from crawler.fingerprints import FALLBACK_FAMILY, guess_family
from crawler.paging import read_paging
from crawler.spiders.portals import spider_class_for
from fazhi.portal_fetch import Fetched, PageFetcher, ScaffoldError
from settings.registry import Portal

# A generic listing matched by no family selector: every link is a candidate.
ANY_LINK_OVERRIDES = {"listing_link_css": "a[href]"}
TITLE_SPLIT_RE = re.compile(r"\s*[_|—–\-]\s*|\s{2,}")
# Listing pages new-portal saves at most (the first included): enough for a column's reports,
# few enough to stay polite; a listing declaring more is saved short, and says so.
MAX_LISTING_PAGES = 10


@dataclass
class FoundReport:
    """A report the listing names besides the newest, saved so that the portal replays whole."""
    entry: ListingEntry
    year: int | None
    pages: list[str] = field(default_factory=list)            # its further pages


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
    older_reports: list[FoundReport] = field(default_factory=list)
    unfetched: list[tuple[ListingEntry, str]] = field(default_factory=list)  # (entry, error)


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


def classified_entries(spider: FamilySpider, listings: list[Response]) -> list[tuple[Any, Any]]:
    """(entry, cleaning's verdict on its title) for every listing link."""
    from cleaning.report import classify_title

    return [(entry, classify_title(entry.title)) for entry in listing_entries(spider, listings)]


def report_entries(spider: FamilySpider,
                   listings: list[Response]) -> list[tuple[ListingEntry, int]]:
    """(entry, report year) for the listing links whose title is a report's."""
    return [(entry, verdict.report_year or 0)
            for entry, verdict in classified_entries(spider, listings) if verdict.is_report]


def skipped_entries(spider: FamilySpider,
                    listings: list[Response]) -> list[tuple[ListingEntry, str]]:
    """(entry, reason) for the listing links the crawl will pass over: not a report's title."""
    return [(entry, verdict.reason or "not_a_report")
            for entry, verdict in classified_entries(spider, listings) if not verdict.is_report]


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
    text = listing.text if isinstance(listing, TextResponse) else ""
    return list(read_paging(text, listing.url).next_requests) if text else []


def listing_response(fetcher: PageFetcher, spider: FamilySpider, start_url: str,
                     pages: dict[str, Fetched]) -> Response:
    """The start page (fetched), or what the family really lists from (gkmlpt: its JSON API,
    which the JS shell at the start URL names: the family's own request from a page that lists
    nothing)."""
    first = next(iter(spider.listing_requests(start_url)))
    if first.url == start_url or first.method != "GET":
        return pages[start_url].response()
    pages[first.url] = fetcher.fetch(first.url)
    response = pages[first.url].response().replace(request=first)
    if not isinstance(response, TextResponse) or spider.listing_entries(response):
        return response
    then = next((r for r in spider.next_listing_requests(response) if r.method == "GET"), None)
    if then is None:
        return response
    pages[then.url] = fetcher.fetch(then.url)
    return pages[then.url].response()


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
    further = further_report_pages(fetcher, spider, entry.url, pages)
    older, unfetched = fetch_reports(fetcher, spider, [pair for pair in candidates
                                                       if pair[0].url != entry.url], pages)
    return Discovery(start_url=start_url, family=family, report=entry, report_year=year or None,
                     pages=pages, overrides=overrides,
                     site_name=site_name([start, pages[entry.url]]),
                     report_pages=list(further), skipped=skipped_entries(spider, listings),
                     listing_pages=[listing.url for listing in listings], notes=notes,
                     older_reports=older, unfetched=unfetched)


def further_report_pages(fetcher: PageFetcher, spider: FamilySpider, url: str,
                         pages: dict[str, Fetched]) -> list[str]:
    """Fetch the further pages of the report fetched at `url` into `pages`; their URLs."""
    article = pages[url].response()
    further = spider.article_page_urls(article) if isinstance(article, TextResponse) else []
    for page_url in further:
        pages[page_url] = fetcher.fetch(page_url)
    return list(further)


def fetch_reports(fetcher: PageFetcher, spider: FamilySpider,
                  candidates: list[tuple[ListingEntry, int]], pages: dict[str, Fetched]
                  ) -> tuple[list[FoundReport], list[tuple[ListingEntry, str]]]:
    """Every other report the listing names, fetched (with its further pages) into `pages`;
    the ones that could not be fetched with the error (the crawl must fail on them too)."""
    found, unfetched = [], []
    for entry, year in candidates:
        try:
            pages[entry.url] = fetcher.fetch(entry.url)
            found.append(FoundReport(entry, year or None,
                                     further_report_pages(fetcher, spider, entry.url, pages)))
        except ScaffoldError as exc:
            unfetched.append((entry, str(exc)))
    return found, unfetched


def _overrides_finding(entry: ListingEntry, family: str, start_url: str, division_code: str,
                       listings: list[Response]) -> dict[str, Any]:
    """Registry overrides with which `family`'s spider finds `entry` on the listing."""
    options: list[dict[str, Any]] = [{}]
    if family == FALLBACK_FAMILY:
        options.append(ANY_LINK_OVERRIDES)
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
