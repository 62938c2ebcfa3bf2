"""Search input is data, never SQL: quotes, SQL fragments and FTS5 syntax in the query or the
filters give results or a SearchError, and never change or leak what the corpus holds."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.corpus.rebuild import rebuild
from db.corpus.search import SearchError, search
from tests.reliability.fault_site import archive_reports

REPORTS = 6
HOSTILE_QUERIES = [
    "复议' OR '1'='1", "'; DROP TABLE documents; --", "复议\"; DELETE FROM sections; --",
    '"', "'", '"复议', '复议"', "复议 OR 1=1", "复议) OR (1=1", "((复议", "复议))", ")(",
    "NEAR(行政 复议)", "行政*", "^行政", "复议:*", "text:复议", "sections_fts:复议",
    "{heading text}:复议", "复议 AND", "OR 复议", "NOT", "AND OR NOT", "- -", "-复议",
    "复 OR '", "复' UNION SELECT sql FROM sqlite_master --", "复议\x00", "\x00", "%", "_",
    "复议 -- comment", "/* 复议 */", "复议; ATTACH DATABASE '/tmp/x.db' AS x", "\\", "复议\\",
    "行政复议" * 200, "复 议 复 议 复 议", "( ( ( 复议 ) ) )", "复议 NOT NOT 执法",
]
FILTER_INJECTIONS = ["x' OR '1'='1", "anquan' --", "' OR 1=1 --", "%", "*"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("sql")
    archive_reports(data / "archive.db", 0, REPORTS, host="www.anquan.gov.cn", slug="anquan")
    rebuild(data / "archive.db", data / "corpus.db", workers=1, progress=False)
    return data / "corpus.db"


def table_counts(corpus: Path) -> dict[str, int]:
    with sqlite3.connect(corpus) as db:
        names = [row[0] for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {name: db.execute(f"SELECT COUNT(*) FROM [{name}]").fetchone()[0]
                for name in names}


def searched(corpus: Path, query: str, **filters) -> list | SearchError:
    """The hits, or the SearchError: anything else is a failure."""
    try:
        return search(corpus, query, limit=100, **filters)
    except SearchError as exc:
        assert str(exc).strip()
        return exc


def test_the_corpus_has_something_to_find(corpus: Path) -> None:
    assert len(search(corpus, "行政复议", limit=100)) == REPORTS
    assert len(search(corpus, '"行政复议"', limit=100)) == REPORTS


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_queries_are_searched_as_text(corpus: Path, query: str) -> None:
    before = table_counts(corpus)
    result = searched(corpus, query)
    assert table_counts(corpus) == before
    if isinstance(result, list):   # never more than the corpus has: nothing leaked or joined
        assert len(result) <= REPORTS * 10
        assert all(hit.document_id and hit.section_id for hit in result)


@pytest.mark.parametrize("value", FILTER_INJECTIONS)
@pytest.mark.parametrize("name", ["portal", "province", "level", "category"])
def test_filter_values_are_bound_not_spliced(corpus: Path, name: str, value: str) -> None:
    """A filter that injected `OR 1=1` would return every hit; a bound one matches nothing
    (or, for a portal, province or category the corpus lacks, is an error naming it)."""
    result = searched(corpus, "行政复议", **{name: value})
    assert result == [] or f"unknown {name} {value!r}" in str(result)


def test_a_year_that_is_not_a_year_matches_nothing(corpus: Path) -> None:
    assert searched(corpus, "行政复议", year="2024 OR 1=1") == []


@settings(max_examples=200, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.lists(st.sampled_from([*"复议行政执法\"'()*^:-;% \\", "AND", "OR", "NOT",
                                        "NEAR", " "]), max_size=30).map("".join))
def test_random_query_syntax_never_errors_otherwise(corpus: Path, query: str) -> None:
    searched(corpus, query)


def test_the_cli_answers_a_hostile_query_without_a_traceback(corpus: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", "from fazhi.cli import main; main()", "search",
         "--data-dir", str(corpus.parent), "复议' OR '1'='1\"); DROP TABLE documents; --"],
        capture_output=True, text=True, timeout=60)
    assert "Traceback" not in done.stderr and done.returncode in (0, 1, 2), done.stderr
    assert table_counts(corpus)["documents"] == REPORTS
