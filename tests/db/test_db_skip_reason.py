"""The reason a page was skipped reads once: a title the cleaner can name (解读) says so; a plain
"not a report" is not followed by its own words again ("not a report: not_a_report")."""

from __future__ import annotations

from cleaning import clean
from db.corpus.ingest import Cleaned, skip_reason

URL = "http://www.example.gov.cn/zwgk/2025/0301/1.html"


def skipped(title: str) -> str:
    page = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='TRS_Editor'><p>{title}。请各单位结合实际认真抓好落实，按时报送工作进展。"
            "</p></div></body></html>").encode()
    document = clean([page], URL)
    assert not document.is_report
    return skip_reason(Cleaned(url=URL, portal="example", title_hint=title, response_id=1,
                               sha256="0" * 64, revision="1", fetched_at="2025-03-01T00:00:00",
                               document=document))


def test_a_plain_not_a_report_reason_is_said_once() -> None:
    assert skipped("我区召开法治政府建设工作会议") == "not a report"


def test_a_named_kind_is_kept() -> None:
    reason = skipped("《某区2024年度法治政府建设情况报告》解读")
    assert reason.startswith("not a report: ") and "not_a_report" not in reason
