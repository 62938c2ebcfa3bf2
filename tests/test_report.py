"""What `fazhi crawl` decides and prints from a crawl's per-portal summaries."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from fazhi import report


@dataclass
class Result:
    run_id: int = 7
    archive: str = "data/archive.db"
    corpus: str = "data/corpus.db"
    portals: dict = field(default_factory=dict)


OK = {"requests": 5, "responses": {"ok": 4}, "reports_found": 1, "finish_reason": "finished"}


@pytest.mark.parametrize("summary, status", [
    (OK, "ok"),
    ({**OK, "empty": True}, "empty"),
    ({**OK, "error": "could not start"}, "error"),
    ({**OK, "finish_reason": "shutdown"}, "interrupted"),
    ({**OK, "problems": [{"kind": "listing_incomplete", "url": "http://a/list.html",
                          "detail": "declared 30 records on 3 pages; fetched 1 pages"}]},
     "listing_incomplete"),
    ({**OK, "missing_years": [2025]}, "overdue"),
    ({**OK, "blocked": 2, "failures": 1}, "ok"),   # a blocked article alone is no portal failure
])
def test_portal_status(summary, status):
    assert report.portal_status(summary) == status


def test_a_failed_portal_fails_the_crawl_and_is_named(capsys):
    result = Result(portals={"good": OK, "late": {**OK, "missing_years": [2025]}})
    assert report.crawl_failed(result)
    assert not report.crawl_failed(Result(portals={"good": OK}))
    report.print_crawl(result)
    out, err = capsys.readouterr()
    assert "FAILED late: overdue — no report about 2025" in err and "good" not in err
    assert report.crawl_record(result)["failed_portals"] == ["late"]
    table_rows = [line.split() for line in out.splitlines() if line.startswith(("good", "late"))]
    assert [row[-1] for row in table_rows] == ["ok", "overdue"]


def test_every_problem_is_named_with_its_numbers(capsys):
    problems = [{"kind": "report_not_fetched", "url": "http://a/r.html", "detail": "2024年报告"},
                {"kind": "column_empty", "url": "http://a/list.html", "detail": "9 items"}]
    result = Result(portals={"holey": {**OK, "problems": problems}})
    assert report.crawl_failed(result)
    report.print_crawl(result)
    err = capsys.readouterr().err
    assert "FAILED holey: report_not_fetched — 2024年报告 <http://a/r.html>" in err
    assert "FAILED holey: column_empty — 9 items <http://a/list.html>" in err


def test_columns_add_up_to_requests():
    summary = {**OK, "requests": 9, "responses": {"ok": 4, "not_modified": 1, "blocked": 1,
                                                  "not_found": 2}, "blocked": 1, "failures": 2,
               "robots": {"not_found": 1}}
    row = dict(zip(report.CRAWL_COLUMNS, report.crawl_rows(Result(portals={"p": summary}))[0],
                   strict=True))
    parts = ("ok", "unchanged", "blocked", "failed", "robots")
    assert row["requests"] == sum(row[name] for name in parts) == 9


def test_table_aligns_wide_characters():
    lines = report.table(("portal", "n"), [("海州区", 1), ("ab", 22)]).splitlines()
    # 海州区 is six columns wide on a terminal: the numbers start in the same column.
    assert report._width(lines[2][:lines[2].index("1")]) == lines[3].index("22") == 8
