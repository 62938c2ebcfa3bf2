"""A listed report whose link leads on (a 302, a stub page's meta refresh) to a dead page: the
crawl's problem names the listed URL and the URL that failed (tests/portals/heshui crawls it)."""

from __future__ import annotations

from crawler.families.completeness import Ledger

LISTING = "http://www.x.gov.cn/zwgk/"
LISTED = "http://www.x.gov.cn/zwgk/202401/t20240130_430.html"
TARGET = "http://sfj.x.gov.cn/xxgk/202401/t20240130_9430.html"


def _problem(at: str | None) -> dict:
    ledger = Ledger()
    ledger.page_read(LISTING, LISTING, [LISTED])
    ledger.report_listed(LISTING, LISTED, "X县2023年度法治政府建设情况报告")
    ledger.report_failed(LISTED, "not_found", "HTTP 404", at=at)
    [problem] = [p for p in ledger.problems() if p["kind"] == "report_not_fetched"]
    return problem


def test_a_redirected_report_failure_names_where_it_failed():
    problem = _problem(TARGET)
    assert problem["url"] == LISTED
    assert problem["detail"].endswith(f"not_found: HTTP 404 at {TARGET}")


def test_a_failure_at_the_listed_url_names_it_once():
    assert _problem(LISTED)["detail"].endswith("not_found: HTTP 404")
    assert _problem(None)["detail"].endswith("not_found: HTTP 404")
