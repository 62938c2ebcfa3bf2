"""A crawl across a portal whose server fails in every way (tests/reliability/fault_site.py).

The crawl completes, every fault is in the archive with its kind and a reason, every attempt of
a retried failure is recorded, and the good pages behind survivable faults reach the corpus.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from crawler.families.completeness import PROBLEM_KINDS
from tests.crawler.crawl_helpers import Crawl, query, run_crawl
from tests.reliability.fault_site import (
    BASE,
    CRAWL_SETTINGS,
    FAULT_PAGES,
    GOOD_PAGES,
    OFFSITE_HOST,
    SLUG,
    FaultPage,
    build_fault_site,
    marker_of,
)


@pytest.fixture(scope="module")
def fault_crawl(tmp_path_factory: pytest.TempPathFactory) -> tuple[Crawl, dict]:
    root = tmp_path_factory.mktemp("faults")
    sites, portals = build_fault_site(root)
    data = root / "data"
    crawl = run_crawl(data, sites, [portals], [SLUG], *CRAWL_SETTINGS)
    return crawl, {"archive": data / "archive.db", "corpus": data / "corpus.db"}


def article_rows(files: dict, page: FaultPage) -> list:
    return query(files["archive"], "SELECT * FROM responses WHERE url = ? AND role = 'article' "
                                   "ORDER BY id", page.url)


def test_the_crawl_completes(fault_crawl) -> None:
    crawl, files = fault_crawl
    # It completes, and fails loudly: each listed report whose page never came in is named.
    assert crawl.returncode == 1, crawl.log[-3000:]
    named = {p["url"] for p in crawl.portal(SLUG)["problems"]
             if p["kind"] == "report_not_fetched"}
    assert named == {p.url for p in FAULT_PAGES if p.kind != "ok"}
    for url in named:   # on stderr too, with the portal and the reason
        assert f"{SLUG}: report_not_fetched {url}" in crawl.log, crawl.log[-3000:]
    assert crawl.portal(SLUG)["finish_reason"] == "finished"
    assert crawl.portal(SLUG)["reports_found"] == len(FAULT_PAGES)
    (run,) = query(files["archive"], "SELECT status FROM crawl_runs")
    assert run["status"] == "finished"


@pytest.mark.parametrize("page", FAULT_PAGES, ids=[p.name for p in FAULT_PAGES])
def test_each_fault_is_archived_with_its_kind(fault_crawl, page: FaultPage) -> None:
    rows = article_rows(fault_crawl[1], page)
    assert rows, f"{page.url} ({page.fault}) left no trace in the archive"
    assert {row["kind"] for row in rows} == {page.kind}
    if page.kind != "ok":
        assert all(row["error"] for row in rows), "a failure without a reason"


def test_failed_fetches_keep_no_body_and_ok_ones_do(fault_crawl) -> None:
    archive = fault_crawl[1]["archive"]
    for kind in ("timeout", "truncated", "too_large"):
        rows = query(archive, "SELECT sha256, status FROM responses WHERE kind = ?", kind)
        assert rows and all(r["sha256"] is None and r["status"] is None for r in rows), kind
    for page in GOOD_PAGES:
        assert all(row["sha256"] for row in article_rows(fault_crawl[1], page))


def test_retried_failures_record_every_attempt(fault_crawl) -> None:
    crawl, files = fault_crawl
    for name in ("e500.html", "e503.html", "hang.html"):
        url = f"{BASE}/fzzf/{name}"
        attempts = query(files["archive"], "SELECT COUNT(*) AS n FROM responses WHERE url = ?",
                         url)[0]["n"]
        assert attempts == 2, name                   # RETRY_TIMES=1: two attempts
    assert crawl.requested(f"{BASE}/fzzf/challenge.html") == [412]   # challenges: never retried


def test_the_summary_counts_what_the_archive_holds(fault_crawl) -> None:
    crawl, files = fault_crawl
    # The listing's problem rows (report_not_fetched …) are no responses: counted as problems.
    rows = query(files["archive"], "SELECT kind FROM responses WHERE role != 'robots' AND NOT "
                 "(role = 'listing' AND kind IN (SELECT value FROM json_each(?)))",
                 json.dumps(PROBLEM_KINDS))
    assert crawl.portal(SLUG)["responses"] == dict(Counter(row["kind"] for row in rows))


@pytest.mark.parametrize("page", GOOD_PAGES, ids=[p.name for p in GOOD_PAGES])
def test_good_pages_reach_the_corpus_readable(fault_crawl, page: FaultPage) -> None:
    corpus = fault_crawl[1]["corpus"]
    docs = query(corpus, "SELECT title, text, report_year FROM documents WHERE url = ?",
                 page.url)
    assert len(docs) == 1
    assert docs[0]["title"].startswith("故障区")          # decoded right: no mojibake
    assert marker_of(page) in docs[0]["text"] and "行政复议" in docs[0]["text"]
    assert docs[0]["report_year"] is not None
    sections = query(corpus, "SELECT heading FROM sections s JOIN documents d ON "
                             "d.id = s.document_id WHERE d.url = ?", page.url)
    assert "存在的不足" in {row["heading"] for row in sections}


def test_nothing_from_a_failed_page_reaches_the_corpus(fault_crawl) -> None:
    corpus = fault_crawl[1]["corpus"]
    documents = {row["url"] for row in query(corpus, "SELECT url FROM documents")}
    assert documents == {page.url for page in GOOD_PAGES}


def test_no_request_left_the_portal(fault_crawl) -> None:
    crawl = fault_crawl[0]
    assert not [url for _, url, _ in crawl.requests if OFFSITE_HOST in url]
