"""db/archive/merge.py copies every column the archive has (read from the table), so a merged
archive keeps the listing evidence (title_hint, listing_date, listing_url) the cleaning hints
come from; a run's pid (a process on the node that crawled) is not copied."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db.archive.merge import merge_archives
from db.archive.store import Archive

ARTICLE = "http://www.nanhe.gov.cn/uploadfile/2025/0120/P1.pdf"
LISTING = "http://www.nanhe.gov.cn/zwgk/fzzfjs/list_2.html"


def test_merged_articles_keep_their_listing_evidence(tmp_path: Path) -> None:
    node = tmp_path / "node.db"
    with Archive(node) as archive:
        run = archive.start_run(["nanhe"])
        archive.record_response(run_id=run, portal="nanhe", url=ARTICLE, status=200,
                                body=b"%PDF-1.4", role="article",
                                title_hint="南河县2024年度法治政府建设情况报告",
                                listing_date="2025-01-20", listing_url=LISTING)
        archive.finish_run(run, {"responses": 1})
    target = tmp_path / "merged.db"
    merge_archives(target, [node])
    with Archive(target) as archive:
        [article] = archive.iter_articles()
    assert (article.title_hint, article.listing_date, article.listing_url) == (
        "南河县2024年度法治政府建设情况报告", "2025-01-20", LISTING)
    with sqlite3.connect(target) as db:
        assert db.execute("SELECT pid FROM crawl_runs").fetchall() == [(None,)]
