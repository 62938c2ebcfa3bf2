"""Per-portal crawl bookkeeping: summary, empty-crawl check, new report years, own run.

`portal_summary(stats)` is what `crawler.runner` stores per portal in the crawl run and returns.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from crawler.archiving import run_id, shared_archive
from db.archive.store import ROLES, ROLES_OF_AN_ARTICLE

logger = logging.getLogger(__name__)

FAILURE_KINDS = ("blocked", "not_found", "server_error", "client_error", "timeout",
                 "network_error", "offsite_redirect", "redirect_loop", "too_large", "truncated",
                 "binary", "robots_disallowed", "login_required", "error")
# Stats key of the portal's problems ({"kind", "url", "detail"}; crawler/outcome.py): any part
# of the crawl may append to it, e.g. the completeness ledger (crawler/families/completeness.py).
PROBLEMS_STAT = "fazhi/problems"
NOT_FAILURES = ("ok", "not_modified", "blocked")   # blocked has a column of its own
SPIDER_ERROR = "spider_error"   # a callback raised (Scrapy's "Spider error processing …")


def _prefixed(stats: dict[str, Any], prefix: str) -> dict[str, int]:
    return {key[len(prefix):]: value for key, value in stats.items() if key.startswith(prefix)}


def portal_summary(stats: dict[str, Any]) -> dict[str, Any]:
    """The per-portal numbers of one crawl, from its Scrapy stats. `requests` counts every
    recorded attempt: the portal's `responses` by kind plus its `robots` (robots.txt)."""
    responses = _prefixed(stats, "fazhi/responses/")
    robots = _prefixed(stats, "fazhi/robots/")
    return {
        "requests": sum(responses.values()) + sum(robots.values()),
        "responses": responses,
        "robots": robots,
        "reports_found": stats.get("fazhi/reports_listed", 0),
        "items": stats.get("item_scraped_count", 0),
        # the collected reports by the year their title names (crawler/pipelines.py)
        "items_by_year": _prefixed(stats, "fazhi/items_by_year/"),
        "new_revisions": stats.get("fazhi/new_revisions", 0),
        "documents": stats.get("fazhi/documents_ingested", 0),
        "skipped": _prefixed(stats, "fazhi/skipped/"),
        "skipped_items": stats.get("fazhi/skipped_items", []),   # {reason, title, url}
        "articles_skipped_archived": stats.get("fazhi/articles_skipped_archived", 0),
        "blocked": responses.get("blocked", 0),
        # every other kind: ok + not_modified + blocked + failures + robots = requests
        "failures": sum(n for kind, n in responses.items() if kind not in NOT_FAILURES),
        "errors": stats.get("log_count/ERROR", 0),
        "invalid_items": stats.get("fazhi/invalid_items", 0),
        "empty": bool(stats.get("fazhi/empty_crawl", False)),
        "new_report_years": stats.get("fazhi/new_report_years", []),
        "finish_reason": stats.get("finish_reason"),
        "note": stats.get("fazhi/note"),     # e.g. why an empty crawl is not a failure
        # What the listings promised and the crawl did not get (crawler/families/completeness)
        "problems": list(stats.get(PROBLEMS_STAT, [])),   # {kind, url, detail}
    }


def add_problem(crawler: Crawler, problem: dict[str, Any]) -> None:
    """Append `problem` to the portal's problems (stats key PROBLEMS_STAT)."""
    crawler.stats.set_value(PROBLEMS_STAT, [*crawler.stats.get_value(PROBLEMS_STAT, []),
                                            problem])


def report_years_before(archive: Any, portal: str, run_id: int) -> set[int]:
    """Report years of the article links this portal's earlier runs followed."""
    from cleaning.report import classify_title

    rows = archive.db.query(
        "SELECT DISTINCT title_hint FROM responses WHERE portal = ? AND role = 'article' "
        "AND run_id < ? AND title_hint IS NOT NULL", [portal, run_id])
    years = {classify_title(row["title_hint"]).report_year for row in rows}
    return {year for year in years if year}


class CrawlRunExtension:
    """At spider close: flag an empty crawl, notice new report years, finish a run of its own."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlRunExtension:
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.spider_error, signal=signals.spider_error)
        return extension

    def spider_error(self, failure: Any, response: Any, spider: Spider) -> None:
        """A callback raised on `response`: a problem of the portal (it fails, the exit code
        names it) and a row in the archive — what that page held was never read."""
        error = failure.value
        detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        add_problem(self.crawler, {"kind": SPIDER_ERROR, "url": response.url,
                                   "detail": f"a callback raised {detail}"})
        meta = response.meta if response.request is not None else {}
        role, article = meta.get("fazhi_role"), meta.get("fazhi_article_url")
        if role not in ROLES or (role in ROLES_OF_AN_ARTICLE and not article):
            role = "other"
        shared_archive(self.crawler.settings).record_failure(
            run_id=run_id(self.crawler), portal=spider.name, url=response.url, role=role,
            kind="error", error=f"spider error: {detail}", article_url=article)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats
        if reason == "finished":   # a crawl stopped early is not judged empty
            self.check_empty(spider)
        self.notice_new_years(spider)
        own_run = getattr(self.crawler, "fazhi_own_run_id", None)
        if own_run is not None:
            summary = portal_summary(stats.get_stats() | {"finish_reason": reason})
            shared_archive(self.crawler.settings).finish_run(
                own_run, {"portals": {spider.name: summary}})

    def check_empty(self, spider: Spider) -> None:
        stats = self.crawler.stats
        if stats.get_value("fazhi/reports_listed", 0):
            return
        portal = getattr(spider, "portal", None)
        failures = sum(stats.get_value(f"fazhi/responses/{kind}", 0) for kind in FAILURE_KINDS)
        older = stats.get_value("fazhi/skipped/before_since", 0)
        if older and not failures:   # --since: the listing answered, nothing is new
            note = (f"no report about {getattr(spider, 'since', '?')} or later on the listing "
                    f"({older} older report(s) skipped as asked by --since)")
            logger.info("%s: %s", spider.name, note)
            stats.set_value("fazhi/note", note)
            return
        if failures:
            logger.error("%s: no report found, %d fetches failed (see the archive)",
                         spider.name, failures)
        elif portal is not None and portal.expect_empty:
            logger.info("%s: no report found (expected: expect_empty = true)", spider.name)
            return
        else:
            logger.error("%s: empty crawl — no report found and nothing failed: the listing "
                         "or its selectors may have changed", spider.name)
        stats.set_value("fazhi/empty_crawl", True)

    def notice_new_years(self, spider: Spider) -> None:
        listed: set[int] = getattr(spider, "report_years", set())
        if not listed:
            return
        archive = shared_archive(self.crawler.settings)
        before = report_years_before(archive, spider.name, run_id(self.crawler))
        new = sorted(year for year in listed if before and year > max(before))
        if new:
            logger.info("%s: new report year(s) %s (archive had up to %d)", spider.name,
                        ", ".join(map(str, new)), max(before))
            self.crawler.stats.set_value("fazhi/new_report_years", new)
