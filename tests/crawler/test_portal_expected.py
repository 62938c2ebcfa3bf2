"""fazhi/portal_expected.py: the expected.json check on crawl facts written here (no crawl)."""

from __future__ import annotations

import json
from pathlib import Path

from fazhi.portal_expected import CrawlFacts, check_portal, load_expected

LINK = "http://sfj.a.gov.cn/contents/37/9816.html"
FINAL = "http://sfj.a.gov.cn/fzzfjs/ndbg/2024/0118/9816.html"


def test_a_report_behind_a_redirect_counts_under_its_final_url(tmp_path: Path) -> None:
    # The document URL policy stores a report reached through a 302 under where it ended.
    folder = tmp_path / "a_sfj"
    folder.mkdir()
    (folder / "expected.json").write_text(json.dumps({"reports": [
        {"url": LINK, "year": 2023, "final_url": FINAL}]}), "utf-8")
    expected = load_expected(folder)
    stored = CrawlFacts(documents={FINAL: {"year": 2023, "title": "t"}}, articles={LINK: 1})
    score = check_portal(expected, stored)
    assert (score.collected, score.extras, score.problems) == (1, 0, [])
    elsewhere = CrawlFacts(documents={FINAL.replace("9816", "9817"): {"year": 2023, "title": "t"}})
    score = check_portal(expected, elsewhere)
    assert (score.collected, score.extras) == (0, 1)


def expected_portal(tmp_path: Path, body: dict):
    folder = tmp_path / "a_sfj"
    folder.mkdir()
    (folder / "expected.json").write_text(json.dumps(body), "utf-8")
    return load_expected(folder)


COPY = "http://sfj.a.gov.cn/gzdt/202401/t20240125_9820.html"


def test_a_report_published_twice_counts_once_at_its_canonical_url(tmp_path: Path) -> None:
    # The corpus links the second publication to the first (duplicate_of): not an extra.
    expected = expected_portal(tmp_path, {"reports": [{"url": FINAL, "year": 2023}]})
    documents = {FINAL: {"year": 2023, "title": "t"}, COPY: {"year": 2023, "title": "t"}}
    linked = CrawlFacts(documents=documents, articles={FINAL: 1, COPY: 1}, portal="a_sfj",
                        copy_of={COPY: (FINAL, "a_sfj")})
    score = check_portal(expected, linked)
    assert (score.collected, score.extras, score.problems) == (1, 0, [])
    # Unlinked, the copy is a second report.
    score = check_portal(expected, CrawlFacts(documents=documents, portal="a_sfj"))
    assert (score.collected, score.extras) == (1, 1)
    # Linked the wrong way round: the expected report is counted at the copy's URL.
    reversed_link = CrawlFacts(documents=documents, articles={FINAL: 1, COPY: 1},
                               portal="a_sfj", copy_of={FINAL: (COPY, "a_sfj")})
    score = check_portal(expected, reversed_link)
    assert (score.collected, score.extras) == (0, 1)
    assert score.problems[0].startswith(f"missed: {FINAL} stored as a copy of {COPY}")


def test_a_report_copied_from_another_portal_still_counts_on_this_one(tmp_path: Path) -> None:
    # A 司法局 republishing its city's report: linked to the city's copy, collected here.
    expected = expected_portal(tmp_path, {"reports": [{"url": FINAL, "year": 2023}]})
    facts = CrawlFacts(documents={FINAL: {"year": 2023, "title": "t"}}, articles={FINAL: 1},
                       portal="a_sfj", copy_of={FINAL: ("http://www.a.gov.cn/1.html", "a")})
    assert check_portal(expected, facts).problems == []


def test_an_overdue_portal_does_not_make_a_failed_fetch_loud(tmp_path: Path) -> None:
    # Overdue is the calendar's verdict: it names no 404, so the failure is not reported.
    expected = expected_portal(tmp_path, {"reports": [], "failures": [
        {"url": LINK, "why": "404"}]})
    for status, named in (("ok", 0), ("overdue", 0), ("report_not_fetched", 1)):
        facts = CrawlFacts(failed={LINK: {"not_found"}}, status=status, portal="a_sfj")
        assert check_portal(expected, facts).failures_named == named, status


def test_a_report_stored_with_no_text_is_not_collected(tmp_path: Path) -> None:
    # A viewer page stored without its file's text held a document row and nothing else.
    expected = expected_portal(tmp_path, {"reports": [{"url": FINAL, "year": 2023}]})
    empty = CrawlFacts(documents={FINAL: {"year": 2023, "title": "t", "chars": 0}},
                       articles={FINAL: 1})
    score = check_portal(expected, empty)
    assert score.collected == 0 and f"missed: {FINAL} stored with no text" in score.problems
    read = CrawlFacts(documents={FINAL: {"year": 2023, "title": "t", "chars": 900}},
                      articles={FINAL: 1})
    assert check_portal(expected, read).collected == 1
