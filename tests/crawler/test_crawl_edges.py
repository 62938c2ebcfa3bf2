"""Real crawls of a small portal written by this test: the middlewares' edge cases.

Offsite redirects, https links in replay mode, oversized attachments, archived articles of a
server without validators (skipped, unless --refresh), new report years, empty crawls.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from tests.crawler.crawl_helpers import Crawl, Entry, query, run_crawl, write_entry, write_site

HOST = "www.ceshi.gov.cn"
BASE = f"http://{HOST}"
CESHI = Entry(name="测试区人民政府", division_code="110199", level="district", province="北京市")
REPORT_PAGE = ("<html><head><meta charset='utf-8'></head><body><div class='content'>"
               "<h1>{title}</h1><p>区委：</p><p>{year}年，我区扎实推进法治政府建设。</p>"
               "<p>一、主要举措和成效</p><p>深入学习贯彻习近平法治思想。</p>"
               "<p>二、存在的不足</p><p>执法规范化水平有待提升。</p>"
               "<p>三、下一年度工作安排</p><p>持续深化改革。</p>{links}</div></body></html>")
ITEMS = [
    ("a.html", "测试区2023年法治政府建设年度报告"),
    ("b.html", "测试区2022年法治政府建设年度报告"),
    ("https://www.ceshi.gov.cn/fzzf/c.html", "测试区2021年法治政府建设年度报告"),
    ("news.html", "测试区召开法治政府建设工作会议"),
    ("e.html", "测试区2020年法治政府建设年度报告"),      # served gzip-compressed
    ("f.html", "测试区2019年法治政府建设年度报告"),      # redirected on the same host
]


def listing(items: list[tuple[str, str]]) -> str:
    lis = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in items)
    return ("<html><head><meta charset='utf-8'></head><body>"
            f"<ul class='list'>{lis}</ul></body></html>")


def build_site(root: Path) -> tuple[Path, Path]:
    sites, portals = root / "sites", root / "portals"
    links = '<a href="/files/big.pdf">全文.pdf</a><a href="/files/small.docx">附件.docx</a>'
    page_2020 = REPORT_PAGE.format(title=ITEMS[4][1], year=2020, links="")
    write_site(sites, HOST, {
        "fzzf/list.html": listing(ITEMS),
        "fzzf/a.html": REPORT_PAGE.format(title=ITEMS[0][1], year=2023, links=links),
        "fzzf/news.html": "<html><body><p>会议</p></body></html>",
        "fzzf/e.html": gzip.compress(page_2020.encode("utf-8")),
        "fzzf/f2.html": REPORT_PAGE.format(title=ITEMS[5][1], year=2019, links=""),
        "files/big.pdf": b"%PDF-1.4\n" + b"0" * 5000,
        "files/small.docx": b"PK\x03\x04small",
        "_replay.json": json.dumps({
            "no_validators": True,
            "redirect": {"/fzzf/b.html": "http://www.elsewhere.cn/b.html",
                         "/fzzf/f.html": f"{BASE}/fzzf/f2.html"},
            "headers": {"/fzzf/e.html": {"Content-Encoding": "gzip"}}}),
        # A second portal on the same host whose column has no report at all.
        "kong/list.html": listing([("news.html", "关于开展法治宣传活动的通知")])})
    write_entry(portals, "ceshi", [f"{BASE}/fzzf/list.html"], CESHI)
    write_entry(portals, "kong", [f"{BASE}/kong/list.html"], CESHI)
    return sites, portals


@pytest.fixture(scope="module")
def crawls(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Crawl | Path]:
    root = tmp_path_factory.mktemp("edges")
    sites, portals = build_site(root)
    data = root / "data"
    size_cap = ["-s", "FAZHI_ATTACHMENT_MAXSIZE=1000"]
    first = run_crawl(data, sites, [portals], ["ceshi", "kong"], *size_cap)
    second = run_crawl(data, sites, [portals], ["ceshi"], *size_cap)
    # A year later: a new report on the column, and a forced re-download of everything.
    new_items = [("d.html", "测试区2024年法治政府建设年度报告"), *ITEMS]
    write_site(sites, HOST, {
        "fzzf/list.html": listing(new_items),
        "fzzf/d.html": REPORT_PAGE.format(title=new_items[0][1], year=2024, links="")})
    third = run_crawl(data, sites, [portals], ["ceshi"], "--refresh", *size_cap)
    return {"first": first, "second": second, "third": third, "archive": data / "archive.db"}


def kinds(archive: Path, run_id: int) -> dict[str, str]:
    rows = query(archive, "SELECT url, kind FROM responses WHERE run_id = ? AND portal = 'ceshi'",
                 run_id)
    return {row["url"]: row["kind"] for row in rows}


def test_refused_and_failed_fetches_are_recorded(crawls) -> None:
    first, archive = crawls["first"], crawls["archive"]
    found = kinds(archive, first.result["run_id"])
    assert found[f"{BASE}/fzzf/b.html"] == "offsite_redirect"
    assert found[f"https://{HOST}/fzzf/c.html"] == "error"           # https refused in replay
    assert found[f"{BASE}/files/big.pdf"] == "too_large"
    assert found[f"{BASE}/files/small.docx"] == "ok"
    assert found[f"{BASE}/fzzf/a.html"] == "ok"
    # Nothing left the machine: no request to the redirect target, none over https.
    assert not [u for _, u, _ in first.requests if "elsewhere" in u or u.startswith("https")]
    errors = query(archive, "SELECT error FROM responses WHERE url = ?", f"{BASE}/fzzf/b.html")
    assert "http://www.elsewhere.cn/b.html" in errors[0]["error"]


def test_only_reports_are_fetched(crawls) -> None:
    first = crawls["first"]
    assert first.requested(f"{BASE}/fzzf/news.html") == []
    summary = first.portal("ceshi")
    assert summary["reports_found"] == 5
    assert summary["items"] == 3                     # a, e and f: b and c were refused
    assert sum(summary["skipped"].values()) == 1


def test_report_item_lists_the_attachment_it_got(crawls) -> None:
    archive = crawls["archive"]
    rows = query(archive, "SELECT url, article_url, role FROM responses WHERE role = 'attachment'"
                 " AND kind = 'ok'")
    assert {(r["url"], r["article_url"]) for r in rows} == {
        (f"{BASE}/files/small.docx", f"{BASE}/fzzf/a.html")}


def test_an_empty_column_is_an_error(crawls) -> None:
    first = crawls["first"]
    assert first.portal("kong")["empty"] is True
    assert first.portal("ceshi")["empty"] is False
    assert first.returncode == 1
    assert "kong: empty crawl" in first.log


def test_archived_pages_without_validators_are_not_fetched_again(crawls) -> None:
    second = crawls["second"]
    assert second.requested(f"{BASE}/fzzf/a.html") == []
    assert second.requested(f"{BASE}/fzzf/list.html") == [200]   # listings always are
    assert second.portal("ceshi")["articles_skipped_archived"] >= 1
    assert second.portal("ceshi")["items"] == 0


def test_refresh_refetches_and_a_new_year_is_noticed(crawls) -> None:
    third = crawls["third"]
    assert third.requested(f"{BASE}/fzzf/a.html") == [200]
    assert third.requested(f"{BASE}/fzzf/d.html") == [200]
    assert third.portal("ceshi")["new_report_years"] == [2024]
    assert crawls["second"].portal("ceshi")["new_report_years"] == []


def test_each_crawl_is_one_recorded_run(crawls) -> None:
    runs = query(crawls["archive"], "SELECT id, portals, status, stats FROM crawl_runs ORDER BY id")
    assert [r["status"] for r in runs] == ["finished"] * 3
    assert json.loads(runs[0]["portals"]) == ["ceshi", "kong"]
    stats = json.loads(runs[0]["stats"])["portals"]
    assert stats["ceshi"]["responses"]["too_large"] == 1
    assert stats["kong"]["reports_found"] == 0


def test_archive_keeps_decompressed_bodies_and_the_requested_url(crawls) -> None:
    from db.archive.store import Archive

    archive_file, run_id = crawls["archive"], crawls["first"].result["run_id"]
    sql = "SELECT * FROM responses WHERE run_id = ? AND url = ?"
    (gzipped,) = query(archive_file, sql, run_id, f"{BASE}/fzzf/e.html")
    (redirected,) = query(archive_file, sql, run_id, f"{BASE}/fzzf/f.html")
    with Archive(archive_file) as archive:
        assert "测试区2020年法治政府建设年度报告" in archive.body(gzipped["sha256"]).decode("utf-8")
    assert "content-encoding" not in gzipped["headers"].lower()
    assert (redirected["final_url"], redirected["kind"]) == (f"{BASE}/fzzf/f2.html", "ok")
    assert not query(archive_file, "SELECT id FROM responses WHERE url = ?", f"{BASE}/fzzf/f2.html")
