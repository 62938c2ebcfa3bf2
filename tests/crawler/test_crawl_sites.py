"""Real crawls of every portal of the registry and of tests/portals, through the replay server.

One crawl of ALL portals (one runner subprocess) into one data directory, then each portal is
compared with its tests/portals/<slug>/expected.json (fazhi/portal_expected.py): every expected
report collected once with its year (title, sections, level-1 categories when given), no
skipped item stored as a report, every expected failure archived and failing the portal. A
second crawl must download no article page again. The sample portals' own quirks (built by
tests/portals/_build) are checked below that.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from bench.common import SAMPLE_PORTALS
from crawler.replay.sites import PortalSites
from fazhi.portal_expected import (
    EXPECTED_FILE,
    SITE_DIR,
    check_portal,
    crawl_facts,
    load_expected,
    portal_folders,
)
from settings.registry import DEFAULT_PORTAL_DIR, load_registry
from tests.crawler.crawl_helpers import ROOT, Crawl, query, run_crawl

PORTALS = ROOT / "tests" / "portals"
REGISTRY = load_registry([DEFAULT_PORTAL_DIR, PORTALS])
BEICHENG_PDF = "http://www.beicheng.gov.cn/uploadfile/2023/0310/20230310153045871.pdf"
XIYANG = "http://sfj.xiyang.gov.cn/xxgk/fzzfjsndbg/"
XIYANG_TROUBLE = {  # URL -> kind: the 412 challenge, the dead link, the slow page
    XIYANG + "202202/t20220218_0871.html": "blocked",
    XIYANG + "202102/t20210205_0702.html": "not_found",
    XIYANG + "202302/t20230215_0987.html": "timeout",
}
ARTICLE_ROLES = ("article", "article_page", "attachment")
# The slow page answers after 6 s: a 5 s timeout makes it a timeout, retried once (5 s, not
# less: 27 portals start at once on shared cores — setting up their crawlers takes seconds of
# the event loop — and an ordinary page must not time out; 3 s did under load).
CRAWL_ARGS = ("-s", "DOWNLOAD_TIMEOUT=5", "-s", "RETRY_TIMES=1")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sites-crawl")


@pytest.fixture(scope="module")
def first(data_dir: Path) -> Crawl:
    return run_crawl(data_dir, PORTALS, [PORTALS], sorted(REGISTRY), *CRAWL_ARGS)


@pytest.fixture(scope="module")
def second(first: Crawl, data_dir: Path) -> Crawl:
    return run_crawl(data_dir, PORTALS, [PORTALS], list(SAMPLE_PORTALS), *CRAWL_ARGS)


def responses(data_dir: Path, run_id: int, **where: str) -> list:
    clauses = "".join(f" AND {column} = ?" for column in where)
    return query(data_dir / "archive.db", f"SELECT * FROM responses WHERE run_id = ?{clauses}",
                 run_id, *where.values())


def test_every_registered_portal_has_a_portal_folder() -> None:
    sites = PortalSites(PORTALS)
    sites.hosts()                                     # no host is saved by two portals
    for slug, portal in REGISTRY.items():
        folder = PORTALS / slug
        assert (folder / EXPECTED_FILE).is_file(), f"{slug}: no {folder / EXPECTED_FILE}"
        assert load_expected(folder).reports or portal.expect_empty, f"{slug}: no reports"
        for url in portal.start_urls:
            host = urlsplit(url).hostname or ""
            assert (folder / SITE_DIR / host).is_dir(), f"{slug}: no pages in site/{host}"
    assert {folder.name for folder in portal_folders(PORTALS)} == set(REGISTRY)


@pytest.mark.parametrize("slug", sorted(REGISTRY))
def test_portal_crawl_matches_its_expected_json(slug: str, first: Crawl, data_dir: Path) -> None:
    expected = load_expected(PORTALS / slug)
    facts = crawl_facts(data_dir, slug, first.result["portals"].get(slug),
                        first.result["run_id"])
    score = check_portal(expected, facts)
    assert score.perfect, "\n".join([
        f"{slug}: {score.collected}/{score.expected} reports collected once with the right "
        f"year, {score.extras} extra, {score.failures_named}/{score.failures_expected} failures "
        f"named, crawl status {facts.status}", *score.problems])


def test_summary_counts_the_documents_cleaned_for_each_portal(first: Crawl,
                                                              second: Crawl) -> None:
    """Cleaned after the crawl (the runner's catch-up), counted per portal all the same."""
    for slug in SAMPLE_PORTALS:
        assert first.portal(slug)["documents"] == len(load_expected(PORTALS / slug).reports)
        assert second.portal(slug)["documents"] == 0, slug     # nothing new to clean


def test_pdf_only_report_is_archived_as_an_article_and_sectioned(first: Crawl,
                                                                 data_dir: Path) -> None:
    (row,) = responses(data_dir, first.result["run_id"], url=BEICHENG_PDF, role="article")
    assert '"application/pdf"' in row["headers"]          # its Content-Type reached the cleaner
    (document,) = query(data_dir / "corpus.db", "SELECT id, title FROM documents WHERE url = ?",
                        BEICHENG_PDF)
    assert "2022" in document["title"]
    sections = query(data_dir / "corpus.db", "SELECT level, heading FROM sections WHERE "
                     "document_id = ? AND level = 1", document["id"])
    assert len(sections) >= 2


def test_non_reports_are_skipped_not_fetched(first: Crawl, data_dir: Path) -> None:
    from cleaning.report import classify_title

    fetched = [row for slug in SAMPLE_PORTALS for row in responses(
        data_dir, first.result["run_id"], role="article", portal=slug)]
    assert fetched and all(classify_title(r["title_hint"]).is_report for r in fetched)
    for slug in SAMPLE_PORTALS:
        skipped = first.portal(slug)["skipped"]
        assert skipped.get("interpretation", 0) >= 1, slug      # every listing has a 解读
    reasons = {reason for slug in SAMPLE_PORTALS for reason in first.portal(slug)["skipped"]}
    assert {"interpretation", "disclosure_report"} <= reasons


def test_a_report_on_another_governments_host_is_skipped_as_offsite_not_fetched(
        first: Crawl, data_dir: Path) -> None:
    offsite = "http://www.linxian.gov.cn/zwgk/2025/t20250120_11.html"   # lingbo's listing
    items = first.portal("lingbo")["skipped_items"]
    assert {"reason": "offsite", "title": "林县2024年度法治政府建设情况报告",
            "url": offsite} in items
    assert first.requested(offsite) == []
    sibling = responses(data_dir, first.result["run_id"], portal="lingbo", role="article",
                        url="http://sfj.lingbo.gov.cn/art/2024/1/30/art_9_430.html")
    assert [row["kind"] for row in sibling] == ["not_found"]   # the same government's host


def test_a_column_framed_on_the_governments_other_host_is_read_and_nothing_else(
        first: Crawl, data_dir: Path) -> None:
    # qingxi: the iframe and the 更多 link on xxgk.qingxi.gov.cn are its listings (paged
    # there); its iframes on another county's host and on a map site are never requested.
    listings = {row["url"] for row in responses(data_dir, first.result["run_id"],
                                                portal="qingxi", role="listing")}
    column = "http://xxgk.qingxi.gov.cn/col/col1"
    assert {column + "2/index.html", column + "2/index_2.html", column + "2/index_3.html",
            column + "3/index.html"} <= listings
    assert first.requested("http://www.linxian.gov.cn/widget/fzzf.html") == []
    assert first.requested("https://map.example.com/embed?x=1") == []


def test_xiyang_trouble_is_recorded_and_the_rest_collected(first: Crawl, data_dir: Path) -> None:
    rows = responses(data_dir, first.result["run_id"], portal="xiyang", role="article")
    kinds: dict[str, list[str]] = {}
    for row in rows:
        kinds.setdefault(row["url"], []).append(row["kind"])
    for url, kind in XIYANG_TROUBLE.items():
        assert set(kinds[url]) == {kind}, url
    assert len(kinds[XIYANG + "202302/t20230215_0987.html"]) == 2   # each attempt is a row
    blocked = [r for r in rows if r["kind"] == "blocked"][0]
    assert blocked["status"] == 412 and blocked["sha256"]            # the challenge page is kept
    assert kinds[XIYANG + "202402/t20240220_1001.html"] == ["ok"]
    assert first.portal("xiyang")["blocked"] == 1
    # Each report not collected says why: its fetch's kind leads the reason.
    why = {p["url"]: p["detail"].rsplit(" — ", 1)[-1]
           for p in first.portal("xiyang")["problems"] if p["kind"] == "report_not_fetched"}
    assert {url: reason.split(":")[0] for url, reason in why.items()} == XIYANG_TROUBLE


def test_trs_create_page_html_pagination_followed(first: Crawl, data_dir: Path) -> None:
    base = "http://www.hanyang.gov.cn/zwgk/zc/fzzfjs/"
    assert first.requested(base + "index_1.shtml") == [200]
    article = base + "202203/t20220328_1945123.shtml"
    pages = responses(data_dir, first.result["run_id"], role="article_page", portal="hanyang")
    assert [(p["url"], p["article_url"], p["page_no"]) for p in pages] == [
        (base + "202203/t20220328_1945123_1.shtml", article, 2)]


def test_hanweb_post_pagination_followed(first: Crawl, data_dir: Path) -> None:
    posts = [(m, u, s) for m, u, s in first.requests
             if "dataproxy.jsp" in u and urlsplit(u).hostname == "www.lyghz.gov.cn"]
    assert posts and all(m == "POST" and s == 200 for m, u, s in posts)
    listings = responses(data_dir, first.result["run_id"], portal="haizhou", role="listing",
                         method="POST")
    assert len(listings) == len(posts)


def test_other_paginations_followed(first: Crawl) -> None:
    assert first.requested("http://www.shanwei.gov.cn/shanwei/zwgk/fzzfjs/index_2.html") == [200]
    assert first.requested("http://www.beicheng.gov.cn/zfxxgk/fzzf/list_2.html") == [200]
    assert first.requested(
        "http://www.donghai.gov.cn/gkmlpt/api/all/2858?page=2&sid=441899") == [200]


def test_no_listing_page_is_fetched_twice_in_one_crawl(first: Crawl, data_dir: Path) -> None:
    # Page 2's pager links back to page 1, the start URL (shanwei: 首页 / 上一页 / 1): Scrapy's
    # dupe filter never saw the start request (dont_filter), so the spider remembers it.
    assert first.requested("http://www.shanwei.gov.cn/shanwei/zwgk/fzzfjs/index.html") == [200]
    rows = responses(data_dir, first.result["run_id"], role="listing", method="GET", kind="ok")
    urls = [row["url"] for row in rows]
    assert sorted({url for url in urls if urls.count(url) > 1}) == []


def test_no_article_shells_script_is_fetched_twice_in_one_crawl(first: Crawl,
                                                                  data_dir: Path) -> None:
    # ruixi's article shells all load one script (a 404): the second shell waits for the
    # first one's answer instead of asking again.
    rows = responses(data_dir, first.result["run_id"], role="other")
    urls = [row["url"] for row in rows]
    assert "http://www.ruixi.gov.cn/gkmlpt/gkml/pc/js/detail.3c9f0e12.js" in urls
    assert sorted({url for url in urls if urls.count(url) > 1}) == []


def test_attachments_fetched_with_their_article(first: Crawl, data_dir: Path) -> None:
    rows = [row for slug in SAMPLE_PORTALS for row in responses(
        data_dir, first.result["run_id"], role="attachment", kind="ok", portal=slug)]
    assert [(r["portal"], r["article_url"]) for r in rows] == [
        ("shanwei", "http://www.shanwei.gov.cn/shanwei/zwgk/fzzfjs/content/post_747125.html")]


def test_second_crawl_downloads_no_article_again(first: Crawl, second: Crawl,
                                                 data_dir: Path) -> None:
    # Fetched ok the first time. (Not the slow page: it timed out in both crawls, and the
    # replay log may show the 200 it finished sending after the crawler had given up.)
    archived = {r["url"] for slug in SAMPLE_PORTALS
                for r in responses(data_dir, first.result["run_id"], kind="ok", portal=slug)
                if r["role"] in ARTICLE_ROLES}
    again = [(u, s) for _, u, s in second.requests if u in archived]
    assert not [(u, s) for u, s in again if s == 200]
    assert any(s == 304 for _, s in again)                   # revalidated, not downloaded
    assert second.portal("beicheng")["articles_skipped_archived"] >= 1   # no validators there
    assert sum(second.portal(slug)["items"] for slug in SAMPLE_PORTALS) == 0
    assert sum(second.portal(slug)["reports_found"] for slug in SAMPLE_PORTALS) == sum(
        first.portal(slug)["reports_found"] for slug in SAMPLE_PORTALS)
    runs = query(data_dir / "archive.db", "SELECT status FROM crawl_runs ORDER BY id")
    assert [r["status"] for r in runs] == ["finished", "finished"]
