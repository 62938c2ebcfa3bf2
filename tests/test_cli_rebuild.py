"""`fazhi rebuild` says what it skipped: pages over the cleaning time budget are not 'not
reports' and were hidden in its one line (\"1 skipped (0 unreadable)\"). Real archive, real
cleaning, real SQLite."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from db.archive.store import Archive
from fazhi.cli import main

URL = "http://www.haizhou.gov.cn/art/2025/3/24/art_1_2.html"
PAGE = ("<html><head><title>海州区2024年度法治政府建设情况报告</title></head><body>"
        "<div id='zoom'><p>2024年，我区坚持依法行政。</p><p>一、主要举措和成效</p>"
        "<p>办理行政复议案件120件。</p></div></body></html>").encode()


def test_a_rebuild_names_the_pages_over_its_cleaning_budget(tmp_path: Path) -> None:
    with Archive(tmp_path / "archive.db") as archive:
        archive.record_response(run_id=None, portal="haizhou", status=200, body=PAGE, url=URL,
                                role="article",
                                headers={"Content-Type": "text/html; charset=utf-8"})
    result = CliRunner().invoke(main, ["rebuild", "--data-dir", str(tmp_path), "--quiet",
                                       "--workers", "1", "--page-timeout", "0.0001"])
    assert result.exit_code == 0, result.output
    first, second = result.output.strip().splitlines()
    assert "1 archived articles → 0 reports, 1 skipped (0 unreadable, 1 over the cleaning " \
           "time budget)" in first, first
    assert second == ("those are skipped as cleaning_timeout: `fazhi stats` lists them; a "
                      "longer --page-timeout may clean them")
    result = CliRunner().invoke(main, ["rebuild", "--data-dir", str(tmp_path), "--quiet",
                                       "--workers", "1"])
    assert result.exit_code == 0 and "→ 1 reports, 0 skipped (0 unreadable) in " in \
        result.output and "cleaning_timeout" not in result.output, result.output
