"""Merging archives of several crawl nodes: shared responses once, every revision kept."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from db.archive.merge import merge_archives
from db.archive.store import Archive, ArchiveError
from db.corpus.rebuild import rebuild

ARTICLE = "http://www.nanhe.gov.cn/zwgk/fzzfjs/202501/t20250120_1.html"
LISTING = "http://www.nanhe.gov.cn/zwgk/fzzfjs/index.html"
REVISION_1 = "<html><body>南河县2024年度法治政府建设情况报告 第一稿</body></html>".encode()
REVISION_2 = "<html><body>南河县2024年度法治政府建设情况报告 更正稿</body></html>".encode()
LISTING_PAGE = "<html><body><a href='t.html'>报告</a></body></html>".encode()


def node_archive(path: Path, pages: list[tuple[str, str, bytes | None, str]]) -> Path:
    """An archive of one node: (url, role, body or None for a timeout, fetched_at)."""
    with Archive(path) as archive:
        run = archive.start_run(["nanhe"])
        for url, role, body, fetched_at in pages:
            if body is None:
                archive.record_failure(run_id=run, portal="nanhe", url=url, role=role,
                                       kind="timeout", error="timed out", fetched_at=fetched_at)
            else:
                archive.record_response(run_id=run, portal="nanhe", url=url, status=200,
                                        body=body, role=role, fetched_at=fetched_at,
                                        headers={"Content-Type": "text/html"})
        archive.finish_run(run, {"responses": len(pages)})
    return path


def responses(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT url, fetched_at, sha256, status, kind FROM responses "
                            "ORDER BY id").fetchall()


@pytest.fixture
def nodes(tmp_path):
    shared = (LISTING, "listing", LISTING_PAGE, "2025-01-20T08:00:00+00:00")
    first = node_archive(tmp_path / "node1.db", [
        shared, (ARTICLE, "article", REVISION_1, "2025-01-20T08:00:05+00:00")])
    second = node_archive(tmp_path / "node2.db", [
        shared, (ARTICLE, "article", REVISION_2, "2025-02-01T09:00:00+00:00"),
        (ARTICLE.replace("_1", "_2"), "article", None, "2025-02-01T09:00:09+00:00")])
    return first, second


def test_merged_archive_has_each_response_once_and_both_revisions(tmp_path, nodes):
    target = tmp_path / "merged.db"
    stats = merge_archives(target, list(nodes))
    merged = responses(target)
    assert len(merged) == len(set(merged)) == 4
    assert set(merged) == set(responses(nodes[0])) | set(responses(nodes[1]))
    assert (stats.responses_copied, stats.responses_skipped, stats.runs_copied) == (4, 1, 2)
    with Archive(target) as archive:
        shas = [rev["sha256"] for rev in archive.revisions(ARTICLE)]
        assert shas == [hashlib.sha256(body).hexdigest() for body in (REVISION_1, REVISION_2)]
        assert archive.body(shas[0]) == REVISION_1 and archive.body(shas[1]) == REVISION_2
        assert archive.latest_ok(ARTICLE)["sha256"] == shas[1]


def test_newest_revision_wins_whatever_the_order_of_the_sources(tmp_path, nodes):
    target = tmp_path / "merged.db"
    merge_archives(target, list(nodes)[::-1])
    with Archive(target) as archive:
        [article] = [a for a in archive.iter_articles() if a.url == ARTICLE]
        assert article.pages == [REVISION_2]


def test_runs_are_copied_with_new_ids_and_their_origin(tmp_path, nodes):
    target = tmp_path / "merged.db"
    with Archive(target) as archive:   # the target already has a run of its own
        archive.finish_run(archive.start_run(["other"]), {})
    merge_archives(target, list(nodes))
    with sqlite3.connect(target) as conn:
        runs = conn.execute("SELECT id, origin, stats FROM crawl_runs ORDER BY id").fetchall()
        used = {run for (run,) in conn.execute("SELECT DISTINCT run_id FROM responses")}
    assert [run_id for run_id, _, _ in runs] == [1, 2, 3] and used == {2, 3}
    origins = [json.loads(origin) for _, origin, _ in runs[1:]]
    assert {(o["via"], Path(o["source"]).name, o["run_id"]) for o in origins} == {
        ("merge", "node1.db", 1), ("merge", "node2.db", 1)}
    assert runs[0][1] is None and json.loads(runs[1][2])["responses"] in (2, 3)


def test_merging_again_copies_nothing_and_leaves_the_sources_unchanged(tmp_path, nodes):
    target = tmp_path / "merged.db"
    digests = [hashlib.sha256(path.read_bytes()).hexdigest() for path in nodes]
    merge_archives(target, list(nodes))
    before = responses(target)
    again = merge_archives(target, list(nodes))
    assert (again.responses_copied, again.runs_copied, again.bodies_copied) == (0, 0, 0)
    assert again.responses_skipped == 5 and responses(target) == before
    assert [hashlib.sha256(path.read_bytes()).hexdigest() for path in nodes] == digests


def test_a_real_crawl_merged_into_an_empty_archive_rebuilds_the_same_corpus(tmp_path,
                                                                            demo_data):
    target = tmp_path / "merged.db"
    merge_archives(target, [demo_data / "archive.db"])
    assert sorted(responses(target)) == sorted(responses(demo_data / "archive.db"))
    rebuild(target, tmp_path / "corpus.db", workers=1, progress=False)
    query = "SELECT url, title, report_year, text FROM documents ORDER BY url"
    with sqlite3.connect(tmp_path / "corpus.db") as new, \
            sqlite3.connect(demo_data / "corpus.db") as old:
        assert new.execute(query).fetchall() == old.execute(query).fetchall()


def test_an_archive_is_not_merged_into_itself(nodes):
    with pytest.raises(ArchiveError, match="itself"):
        merge_archives(nodes[0], [nodes[0]])
