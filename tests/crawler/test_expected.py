"""Overdue reports: `missing_year` on fixed dates, `expected_missing` over a corpus, and a real
crawl of a portal whose newest report was taken down (the crawl then fails, naming it)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from cleaning.document import Document
from crawler.expected import (
    PUBLICATION_DEADLINE,
    TODAY_ENV,
    expected_missing,
    judging_date,
    missing_year,
)
from db.corpus.store import Corpus
from tests.crawler.crawl_helpers import Entry, run_crawl, write_entry, write_site

AFTER_DEADLINE = date(2025, 6, 1)
ON_DEADLINE = date(2025, *PUBLICATION_DEADLINE)
BEFORE_DEADLINE = date(2025, 3, 31)


@pytest.mark.parametrize(("years", "today", "missing"), [
    ({2022, 2023}, AFTER_DEADLINE, 2024),            # two years running, then nothing
    ({2020, 2021, 2022, 2023}, ON_DEADLINE, 2024),   # the deadline day itself counts
    ({2020, 2021, 2022, 2023}, BEFORE_DEADLINE, None),  # still the publication quarter
    ({2022, 2023, 2024}, AFTER_DEADLINE, None),      # last year's is there
    ({2023}, AFTER_DEADLINE, None),                  # one year is no habit yet
    ({2020, 2021, 2023}, AFTER_DEADLINE, None),      # a gap: an irregular publisher
    ({2021, 2022}, AFTER_DEADLINE, None),            # stopped two years ago: not "last year"
    (set(), AFTER_DEADLINE, None),
])
def test_missing_year(years: set[int], today: date, missing: int | None) -> None:
    assert missing_year(years, today) == missing


def add_report(corpus: Corpus, portal: str, year: int) -> None:
    doc = Document(title=f"{portal}{year}年法治政府建设年度报告", report_year=year,
                   is_report=True, text="一、主要举措和成效")
    corpus.upsert_document(doc, url=f"http://www.{portal}.gov.cn/{year}.html", portal=portal,
                           response_id=None, sha256=None, fetched_at=None)


def test_the_judging_date_is_given_else_taken_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv(TODAY_ENV, "2025-03-31")
    assert judging_date() == BEFORE_DEADLINE
    assert judging_date(AFTER_DEADLINE) == AFTER_DEADLINE
    monkeypatch.setenv(TODAY_ENV, "March")
    assert judging_date() == date.today()
    monkeypatch.delenv(TODAY_ENV)
    assert judging_date() == date.today()


def test_saved_portals_are_never_overdue_with_the_calendar(tmp_path: Path) -> None:
    """The suite judges on a fixed date (tests/conftest.py): a portal whose reports run up to
    2024, like the saved qinglan and gs_slt, is not overdue, whatever the real date."""
    with Corpus(tmp_path / "corpus.db") as corpus:
        for year in range(2019, 2025):
            add_report(corpus, "qinglan", year)
    assert expected_missing(tmp_path / "corpus.db", ["qinglan"]) == []
    assert expected_missing(tmp_path / "corpus.db", ["qinglan"], AFTER_DEADLINE) == []
    assert expected_missing(tmp_path / "corpus.db", ["qinglan"], date(2026, 6, 1)) == [
        ("qinglan", 2025)]


def test_expected_missing_over_a_corpus(tmp_path: Path) -> None:
    with Corpus(tmp_path / "corpus.db") as corpus:
        for year in (2021, 2022, 2023):
            add_report(corpus, "jia", year)              # overdue 2024
        for year in (2022, 2023, 2024):
            add_report(corpus, "yi", year)               # up to date
        add_report(corpus, "bing", 2023)                 # one year only
        add_report(corpus, "ding", 2022)
        add_report(corpus, "ding", 2023)
    portals = ["jia", "yi", "bing", "wu"]                # wu: no report at all
    path = tmp_path / "corpus.db"
    assert expected_missing(path, portals, AFTER_DEADLINE) == [("jia", 2024)]
    assert expected_missing(path, portals, BEFORE_DEADLINE) == []
    assert expected_missing(path, ["ding"], AFTER_DEADLINE) == [("ding", 2024)]
    # A year later the question is 2025: yi is now the one behind, jia's habit is broken.
    assert expected_missing(path, [*portals, "ding"], date(2026, 5, 1)) == [("yi", 2025)]
    assert expected_missing(tmp_path / "none.db", portals, AFTER_DEADLINE) == []


HOST = "www.anshi.gov.cn"
ANSHI = Entry(name="按时区人民政府", division_code="320199", level="district", province="江苏省")
REPORTS = {2024: "r2024.html", 2023: "r2023.html", 2022: "r2022.html"}
PAGE = ("<html><head><meta charset='utf-8'></head><body><div class='content'><h1>{title}</h1>"
        "<p>区委：</p><p>{year}年，我区扎实推进法治政府建设。</p><p>一、主要举措和成效</p>"
        "<p>推进行政复议体制改革。</p><p>二、存在的不足</p><p>执法规范化水平有待提升。</p>"
        "</div></body></html>")


def title(year: int) -> str:
    return f"按时区{year}年法治政府建设年度报告"


def build_site(sites: Path, years: list[int]) -> None:
    items = [(REPORTS[year], title(year)) for year in years] + [("n.html", "按时区召开常务会议")]
    lis = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in items)
    write_site(sites, HOST, {
        "fzzf/list.html": f"<html><body><ul class='list'>{lis}</ul></body></html>",
        **{f"fzzf/{REPORTS[year]}": PAGE.format(title=title(year), year=year) for year in years}})


def test_a_crawl_fails_when_the_newest_report_was_taken_down(tmp_path: Path) -> None:
    write_entry(tmp_path / "portals", "anshi", [f"http://{HOST}/fzzf/list.html"], ANSHI)
    build_site(tmp_path / "full", [2024, 2023, 2022])
    full = run_crawl(tmp_path / "data-full", tmp_path / "full", [tmp_path / "portals"],
                     ["anshi"], "--today", AFTER_DEADLINE.isoformat())
    assert full.returncode == 0, full.log[-2000:]
    assert full.portal("anshi")["missing_years"] == []
    # The same portal a year on, with its newest report gone from the column.
    shutil.copytree(tmp_path / "full", tmp_path / "taken-down")
    shutil.rmtree(tmp_path / "taken-down" / HOST)
    build_site(tmp_path / "taken-down", [2023, 2022])
    down = run_crawl(tmp_path / "data-down", tmp_path / "taken-down", [tmp_path / "portals"],
                     ["anshi"], "--today", AFTER_DEADLINE.isoformat())
    assert down.portal("anshi")["missing_years"] == [2024]
    assert down.portal("anshi")["empty"] is False        # the crawl itself went fine
    assert down.returncode == 1
    assert "anshi: no report on 2024 found" in down.log
    # Judged before the deadline, the same corpus is in order.
    assert expected_missing(tmp_path / "data-down" / "corpus.db", ["anshi"],
                            BEFORE_DEADLINE) == []
