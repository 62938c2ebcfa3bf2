"""Every section knows the category of the level-1 part it belongs to."""

from __future__ import annotations

import sqlite3

from cleaning.document import Document, Section
from db.corpus.search import search
from db.corpus.store import Corpus


def report(url: str) -> Document:
    return Document(title="某县2024年度法治政府建设情况报告", report_year=2024, is_report=True,
                    text="…", sections=[
                        Section(1, "一", "主要举措和成效", "measures", "加强行政复议规范化建设。"),
                        Section(2, "一", "深化复议体制改革", None, "行政复议案件集中办理。"),
                        Section(1, "二", "存在的不足和下一步打算", ["shortcomings", "plans"],
                                "不足。"),
                        Section(3, "1", "复议人员不足", None, "复议人员力量薄弱。"),
                    ])


def test_sections_store_their_part_and_category_search_uses_it(tmp_path):
    path = tmp_path / "corpus.db"
    with Corpus(path) as corpus:
        corpus.upsert_document(report("http://x.gov.cn/1.html"), url="http://x.gov.cn/1.html",
                               portal="x", response_id=1, sha256="a", fetched_at="2025-01-01")
    with sqlite3.connect(path) as conn:
        parts = conn.execute("SELECT level, category, part FROM sections ORDER BY ordinal")
        assert parts.fetchall() == [(1, "measures", "measures"), (2, None, "measures"),
                                    (1, "shortcomings,plans", "shortcomings,plans"),
                                    (3, None, "shortcomings,plans")]
    headings = [hit.heading for hit in search(path, "复议", category="plans")]
    assert headings == ["复议人员不足"]
    measures = {hit.heading for hit in search(path, "复议", category="measures")}
    assert measures == {"主要举措和成效", "深化复议体制改革"}
