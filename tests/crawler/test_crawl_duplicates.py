"""The same report on the city's portal and on its justice bureau's portal: crawled twice,
archived twice, linked once in the corpus and counted once by stats and search."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from db.corpus.search import search
from db.corpus.stats import coverage, totals
from tests.crawler.crawl_helpers import ROOT, query, run_crawl

SITES = ROOT / "tests" / "portals"   # the replay root: every test portal's saved pages
TEST_PORTALS = ROOT / "tests" / "portals"


@pytest.fixture(scope="module")
def crawled(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("dups")
    crawl = run_crawl(data, SITES, [TEST_PORTALS], ["shishi", "shishi_sfj"])
    assert crawl.returncode == 0, crawl.log[-2000:]
    return data


def test_both_copies_are_archived_and_the_bureau_copy_is_linked(crawled):
    rows = query(crawled / "corpus.db",
                 "SELECT id, portal, duplicate_of FROM documents ORDER BY portal")
    assert [(r["portal"], r["duplicate_of"]) for r in rows] == [
        ("shishi", None), ("shishi_sfj", rows[0]["id"])]
    archived = query(crawled / "archive.db", "SELECT DISTINCT portal FROM responses "
                     "WHERE role = 'article' AND kind = 'ok'")
    assert {r["portal"] for r in archived} == {"shishi", "shishi_sfj"}


def test_stats_and_search_count_the_report_once(crawled):
    corpus = crawled / "corpus.db"
    assert totals(corpus)["duplicates"] == 1
    assert coverage(corpus) == [("shishi", 2024, 1)]
    hits = search(corpus, "行政执法", limit=100)
    assert hits and {hit.portal for hit in hits} == {"shishi"}


def test_a_plain_scrapy_crawl_links_the_copy_too(tmp_path):
    """No runner afterwards: the corpus pipeline links duplicates when the spider closes."""
    settings = ["-s", f"FAZHI_DATA_DIR={tmp_path}", "-s", f"FAZHI_PORTAL_DIRS={TEST_PORTALS}"]
    done = subprocess.run([sys.executable, "-m", "crawler.runner", "--data-dir", str(tmp_path),
                           "--replay", str(SITES), "--portal-dir", str(TEST_PORTALS), "shishi"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    from crawler.replay.server import ReplayServer

    with ReplayServer(SITES) as server:
        done = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "shishi_sfj", *settings,
             "-s", f"FAZHI_REPLAY_PROXY={server.url}", "-s", "DOWNLOAD_DELAY=0",
             "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING"],
            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    rows = query(tmp_path / "corpus.db", "SELECT portal, duplicate_of FROM documents")
    assert sorted((r["portal"], r["duplicate_of"] is not None) for r in rows) == [
        ("shishi", False), ("shishi_sfj", True)]
