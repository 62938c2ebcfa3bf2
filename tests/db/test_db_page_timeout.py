"""The cleaning time budget: a page over it is a skipped `cleaning_timeout` row, counted and
listed by `fazhi stats`, and the rebuild carries on with the rest. Real cleaner, real page."""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Iterator

import pytest

import cleaning
from cleaning.patterns import TRAFILATURA_MAX_LINES
from db.archive.store import Archive
from db.corpus.ingest import (
    PAGE_TIMEOUT_ENV,
    TIMEOUT_REASON,
    CleaningTimeout,
    page_timeout,
    time_budget,
)
from db.corpus.quality import cleaning_warnings
from db.corpus.rebuild import rebuild, update
from db.corpus.stats import totals
from db.corpus.store import Corpus

TITLE = "海州区2024年度法治政府建设情况报告"
SMALL_URL, HUGE_URL = "http://www.haizhou.gov.cn/t1.html", "http://www.haizhou.gov.cn/t2.html"
BUDGET = 0.2        # seconds (wall): the small page cleans in ~5 ms, the huge one in ~0.8 s
                    # of CPU (2026-12); wide both ways, so a loaded machine does not flip it
# Distinct paragraphs, just under the line count past which trafilatura is skipped: more lines
# would make the page cheaper, not dearer.
HUGE_PARAGRAPHS = TRAFILATURA_MAX_LINES - 2_000


def page(paragraphs: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<h1>{TITLE}</h1><div class='TRS_Editor'>{paragraphs}</div></body></html>").encode()


SMALL = page("<p>2024年，我区坚持依法行政，全面推进法治政府建设。</p>"
             "<p>一、推进法治政府建设的主要举措和成效</p><p>办理行政复议案件120件。</p>"
             "<p>二、存在的不足和原因</p><p>执法人员素质有待提高。</p>")
HUGE = page("".join(f"<p>本年度我区持续推进行政执法规范化建设，办理行政复议案件{number}件。</p>"
                    for number in range(HUGE_PARAGRAPHS)))


@pytest.fixture
def archive_with_a_huge_page(tmp_path):
    cleaning.clean([SMALL], SMALL_URL)   # the cleaner's first call imports it: not in a budget
    path = tmp_path / "archive.db"
    with Archive(path) as archive:
        for url, body in ((SMALL_URL, SMALL), (HUGE_URL, HUGE)):
            archive.record_response(run_id=None, portal="haizhou", status=200, body=body,
                                    url=url, role="article",
                                    headers={"Content-Type": "text/html; charset=utf-8"})
    return path


@pytest.mark.parametrize("workers", [1, 2])
def test_a_page_over_its_budget_is_skipped_as_cleaning_timeout_and_the_rest_is_stored(
        archive_with_a_huge_page, tmp_path, workers):
    corpus = tmp_path / "corpus.db"
    stats = rebuild(archive_with_a_huge_page, corpus, workers=workers, progress=False,
                    page_timeout=BUDGET)
    assert (stats.articles, stats.documents, stats.timed_out, stats.unreadable) == (2, 1, 1, 0)
    with Corpus(corpus) as opened:
        [skipped] = opened.db.query("SELECT url, title, reason FROM skipped")
        [document] = opened.db.query("SELECT url FROM documents")
    assert skipped["url"] == HUGE_URL and document["url"] == SMALL_URL
    assert skipped["reason"] == f"{TIMEOUT_REASON}: over {BUDGET:g} s"
    assert totals(corpus)["skipped_by_reason"] == {TIMEOUT_REASON: 1}
    assert [row["url"] for row in cleaning_warnings(corpus)[TIMEOUT_REASON]] == [HUGE_URL]


def test_update_takes_the_budget_from_the_environment(archive_with_a_huge_page, tmp_path,
                                                     monkeypatch):
    monkeypatch.setenv(PAGE_TIMEOUT_ENV, str(BUDGET))
    stats = update(archive_with_a_huge_page, tmp_path / "corpus.db")
    assert (stats.documents, stats.skipped, stats.timed_out) == (1, 1, 1)


def test_the_budget_setting(monkeypatch):
    monkeypatch.delenv(PAGE_TIMEOUT_ENV, raising=False)
    assert page_timeout() == 30.0 and page_timeout(0.5) == 0.5
    monkeypatch.setenv(PAGE_TIMEOUT_ENV, "12")
    assert page_timeout() == 12.0
    monkeypatch.setenv(PAGE_TIMEOUT_ENV, "soon")
    with pytest.raises(ValueError, match=PAGE_TIMEOUT_ENV):
        page_timeout()


def test_fazhi_rebuild_page_timeout_option(archive_with_a_huge_page, monkeypatch):
    from click.testing import CliRunner

    from fazhi.cli import main

    data = archive_with_a_huge_page.parent
    monkeypatch.setenv(PAGE_TIMEOUT_ENV, "600")   # the option wins over the environment
    done = CliRunner().invoke(main, ["rebuild", "--data-dir", str(data), "--quiet",
                                     "--workers", "1", "--page-timeout", str(BUDGET)])
    assert done.exit_code == 0, done.output
    with Corpus(data / "corpus.db") as opened:
        skipped = [tuple(row.values())
                   for row in opened.db.query("SELECT url, reason FROM skipped")]
        documents = [row["url"] for row in opened.db.query("SELECT url FROM documents")]
    assert skipped == [(HUGE_URL, f"{TIMEOUT_REASON}: over {BUDGET:g} s")], (documents, done.output)


@pytest.mark.parametrize(("option", "environment", "message"), [
    (["--page-timeout", "-1"], "30", "is not in the range x>=0"),
    ([], "soon", f"{PAGE_TIMEOUT_ENV} must be a number of seconds"),
])
def test_a_bad_page_timeout_is_one_line_and_nothing_is_written(
        archive_with_a_huge_page, monkeypatch, option, environment, message):
    from click.testing import CliRunner

    from fazhi.cli import main

    data = archive_with_a_huge_page.parent
    monkeypatch.setenv(PAGE_TIMEOUT_ENV, environment)
    done = CliRunner().invoke(main, ["rebuild", "--data-dir", str(data), "--quiet", *option])
    assert done.exit_code == (2 if option else 1)   # click usage error, ClickException
    assert message in done.output and "Traceback" not in done.output
    assert not (data / "corpus.db").exists()


@contextlib.contextmanager
def alarm_lands_in_a_gc_callback() -> Iterator[None]:
    """Python ignores an exception raised in a gc callback (hypothesis installs one): a
    callback that outlives the budget makes the alarm land where it is swallowed."""
    def slow_callback(phase: str, info: dict) -> None:
        if phase == "start":
            end = time.monotonic() + 0.3
            while time.monotonic() < end:
                pass

    gc.callbacks.append(slow_callback)
    try:
        yield
    finally:
        gc.callbacks.remove(slow_callback)


def test_a_timeout_raised_inside_a_gc_callback_still_ends_the_block():
    """The alarm must still end the page, not let it run on to be stored as cleaned."""
    with alarm_lands_in_a_gc_callback(), pytest.raises(CleaningTimeout), time_budget(0.05):
        gc.collect()


def test_a_swallowed_timeout_followed_by_another_failure_is_still_a_timeout():
    """The alarm lands where Python ignores it, then the page fails some other way: the page is
    over its budget, and says so (not a cleaning error, not a document)."""
    with alarm_lands_in_a_gc_callback(), pytest.raises(CleaningTimeout) as raised, \
            time_budget(0.05):
        gc.collect()
        raise ValueError("the parser gave up")
    assert isinstance(raised.value.__cause__, ValueError)


def test_an_alarm_landing_in_the_exit_leaves_a_generator_closed_quietly():
    """The alarm lands after the block, inside contextlib's __exit__ before it resumes the
    generator: the page is a timeout all the same, and the suspended generator, closed later
    by the gc, must not raise (a rebuild at --page-timeout 0.005 printed "Exception ignored
    in: <generator object time_budget>" and a traceback between its lines)."""
    budget = time_budget(0.05)
    budget.__enter__()
    with pytest.raises(CleaningTimeout):
        time.sleep(0.3)   # the alarm: raised here, where no __exit__ follows
    budget.gen.close()    # what the gc does: no CleaningTimeout out of the close


def test_a_block_that_outlives_its_budget_without_the_alarm_running_is_a_timeout():
    with pytest.raises(CleaningTimeout), time_budget(0.05):
        time.sleep(0.2)   # the handler raises right after the sleep: either way, a timeout
    with time_budget(5):
        time.sleep(0.01)  # within budget: nothing raised


def test_a_page_that_ran_on_past_a_swallowed_alarm_keeps_no_document(monkeypatch):
    """The alarm lands where Python ignores it and the cleaning finishes: the budget raises on
    leaving the block, and the document made over budget must not be stored (it was, whenever
    hypothesis's gc callback had been installed by an earlier test)."""
    from db.archive.articles import ArchivedArticle
    from db.corpus import ingest

    def slow_clean(article):
        gc.collect()                 # the alarm lands in the slow gc callback, swallowed
        return cleaning.clean([SMALL], SMALL_URL)

    monkeypatch.setattr(ingest, "clean_pages", slow_clean)
    article = ArchivedArticle(url=SMALL_URL, portal="haizhou", title_hint=TITLE, response_id=1,
                              sha256="0" * 64, fetched_at="2026-12-04T00:00:00",
                              content_type="text/html; charset=utf-8", pages=[SMALL],
                              page_urls=[SMALL_URL], attachments={})
    with alarm_lands_in_a_gc_callback():
        cleaned = ingest.clean_article(article, timeout=0.05)
    assert (cleaned.timed_out, cleaned.document) == (0.05, None)
