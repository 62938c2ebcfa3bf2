"""Real crawls of every sample portal (tests/sites) through the replay server.

Two crawls into one data directory, shared by all the tests here: the first collects, the second
must download no article page again. Expected reports are the shared sample-portal spec.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from settings.registry import DEFAULT_PORTAL_DIR, load_registry
from tests.crawler.crawl_helpers import ROOT, Crawl, query, run_crawl

SITES = ROOT / "tests" / "sites"
TEST_PORTALS = ROOT / "tests" / "portals"
# slug -> {report article URL: report year}
EXPECTED_REPORTS = {
    "haizhou": {"http://www.lyghz.gov.cn/art/2025/3/24/art_1589_2895731.html": 2024},
    "shanwei": {"http://www.shanwei.gov.cn/shanwei/zwgk/fzzfjs/content/post_747125.html": 2020},
    "hanyang": {"http://www.hanyang.gov.cn/zwgk/zc/fzzfjs/202203/t20220328_1945123.shtml": 2021},
    "zbgx": {"http://www.zbgx.gov.cn/art/2023/1/10/art_2345_87123.html": 2022},
    "shishi": {"http://www.shishi.gov.cn/zwgk/zfxxgkzl/fdzdgknr/fzzfjs/202501/"
               "t20250126_3123456.htm": 2024},
    "xiyang": {"http://sfj.xiyang.gov.cn/xxgk/fzzfjsndbg/202402/t20240220_1001.html": 2023},
    "donghai": {"http://www.donghai.gov.cn/gkmlpt/content/0/100/post_100123.html": 2024},
    "beicheng": {"http://www.beicheng.gov.cn/zfxxgk/fzzf/2024/0315/123.html": 2023,
                 # linked straight from the listing: the report is the PDF file itself
                 "http://www.beicheng.gov.cn/uploadfile/2023/0310/20230310153045871.pdf": 2022},
    # the city's report again, republished by its justice bureau (linked as a duplicate)
    "shishi_sfj": {"http://sfj.shishi.gov.cn/xxgk/fzzfjsndbg/202501/t20250127_2001.html": 2024},
}
BEICHENG_PDF = "http://www.beicheng.gov.cn/uploadfile/2023/0310/20230310153045871.pdf"
XIYANG = "http://sfj.xiyang.gov.cn/xxgk/fzzfjsndbg/"
XIYANG_TROUBLE = {  # URL -> kind: the 412 challenge, the dead link, the slow page
    XIYANG + "202202/t20220218_0871.html": "blocked",
    XIYANG + "202102/t20210205_0702.html": "not_found",
    XIYANG + "202302/t20230215_0987.html": "timeout",
}
ARTICLE_ROLES = ("article", "article_page", "attachment")
# The slow page answers after 3 s: a 1 s timeout makes it a timeout, retried once.
CRAWL_ARGS = ("-s", "DOWNLOAD_TIMEOUT=1", "-s", "RETRY_TIMES=1")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sites-crawl")


@pytest.fixture(scope="module")
def first(data_dir: Path) -> Crawl:
    return run_crawl(data_dir, SITES, [TEST_PORTALS], list(EXPECTED_REPORTS), *CRAWL_ARGS)


@pytest.fixture(scope="module")
def second(first: Crawl, data_dir: Path) -> Crawl:
    return run_crawl(data_dir, SITES, [TEST_PORTALS], list(EXPECTED_REPORTS), *CRAWL_ARGS)


def responses(data_dir: Path, run_id: int, **where: str) -> list:
    clauses = "".join(f" AND {column} = ?" for column in where)
    return query(data_dir / "archive.db", f"SELECT * FROM responses WHERE run_id = ?{clauses}",
                 run_id, *where.values())


def test_every_registered_portal_has_saved_pages() -> None:
    for portal in load_registry([DEFAULT_PORTAL_DIR, TEST_PORTALS]).values():
        for url in portal.start_urls:
            host = urlsplit(url).hostname
            assert (SITES / host).is_dir(), f"{portal.slug}: no saved pages in tests/sites/{host}"
        assert portal.slug in EXPECTED_REPORTS, f"{portal.slug}: no expected reports here"


def test_every_report_collected_once_with_its_year(first: Crawl, data_dir: Path) -> None:
    run_id = first.result["run_id"]
    for slug, reports in EXPECTED_REPORTS.items():
        articles = [r["url"] for r in responses(data_dir, run_id, portal=slug, role="article",
                                                kind="ok")]
        assert sorted(articles) == sorted(reports), slug       # each exactly once
        documents = query(data_dir / "corpus.db",
                          "SELECT url, report_year FROM documents WHERE portal = ?", slug)
        assert {d["url"]: d["report_year"] for d in documents} == reports, slug
        assert first.portal(slug)["empty"] is False


def test_summary_counts_the_documents_cleaned_for_each_portal(first: Crawl,
                                                              second: Crawl) -> None:
    """Cleaned after the crawl (the runner's catch-up), counted per portal all the same."""
    for slug, reports in EXPECTED_REPORTS.items():
        assert first.portal(slug)["documents"] == len(reports), slug
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

    fetched = responses(data_dir, first.result["run_id"], role="article")
    assert fetched and all(classify_title(r["title_hint"]).is_report for r in fetched)
    for slug in EXPECTED_REPORTS:
        skipped = first.portal(slug)["skipped"]
        assert skipped.get("interpretation", 0) >= 1, slug      # every listing has a 解读
    reasons = {reason for slug in EXPECTED_REPORTS for reason in first.portal(slug)["skipped"]}
    assert {"interpretation", "disclosure_report"} <= reasons


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


def test_trs_create_page_html_pagination_followed(first: Crawl, data_dir: Path) -> None:
    base = "http://www.hanyang.gov.cn/zwgk/zc/fzzfjs/"
    assert first.requested(base + "index_1.shtml") == [200]
    article = base + "202203/t20220328_1945123.shtml"
    pages = responses(data_dir, first.result["run_id"], role="article_page", portal="hanyang")
    assert [(p["url"], p["article_url"], p["page_no"]) for p in pages] == [
        (base + "202203/t20220328_1945123_1.shtml", article, 2)]


def test_hanweb_post_pagination_followed(first: Crawl, data_dir: Path) -> None:
    posts = [(m, u, s) for m, u, s in first.requests if "dataproxy.jsp" in u]
    assert posts and all(m == "POST" and s == 200 for m, u, s in posts)
    assert all(urlsplit(u).hostname == "www.lyghz.gov.cn" for _, u, _ in posts)
    listings = responses(data_dir, first.result["run_id"], portal="haizhou", role="listing",
                         method="POST")
    assert len(listings) == len(posts)


def test_other_paginations_followed(first: Crawl) -> None:
    assert first.requested("http://www.shanwei.gov.cn/shanwei/zwgk/fzzfjs/index_2.html") == [200]
    assert first.requested("http://www.beicheng.gov.cn/zfxxgk/fzzf/list_2.html") == [200]
    assert first.requested(
        "http://www.donghai.gov.cn/gkmlpt/api/all/2858?page=2&sid=441899") == [200]


def test_attachments_fetched_with_their_article(first: Crawl, data_dir: Path) -> None:
    rows = responses(data_dir, first.result["run_id"], role="attachment", kind="ok")
    assert [(r["portal"], r["article_url"]) for r in rows] == [
        ("shanwei", "http://www.shanwei.gov.cn/shanwei/zwgk/fzzfjs/content/post_747125.html")]


def test_second_crawl_downloads_no_article_again(first: Crawl, second: Crawl,
                                                 data_dir: Path) -> None:
    # Fetched ok the first time. (Not the slow page: it timed out in both crawls, and the
    # replay log may show the 200 it finished sending after the crawler had given up.)
    archived = {r["url"] for r in responses(data_dir, first.result["run_id"], kind="ok")
                if r["role"] in ARTICLE_ROLES}
    again = [(u, s) for _, u, s in second.requests if u in archived]
    assert not [(u, s) for u, s in again if s == 200]
    assert any(s == 304 for _, s in again)                   # revalidated, not downloaded
    assert second.portal("beicheng")["articles_skipped_archived"] >= 1   # no validators there
    assert sum(second.portal(slug)["items"] for slug in EXPECTED_REPORTS) == 0
    assert sum(second.portal(slug)["reports_found"] for slug in EXPECTED_REPORTS) == sum(
        first.portal(slug)["reports_found"] for slug in EXPECTED_REPORTS)
    runs = query(data_dir / "archive.db", "SELECT status FROM crawl_runs ORDER BY id")
    assert [r["status"] for r in runs] == ["finished", "finished"]
