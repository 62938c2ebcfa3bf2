"""The raw archive: bodies compressed and content-addressed, failures kept, articles grouped."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from db.archive.store import Archive, ArchiveError, zstd

PAGE = ("<html><body><div class='TRS_Editor'>" + "一、推进行政复议体制改革。" * 200
        + "</div></body></html>").encode("gbk")
HOST = "http://www.example.gov.cn"


@pytest.fixture
def archive(tmp_path):
    with Archive(tmp_path / "archive.db") as opened:
        yield opened


def ok(archive, run_id, url, body, role="article", **extra):
    return archive.record_response(run_id=run_id, portal=extra.pop("portal", "haizhou"),
                                   url=url, status=200, body=body, role=role,
                                   headers={"Content-Type": "text/html; charset=gbk"}, **extra)


def test_archive_uses_wal(archive):
    assert archive.db.journal_mode == "wal"
    assert archive.db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL


def test_body_round_trips_compressed(archive):
    run = archive.start_run(["haizhou"])
    response_id = ok(archive, run, f"{HOST}/a.html", PAGE)
    row = archive.db.table("responses").get(response_id)
    stored = archive.db.table("bodies").get(row["sha256"])
    assert archive.body(row["sha256"]) == PAGE
    assert stored["codec"] == "zstd" and stored["size"] == len(PAGE) == row["body_size"]
    assert len(stored["data"]) < len(PAGE) / 10
    assert zstd.decompress(stored["data"]) == PAGE


def test_identical_refetch_stores_no_new_body(archive):
    run = archive.start_run()
    first = ok(archive, run, f"{HOST}/a.html", PAGE)
    second = ok(archive, run, f"{HOST}/a.html", PAGE)
    ok(archive, run, f"{HOST}/b.html", PAGE + b"<!-- changed -->")
    assert first != second
    assert archive.db.table("responses").count == 3
    assert archive.db.table("bodies").count == 2
    assert [r["fetches"] for r in archive.revisions(f"{HOST}/a.html")] == [2]


def test_failures_are_rows_without_body(archive):
    run = archive.start_run()
    failure = archive.record_failure(run_id=run, portal="haizhou", url=f"{HOST}/x.html",
                                     role="article", kind="timeout", error="timed out after 30s")
    row = archive.db.table("responses").get(failure)
    assert (row["status"], row["sha256"], row["kind"], row["error"]) == (
        None, None, "timeout", "timed out after 30s")
    assert archive.latest_ok(f"{HOST}/x.html") is None
    assert archive.db.table("bodies").count == 0


def test_unknown_kind_role_or_orphan_page_is_refused(archive):
    with pytest.raises(ArchiveError, match="kind"):
        archive.record_failure(run_id=None, portal="p", url="u", role="article", kind="oops",
                               error="e")
    with pytest.raises(ArchiveError, match="role"):
        ok(archive, None, "u", b"x", role="page")
    with pytest.raises(ArchiveError, match="article_url"):
        ok(archive, None, "u_1", b"x", role="article_page", page_no=2)
    assert archive.db.table("responses").count == 0


def test_latest_ok_gives_validators_of_the_newest_ok_response(archive):
    run = archive.start_run()
    url = f"{HOST}/a.html"
    archive.record_response(run_id=run, portal="p", url=url, status=200, body=b"v1",
                            role="article", headers={b"ETag": [b'"v1"']})
    newest = archive.record_response(
        run_id=run, portal="p", url=url, status=200, body=b"v2", role="article",
        headers={"etag": '"v2"', "Last-Modified": "Tue, 01 Apr 2025 00:00:00 GMT"})
    archive.record_response(run_id=run, portal="p", url=url, status=304, body=b"",
                            role="article", kind="not_modified")
    archive.record_failure(run_id=run, portal="p", url=url, role="article",
                           kind="server_error", status=502, error="bad gateway")
    latest = archive.latest_ok(url)
    assert latest["id"] == newest
    assert latest["etag"] == '"v2"'
    assert latest["last_modified"] == "Tue, 01 Apr 2025 00:00:00 GMT"
    assert archive.body(latest["sha256"]) == b"v2"
    assert [archive.body(r["sha256"]) for r in archive.revisions(url)] == [b"v1", b"v2"]


def test_runs_and_counts(archive):
    assert archive.latest_run() is None
    first = archive.start_run(["haizhou", "shishi"])
    ok(archive, first, f"{HOST}/a.html", b"a")
    ok(archive, first, f"{HOST}/index.html", b"l", role="listing", portal="shishi")
    archive.record_failure(run_id=first, portal="haizhou", url=f"{HOST}/b.html",
                           role="article", kind="blocked", status=412, error="JS challenge")
    archive.finish_run(first, {"articles": 1})
    second = archive.start_run(["haizhou"])
    ok(archive, second, f"{HOST}/c.html", b"c")
    counted = {(r["portal"], r["role"], r["kind"]): r["responses"]
               for r in archive.counts(run_id=first)}
    assert counted == {("haizhou", "article", "ok"): 1, ("haizhou", "article", "blocked"): 1,
                       ("shishi", "listing", "ok"): 1}
    assert sum(r["responses"] for r in archive.counts(portal="haizhou")) == 3
    record = archive.run(first)
    assert record["status"] == "finished" and record["stats"] == {"articles": 1}
    assert record["portals"] == ["haizhou", "shishi"]
    assert archive.run(second)["finished_at"] is None
    assert archive.latest_run() == archive.run(second)


def test_iter_articles_groups_newest_pages_and_attachments(archive):
    url, pdf = f"{HOST}/t1.html", f"{HOST}/P0201.pdf"
    run1 = archive.start_run()
    ok(archive, run1, url, b"p1-old", final_url="https://www.example.gov.cn/t1.html")
    ok(archive, run1, f"{HOST}/t1_2.html", b"p3", role="article_page", article_url=url,
       page_no=3)
    ok(archive, run1, f"{HOST}/t1_1.html", b"p2-old", role="article_page", article_url=url,
       page_no=2)
    ok(archive, run1, pdf, b"%PDF-1.4", role="attachment", article_url=url)
    old = archive.article_refs()[0]
    run2 = archive.start_run()
    newest = ok(archive, run2, url, b"p1-new", final_url="https://www.example.gov.cn/t1.html",
                title_hint="2024年法治政府建设年度报告")
    ok(archive, run2, f"{HOST}/t1_1.html", b"p2-new", role="article_page", article_url=url,
       page_no=2)
    archive.record_failure(run_id=run2, portal="haizhou", url=f"{HOST}/t1_2.html",
                           role="article_page", article_url=url, page_no=3, kind="timeout",
                           error="timeout")
    archive.record_failure(run_id=run2, portal="haizhou", url=f"{HOST}/gone.html",
                           role="article", kind="not_found", status=404, error="404")
    ok(archive, run2, f"{HOST}/index.html", b"listing", role="listing")

    [article] = list(archive.iter_articles())
    # stored under the page's final address (its newest fetch was redirected to https)
    assert article.url == "https://www.example.gov.cn/t1.html" and article.response_id == newest
    assert article.pages == [b"p1-new", b"p2-new", b"p3"]
    assert article.page_urls == ["https://www.example.gov.cn/t1.html", f"{HOST}/t1_1.html",
                                 f"{HOST}/t1_2.html"]
    assert article.attachments == {pdf: b"%PDF-1.4"}
    assert article.content_type == "text/html; charset=gbk"
    assert article.title_hint == "2024年法治政府建设年度报告"
    assert article.revision != old.revision
    [same] = archive.iter_articles(urls=[url])   # the crawl's per-item lookup
    assert same == article


def test_iter_articles_filters_by_portal_and_url(archive):
    run = archive.start_run()
    ok(archive, run, f"{HOST}/a.html", b"a", portal="haizhou")
    ok(archive, run, "http://sfj.example.gov.cn/b.html", b"b", portal="haizhou_sfj")
    assert [a.url for a in archive.iter_articles(portal="haizhou_sfj")] == [
        "http://sfj.example.gov.cn/b.html"]
    assert [a.url for a in archive.iter_articles(urls=[f"{HOST}/a.html"])] == [f"{HOST}/a.html"]
    assert len(list(archive.iter_articles())) == 2


def test_body_of_unknown_sha_is_an_archive_error(archive):
    with pytest.raises(ArchiveError):
        archive.body("0" * 64)


WRITER = """
import sys
from db.archive.store import Archive
archive = Archive(sys.argv[1])
run = archive.start_run(["p"])
i = 0
while True:
    i += 1
    archive.record_response(run_id=run, portal="p", url=f"http://h/{i}.html", status=200,
                            body=(f"<p>{i}</p>" * 500).encode(), role="article")
"""


def test_kill_9_mid_crawl_leaves_only_whole_rows(tmp_path):
    path = tmp_path / "archive.db"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)],
                              cwd=Path(__file__).resolve().parents[2])
    try:
        _wait_for_rows(path, 50)
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
    with Archive(path) as archive:
        assert archive.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = archive.db.execute(
            "SELECT COUNT(*) FROM responses r LEFT JOIN bodies b ON b.sha256 = r.sha256 "
            "WHERE b.sha256 IS NULL").fetchone()[0]
        assert orphans == 0
        responses = archive.db.table("responses").count
        assert responses >= 50 and archive.db.table("bodies").count == responses
        for article in archive.iter_articles():
            assert article.pages[0].startswith(b"<p>")


def _wait_for_rows(path: Path, wanted: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with closing(sqlite3.connect(path)) as conn:
                if conn.execute("SELECT COUNT(*) FROM responses").fetchone()[0] >= wanted:
                    return
        except sqlite3.OperationalError:
            pass   # not created yet
        time.sleep(0.05)
    raise AssertionError("the writer did not record responses in time")
