"""Completeness is counted: what each listing declared against what the crawl fetched.

A listing is keyed by its start URL (its root); every page, POST window or API page reached from
it adds to its tally. At the spider's close `Ledger.problems()` names each shortfall:
- `listing_incomplete`: fewer pages or records fetched than the listing declared, a listing
  page's 加载更多 control not asked until it brought no new row (crawler/families/more_rows.py),
  or a listing page asked for whose answer could not be read (429, 503, a gateway error, a
  timeout: retries spent);
- `report_not_fetched`: a listing item that looks like a report whose page never came in;
- `column_empty`: a listing (start URL) that listed no report at all, itself or on the columns
  its 更多 links led to (a listing reached by a 更多 link is its own root, with a parent);
- `offsite_redirect`: a listing page whose script only sends the browser off the portal's site
  (the jump is not followed: said, not a quiet empty crawl).
Each problem is `{"kind", "url", "detail"}`, the shape of the portal summary's `problems`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from crawler.link_next import CHAIN_CAP
from settings.scrapy_settings import RETRY_HTTP_CODES

logger = logging.getLogger(__name__)

PROBLEM_KINDS = ("listing_incomplete", "report_not_fetched", "column_empty")
NEVER_ANSWERED = "no answer recorded (never requested, or the crawl stopped first)"
# A listing page is lost when its fetch ended, retries spent, on a status the crawl retries as
# passing ("not now": 429, 503, gateway errors; settings RETRY_HTTP_CODES) or was blocked or timed
# out. Not counted: a 404 or 500 (often a pager's link or an API page past the end) and a dropped
# connection (a page past the end of some APIs).
LOST_PAGE_STATUSES = tuple(code for code in RETRY_HTTP_CODES if code != 500)
LOST_PAGE_KINDS = ("blocked", "timeout")


def page_key(url: str, body: bytes | None) -> str:
    """How the ledger names a listing page: its URL, and a POST's body after a space (one
    URL asked with two form bodies is two pages)."""
    return f"{url} {(body or b'').decode('latin-1')}".strip()


@dataclass
class ListingTally:
    declared_pages: int | None = None
    declared_records: int | None = None
    pages: set[str] = field(default_factory=set)     # listing responses read
    records: set[str] = field(default_factory=set)   # item URLs seen on them
    reports: int = 0                                 # items that looked like reports
    before_since: int = 0                            # reports left out by --since
    parent: str | None = None                        # the listing whose 更多 link led here
    # a total the listing declared itself (not the one page its parent's 更多 link implies)
    declared: bool = False

    def shortfall(self) -> str | None:
        """The numbers, in words, when fewer pages or records came in than were declared."""
        short_pages = self.declared_pages and len(self.pages) < self.declared_pages
        short_records = self.declared_records and len(self.records) < self.declared_records
        if not (short_pages or short_records):
            return None
        declared = " on ".join(f"{number} {unit}" for number, unit in (
            (self.declared_records, "records"), (self.declared_pages, "pages")) if number)
        return (f"declared {declared}; fetched {len(self.pages)} pages with "
                f"{len(self.records)} records")


@dataclass
class Ledger:
    tallies: dict[str, ListingTally] = field(default_factory=dict)
    listed_reports: dict[str, tuple[str, str]] = field(default_factory=dict)  # url → root, title
    fetched_reports: set[str] = field(default_factory=set)
    failed_reports: dict[str, str] = field(default_factory=dict)   # url → the fetch's kind, why
    refused_jumps: dict[str, str] = field(default_factory=dict)    # page → its off-site jump
    # listing page with a 加载更多 control not (yet) followed to its end → (root, why)
    load_mores: dict[str, tuple[str, str]] = field(default_factory=dict)
    # a page a listing names to read (a `<link rel="next">`, a tab's request) → (root, the
    # page naming it, what names it): read, or said (link_next.py, tab_calls.py)
    next_links: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    # (listing page, the year selector on it) whose years the crawl has not asked for → root
    # (crawler/families/year_queries.py): read, or said
    unread_choices: dict[tuple[str, str], str] = field(default_factory=dict)
    # a listing page asked for whose answer could not be read (429, 503, 502, a timeout, blocked)
    # → (root, why): said unless read after all (a 404 is often a pager's link past the end)
    failed_pages: dict[str, tuple[str, str]] = field(default_factory=dict)
    # a list API's answer showing rows of which none was read (crawler/unread_answers.py)
    # → (root, why): always said
    unread_answers: dict[str, tuple[str, str]] = field(default_factory=dict)

    def tally(self, root: str) -> ListingTally:
        return self.tallies.setdefault(root, ListingTally())

    def declare(self, root: str, *, pages: int | None = None,
                records: int | None = None) -> None:
        tally = self.tally(root)
        tally.declared = tally.declared or bool(pages or records)
        if pages:
            tally.declared_pages = max(pages, tally.declared_pages or 0)
        if records:
            tally.declared_records = max(records, tally.declared_records or 0)

    def more_link(self, parent: str, url: str) -> None:
        """A 更多 link on listing `parent` to the full column `url`: a listing of its own (its
        paging counted apart), declared by its parent, so it must be read."""
        if url in self.tallies:   # a listing already (a start URL, a page seen): not a child
            return
        tally = self.tally(url)
        tally.parent = parent
        tally.declared_pages = 1

    def reports_under(self, root: str, seen: frozenset[str] = frozenset()) -> int:
        """Reports listed on `root` and on the listings its 更多 links led to (those left out
        by --since too: a column of older reports is not empty)."""
        seen = seen | {root}
        tally = self.tally(root)
        return tally.reports + tally.before_since + sum(
            self.reports_under(url, seen) for url, tally in list(self.tallies.items())
            if tally.parent == root and url not in seen)

    def page_read(self, root: str, url: str, item_urls: list[str]) -> None:
        tally = self.tally(root)
        tally.pages.add(url)
        tally.records.update(item_urls)

    def report_listed(self, root: str, url: str, title: str) -> None:
        self.tally(root).reports += 1
        self.listed_reports.setdefault(url, (root, title))

    def report_before_since(self, root: str) -> None:
        """A report on `root` about a year before --since: listed, not wanted."""
        self.tally(root).before_since += 1

    def page_failed(self, root: str, page: str, kind: str, why: str,
                    status: int | None = None) -> None:
        """Listing `page` (of `root`) was asked for and its answer not read (`kind`, `why`):
        a lost page if LOST_PAGE_STATUSES/KINDS say so; the start page and a page a listing
        named (`next_link`) are said already."""
        lost = status in LOST_PAGE_STATUSES or kind in LOST_PAGE_KINDS
        if lost and page != root and page not in self.next_links:
            self.failed_pages.setdefault(page, (root, f"{kind}: {why}"))

    def answer_unread(self, root: str, page: str, why: str) -> None:
        """List API answer `page` (of `root`) shows rows the crawler could not read (`why`)."""
        self.unread_answers.setdefault(page, (root, why))

    def jump_refused(self, page: str, target: str) -> None:
        """Listing `page` only sends the browser to `target`, off the portal's site."""
        self.refused_jumps.setdefault(page, target)

    def load_more(self, root: str, page: str, why: str) -> None:
        """Listing `page` (of `root`) has a load-more control not followed to its end yet:
        `why`, until `load_more_done`."""
        self.load_mores[page] = (root, why)

    def next_link(self, root: str, page: str, target: str,
                  what: str = '<link rel="next">') -> bool:
        """Listing `page` (of `root`) names `target` (by `what`): whether to follow it (a
        first sight, within a chain's cap); unread at the close, it is a shortfall. A POST's
        target is its URL, a space and its body, as `page_read` keys it."""
        if target in self.next_links:
            return False
        self.next_links[target] = (root, page, what)
        return sum(1 for r, _, _ in self.next_links.values() if r == root) <= CHAIN_CAP

    def choice_unread(self, root: str, page: str, what: str) -> None:
        """Listing `page` (of `root`) holds a year selector (`what`) whose years are not asked
        for (yet): a shortfall at the close unless `choice_read`."""
        self.unread_choices[(page, what)] = root

    def choice_read(self, page: str, what: str) -> None:
        self.unread_choices.pop((page, what), None)

    def load_more_done(self, page: str) -> None:
        """The control of `page` was asked until an answer brought no new row (or is none)."""
        self.load_mores.pop(page, None)

    def report_fetched(self, url: str) -> None:
        self.fetched_reports.add(url)

    def report_failed(self, url: str, kind: str, reason: str | None = None,
                      at: str | None = None) -> None:
        """The report's page did not come in: its fetch's kind (blocked, not_found, timeout …)
        and the reason in words, for the problem's detail; `at`, where the listed link's
        redirect (a 302, a page's meta refresh) led, is named too: the URL that failed."""
        said = f"{kind}: {reason}" if reason and reason != kind else kind
        self.failed_reports[url] = f"{said} at {at}" if at and at != url else said

    def report_refused(self, url: str, title: str) -> None:
        """A page fetched but not taken as a report (cleaning's title rule refuses its titles)
        though `title` looks like a report's: not collected, and said so."""
        self.fetched_reports.discard(url)
        self.failed_reports[url] = (f"not taken: its title {title!r} looks like a report's, "
                                    "cleaning's title rule refuses it")

    def report_empty(self, url: str) -> None:
        """A report page fetched with no text, no further page and no file: nothing to store."""
        self.fetched_reports.discard(url)
        self.failed_reports[url] = ("fetched, but its page holds no text and names no file:"
                                    " nothing to store")

    def met(self, root: str) -> bool:
        """The listing declared a total (pages or records) and the crawl read it all: what a
        load-more chain left unasked is past the end (an answer beyond it may be a 404). The
        one page a 更多 link implies is no total: its 下一页 unread is a shortfall."""
        tally = self.tally(root)
        return tally.declared and not tally.shortfall()

    def since_notes(self) -> list[str]:
        """Columns whose every report was left out by --since: not empty, and said so."""
        return [f"{root}: {tally.before_since} report(s) listed, all before --since"
                for root, tally in self.tallies.items()
                if tally.before_since and not tally.reports and not tally.parent]

    def problems(self, *, expect_empty: bool = False) -> list[dict[str, Any]]:
        found = []
        read_anywhere = {page for tally in self.tallies.values() for page in tally.pages}
        for root, tally in list(self.tallies.items()):
            if tally.parent and not tally.pages and root in read_anywhere:
                continue   # a 更多 target read as a page of another listing
            detail = tally.shortfall()
            if detail:
                found.append({"kind": "listing_incomplete", "url": root, "detail": detail
                              + (f" (the 更多 link of {tally.parent})" if tally.parent else "")})
            # A column reached by a 更多 link is judged with the listing that linked it.
            if not tally.parent and not self.reports_under(root) and not expect_empty:
                found.append({"kind": "column_empty", "url": root,
                              "detail": f"{len(tally.records)} items on {len(tally.pages)} "
                                        "listing pages, none a report"})
        found += [{"kind": "listing_incomplete", "url": root,
                   "detail": f"the 加载更多 control of {page} was not followed to the end: {why}"}
                  for page, (root, why) in self.load_mores.items() if not self.met(root)]
        found += [{"kind": "listing_incomplete", "url": root,
                   "detail": f"the {what} of {page} was not read: {target}"}
                  for target, (root, page, what) in self.next_links.items()
                  if target not in read_anywhere and not self.met(root)]
        found += [{"kind": "listing_incomplete", "url": root,
                   "detail": f"the listing page {page} could not be read ({why})"}
                  for page, (root, why) in self.failed_pages.items()
                  if page not in read_anywhere and not self.met(root)]
        found += [{"kind": "listing_incomplete", "url": root,
                   "detail": f"the list API answer {page} was not understood: {why}"}
                  for page, (root, why) in self.unread_answers.items()]
        found += [{"kind": "listing_incomplete", "url": root,
                   "detail": f"the {what} of {page} was not read: its other years never asked"}
                  for (page, what), root in self.unread_choices.items()]
        found += [{"kind": "offsite_redirect", "url": page,
                   "detail": f"its script sends the browser off the portal's site, to {target}:"
                             " not followed"} for page, target in self.refused_jumps.items()]
        found += [{"kind": "report_not_fetched", "url": url, "listing": root,
                   "detail": f"{title} — {self.failed_reports.get(url, NEVER_ANSWERED)}"}
                  for url, (root, title) in self.listed_reports.items()
                  if url not in self.fetched_reports]
        return found


def record_problems(spider: Any, *, expect_empty: bool = False) -> list[dict[str, Any]]:
    """Write the spider's problems to the archive (role listing, the numbers in `error`) and
    to its stats (`fazhi/problems`, the portal summary's `problems`)."""
    from crawler.archiving import run_id, shared_archive  # Scrapy-side; this module is pure
    from crawler.extensions import add_problem

    for note in spider.ledger.since_notes():
        logger.info("%s: %s", spider.name, note)
    problems = spider.ledger.problems(expect_empty=expect_empty)
    if not problems:
        return problems
    crawler = spider.crawler
    archive = shared_archive(crawler.settings)
    for problem in problems:
        # A row of the listing's own: the item's fetch has its row (and reason) already.
        listing = problem.get("listing", problem["url"])
        error = problem["detail"] if listing == problem["url"] else (
            f"{problem['url']} ({problem['detail']})")
        archive.record_failure(run_id=run_id(crawler), portal=spider.name, url=listing,
                               role="listing", kind=problem["kind"], error=error)
        logger.error("%s: %s %s (%s)", spider.name, problem["kind"], problem["url"],
                     problem["detail"])
        add_problem(crawler, problem)   # after any the crawl added before (a spider error)
    return problems
