"""Bigram full-text index: two-character words and phrases are found exactly."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaning.document import Document, Section
from db.corpus.fts import HAN_RUN, RUN_BOUNDARY, nfkc, segment, segment_query, segment_with_runs
from db.corpus.schema import CORPUS_MIGRATIONS
from db.corpus.store import Corpus
from db.migrations import open_database

TEXTS = [
    "依法办理行政复议案件120件。",          # 复议 inside a longer run
    "复议机关依法纠错。",                   # at the start
    "申请复议",                             # at the end
    "2024年复议案件同比下降",               # next to digits
    "复 议之间有空格",                      # not the word
    "复、议被顿号隔开",                     # not the word
    "议复颠倒",                             # not the word
    "全面推行行政执法公示制度",             # 行政执法 together
    "行政机关严格执法",                     # 行政 … 执法 apart
    "行政、执法分开",                       # apart by punctuation
    "加强执法监督，推进行政决策科学化",     # both words, wrong order
    "WTO规则与Law Enforcement培训",
    "依照第1条规定",
    "依照第12条规定",
]


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    corpus = Corpus(tmp_path_factory.mktemp("fts") / "corpus.db")
    sections = [Section(1, str(i), "小节", "measures", text) for i, text in enumerate(TEXTS)]
    corpus.upsert_document(Document(title="t", is_report=True, sections=sections),
                           url="http://x/1", portal="p", response_id=1, sha256="s",
                           fetched_at="2025-01-01")
    yield corpus
    corpus.close()


def fts_ids(corpus: Corpus, term: str) -> set[int]:
    return {row[0] for row in corpus.db.execute(
        "SELECT rowid FROM sections_fts WHERE sections_fts MATCH ?", [segment_query(term)])}


def substring_ids(corpus: Corpus, term: str) -> set[int]:
    return {row[0] for row in corpus.db.execute(
        "SELECT id FROM sections WHERE instr(heading || char(10) || text, ?) > 0", [term])}


def test_segment_makes_overlapping_bigrams_and_keeps_words():
    assert segment("行政复议") == "行政 政复 复议"
    assert segment("复议") == "复议"
    assert segment("于2024年度") == "于 2024 年 年度"
    assert segment("依法行政，WTO rules").split() == ["依法", "法行", "行政", ",WTO", "rules"]


def test_segment_keeps_han_runs_apart_unless_a_word_separates_them():
    assert segment("复复 复复").split() == ["复复", RUN_BOUNDARY, "复复"]
    assert segment("法治。政府").split() == ["法治", "。", RUN_BOUNDARY, "政府"]
    assert RUN_BOUNDARY not in segment("复复a复复")      # the word a keeps them apart
    assert segment_query("行政 执法") == f'"行政   {RUN_BOUNDARY} 执法"'


def test_a_term_does_not_match_across_runs_or_from_heading_into_text(tmp_path):
    texts = {"复复 复复": "", "复复复": "", "执法公示": "行政", "行政、执法": ""}
    with Corpus(tmp_path / "c.db") as corpus:
        sections = [Section(1, str(i), heading, None, text)
                    for i, (text, heading) in enumerate(texts.items())]
        corpus.upsert_document(Document(title="t", is_report=True, sections=sections),
                               url="u", portal="p", response_id=1, sha256="s", fetched_at="t")
        found = {term: {corpus.db.table("sections").get(i)["text"] for i in fts_ids(corpus, term)}
                 for term in ("复复复", "行政执法", "行政 执法")}
    assert found == {"复复复": {"复复复"}, "行政执法": set(),
                     "行政 执法": {"执法公示", "行政、执法"}}


def test_segment_query_quotes_a_phrase_and_refuses_lone_characters():
    assert segment_query("行政执法") == '"行政 政执 执法"'
    assert segment_query('say "hi"') == '"say ""hi"""'
    assert segment_query("复") is None
    assert segment_query("复，议") is None
    assert segment_query("，") is None
    assert segment_query("2024年") == '"2024 年"'


@pytest.mark.parametrize("term", ["复议", "行政执法", "执法", "2024年", "年复议", "law", "WTO规则",
                                  "机关", "小节"])
def test_index_finds_exactly_the_sections_containing_the_term(indexed, term):
    expected = substring_ids(indexed, term) if term != "law" else {
        row[0] for row in indexed.db.execute(
            "SELECT id FROM sections WHERE lower(text) LIKE '%law %'")}
    assert expected, f"test data should contain {term}"
    assert fts_ids(indexed, term) == expected


def test_two_character_word_is_found_where_trigram_cannot(indexed):
    assert len(fts_ids(indexed, "复议")) == 4
    indexed.db.execute("CREATE VIRTUAL TABLE temp.trigram USING fts5(text, tokenize='trigram')")
    indexed.db.execute("INSERT INTO temp.trigram SELECT text FROM sections")
    trigram = indexed.db.execute(
        "SELECT COUNT(*) FROM temp.trigram WHERE trigram MATCH '\"复议\"'").fetchone()
    indexed.db.execute("DROP TABLE temp.trigram")
    assert trigram[0] == 0   # why the bigram index exists


def test_non_han_parts_match_whole_words(indexed):
    found = {indexed.db.table("sections").get(i)["text"] for i in fts_ids(indexed, "第1条")}
    assert found == {"依照第1条规定"}
    assert len(fts_ids(indexed, "第12")) == 1 and fts_ids(indexed, "12条") == fts_ids(
        indexed, "第12")


def test_phrase_is_not_matched_by_its_words_apart(indexed):
    found = {indexed.db.table("sections").get(i)["text"] for i in fts_ids(indexed, "行政执法")}
    assert found == {"全面推行行政执法公示制度"}


HAN = "复议行政执法年"
ALPHABET = HAN + "，1a "


@given(st.text("复议行政\u3000\uff0c\uff5e\uff5f\uf900\u2f00\uff21a1 \n。\U00020000"))
def test_segment_with_runs_gives_the_segmented_text_and_the_han_runs_of_its_nfkc(text):
    """A rebuild segments a section once for both indexes: the bigram body and the runs the
    search index's n-gram fields take (full-width forms, compatibility ideographs, a Kangxi
    radical that NFKC makes Han)."""
    assert segment_with_runs(text) == (segment(text), HAN_RUN.findall(nfkc(text)))
    assert nfkc(text) == unicodedata.normalize("NFKC", text)   # past the table: Extension B


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(st.text(ALPHABET, max_size=30), min_size=1, max_size=8),
       term=st.text(HAN, min_size=2, max_size=4))
def test_any_han_term_matches_exactly_its_substring_sections(texts, term):
    with tempfile.TemporaryDirectory() as tmp, Corpus(Path(tmp) / "c.db") as corpus:
        sections = [Section(1, str(i), "", None, text) for i, text in enumerate(texts)]
        corpus.upsert_document(Document(title="t", is_report=True, sections=sections),
                               url="u", portal="p", response_id=1, sha256="s", fetched_at="t")
        assert fts_ids(corpus, term) == substring_ids(corpus, term)


def test_a_v3_corpus_is_reindexed_once_with_run_boundaries_and_says_so(tmp_path, capsys):
    path = tmp_path / "old.db"
    old = open_database(path, CORPUS_MIGRATIONS[:3])     # a corpus written before v4
    old.execute("INSERT INTO documents (id, url, portal, report_year) VALUES (1, 'u', 'p', 2024)")
    old.execute("INSERT INTO sections (id, document_id, ordinal, heading, text) "
                "VALUES (7, 1, 0, '', '复复 复复')")
    old.execute("INSERT INTO sections_fts (rowid, body, tags) VALUES (7, '复复 复复', 'y2024')")
    old.conn.commit()
    assert old.execute("SELECT rowid FROM sections_fts WHERE sections_fts MATCH ?",
                       [segment_query("复复复")]).fetchall() == [(7,)]   # the bug, as v3 had it
    old.close()
    Corpus(path).close()
    assert capsys.readouterr().err == "re-indexing 1 sections for search (one time)…\n"
    with Corpus(path) as corpus:                         # once: the second open is silent
        assert fts_ids(corpus, "复复复") == set()
        assert fts_ids(corpus, "复复") == {7}
        tags = corpus.db.execute("SELECT tags FROM sections_fts").fetchone()[0].split()
        assert {"y2024", "p70"} <= set(tags)             # year and portal ('p' in hex) kept
    assert capsys.readouterr().err == ""
