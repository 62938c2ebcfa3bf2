"""The tantivy search index beside the corpus: kept true by every write, rebuilt when missing
or foreign (one stderr line), moved with a rebuilt corpus; phrases, ranking and totals."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import db.corpus.textindex as textindex
from cleaning.document import Document, Section
from db.corpus.rebuild import rebuild, update
from db.corpus.search import search
from db.corpus.store import Corpus

PORTALS = [{"slug": "haizhou", "name": "海州区", "province": "江苏省", "level": "district"},
           {"slug": "shishi", "name": "石狮市", "province": "福建省", "level": "county"}]


def write(corpus: Corpus, key: str, sections: list[tuple[str, str]], *, portal="haizhou",
          year=2024) -> int:
    doc = Document(title=f"{key}报告", report_year=year, is_report=True,
                   sections=[Section(1, str(i), heading, None, text)
                             for i, (heading, text) in enumerate(sections)])
    return corpus.upsert_document(doc, url=f"http://x/{key}", portal=portal, response_id=1,
                                  sha256="s", fetched_at="t")


@pytest.fixture
def corpus_path(tmp_path):
    path = tmp_path / "corpus.db"
    with Corpus(path) as corpus:
        corpus.upsert_portals(PORTALS)
        write(corpus, "a", [("一", "复复 复复"), ("二", "行政复议，复议，再复议，又复议。")])
        write(corpus, "b", [("三", "行政复议一次，其余文字一样长一样长。")], portal="shishi",
              year=2023)
    return path


def headings(hits) -> set[str]:
    return {hit.heading for hit in hits}


def current(path) -> bool:
    with closing(sqlite3.connect(path)) as conn:
        return textindex.is_current(path, conn)


def test_phrases_stay_exact_through_the_index(corpus_path):
    assert headings(search(corpus_path, "复复")) == {"一"}
    assert search(corpus_path, "复复复") == []          # the bigrams of two runs never join
    assert headings(search(corpus_path, "复议 NOT 再复议")) == {"三"}
    assert headings(search(corpus_path, "(再复议 OR 一次) 行政复议")) == {"二", "三"}


def test_a_long_term_never_joins_the_grams_of_two_runs(tmp_path):
    path = tmp_path / "runs.db"
    with Corpus(path) as corpus:      # run two's grams 1, 2 or 3 positions after run one's
        write(corpus, "r", [("一", "一二三四，五六七八"), ("二", "一二三四，乙五六七八"),
                            ("三", "一二三四，甲乙五六七八"), ("四", "〇一二三四五六七八〇")])
    assert headings(search(path, "一二三四五六七八")) == {"四"}
    assert headings(search(path, "二三四五六")) == {"四"}
    assert headings(search(path, "四五六")) == {"四"} and search(path, "三四").total == 4


def test_a_section_with_the_term_often_ranks_above_one_with_it_once(corpus_path):
    hits = search(corpus_path, "复议")
    assert [hit.heading for hit in hits] == ["二", "三"] and hits.total == 2
    assert hits[0].rank < hits[1].rank < 0


def test_filters_and_totals(corpus_path):
    assert search(corpus_path, "复议", year=2023).total == 1
    assert headings(search(corpus_path, "复议", province="江苏省")) == {"二"}
    assert search(corpus_path, "复议", level="county", portal="haizhou").total == 0
    assert search(corpus_path, "复议", limit=1).total == 2


def test_every_write_reaches_the_index_before_the_next_search(corpus_path):
    assert search(corpus_path, "复议").total == 2
    with Corpus(corpus_path) as corpus:
        b = corpus.db.execute("SELECT id FROM documents WHERE url = 'http://x/b'").fetchone()[0]
        write(corpus, "c", [("四", "复议")])
        corpus.db.table("documents").update(b, {"duplicate_of": 1})
    assert headings(search(corpus_path, "复议")) == {"二", "四"}   # new one, duplicate gone
    with Corpus(corpus_path) as corpus:
        corpus.db.table("documents").update(b, {"duplicate_of": None, "report_year": 2020})
    assert headings(search(corpus_path, "复议", year=2020)) == {"三"}


def test_a_missing_or_foreign_index_is_built_again_with_one_line(corpus_path, tmp_path,
                                                                  capsys, monkeypatch):
    monkeypatch.setattr(textindex, "ANNOUNCE_SECTIONS", 1)
    first = search(corpus_path, "复议")
    assert "building the search index for 3 sections" in capsys.readouterr().err
    search(corpus_path, "复议")
    assert capsys.readouterr().err == ""                 # built once
    shutil.rmtree(textindex.index_dir(corpus_path))
    assert not current(corpus_path)
    assert search(corpus_path, "复议") == first
    assert len(capsys.readouterr().err.splitlines()) == 1
    other = tmp_path / "other.db"
    with Corpus(other) as corpus:
        write(corpus, "z", [("五", "复议")])
    search(other, "复议")
    shutil.rmtree(textindex.index_dir(corpus_path))
    shutil.copytree(textindex.index_dir(other), textindex.index_dir(corpus_path))
    assert not current(corpus_path)                      # another corpus's index
    assert search(corpus_path, "复议") == first


@pytest.mark.parametrize("workers", [1, 2])
def test_rebuild_and_update_leave_the_index_current(sample_archive, tmp_path, fake_cleaner,
                                                    capsys, monkeypatch, workers):
    monkeypatch.setattr(textindex, "ANNOUNCE_SECTIONS", 1)
    rebuilt, updated = tmp_path / "rebuilt.db", tmp_path / "updated.db"
    rebuild(sample_archive, rebuilt, workers=workers, progress=False, portals_info=PORTALS)
    update(sample_archive, updated, portals_info=PORTALS, workers=workers)
    assert current(rebuilt) and current(updated)
    assert not [p for p in tmp_path.iterdir() if ".rebuild-" in p.name]
    capsys.readouterr()
    found = search(rebuilt, "行政执法", limit=100)
    assert found.total == search(updated, "行政执法", limit=100).total > 0
    assert [hit.snippet for hit in found] == [
        hit.snippet for hit in search(updated, "行政执法", limit=100)]
    assert capsys.readouterr().err == ""                 # nothing left to index
    rebuild(sample_archive, rebuilt, workers=workers, progress=False, portals_info=PORTALS)
    assert current(rebuilt) and search(rebuilt, "行政执法", limit=100).total == found.total


HAN_CHARS = "复议行政执法"
TEXT_CHARS = HAN_CHARS + "，。 a1"
FEW_HAN = "复议法"        # repeats often: a long term's grams recur in other runs


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(TEXT_CHARS, max_size=24), min_size=1, max_size=6),
       term=st.text(HAN_CHARS, min_size=2, max_size=4))
def test_the_index_finds_exactly_the_sections_containing_a_han_term(texts, term):
    found_exactly(texts, term)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(st.text(FEW_HAN + "，a", max_size=40), min_size=1, max_size=6),
       term=st.text(FEW_HAN, min_size=3, max_size=10))
def test_long_terms_found_by_their_grams_never_join_two_runs(texts, term):
    """Terms of 3+ Han characters go through the trigram and gram fields."""
    found_exactly(texts, term)


def found_exactly(texts: list[str], term: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "c.db"
        with Corpus(path) as corpus:
            write(corpus, "t", [(str(i), text) for i, text in enumerate(texts)])
        wanted = {i for i, text in enumerate(texts) if term in text}
        hits = search(path, term, limit=10)
        assert hits.total == len(wanted)
        assert {int(hit.heading) for hit in hits} == wanted


def test_a_linked_index_of_an_older_format_is_replaced_not_followed(corpus_path, tmp_path,
                                                                     monkeypatch):
    search(corpus_path, "复议")
    cached = tmp_path / "cached.tantivy"
    textindex.index_dir(corpus_path).rename(cached)
    textindex.index_dir(corpus_path).symlink_to(cached)
    monkeypatch.setattr(textindex, "INDEX_FORMAT", textindex.INDEX_FORMAT + 1)
    assert search(corpus_path, "复议").total == 2
    assert not textindex.index_dir(corpus_path).is_symlink() and cached.is_dir()


def test_while_another_process_builds_the_index_sqlite_answers(corpus_path):
    wanted = search(corpus_path, "复议")
    shutil.rmtree(textindex.index_dir(corpus_path))
    with closing(sqlite3.connect(corpus_path)) as conn, textindex.IndexFeeder(corpus_path, conn):
        found = search(corpus_path, "复议")         # the index exists, holds nothing yet
        assert not current(corpus_path)
    assert [hit.heading for hit in found] == [hit.heading for hit in wanted]
    assert found.total == wanted.total and current(corpus_path) is False
    assert search(corpus_path, "复议") == wanted and current(corpus_path)
