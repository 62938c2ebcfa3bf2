"""search(): exact terms, AND/OR/NOT, filters, duplicates hidden, snippets marked."""

from __future__ import annotations

import pytest

from cleaning.document import Document, Section
from db.corpus.search import SearchError, parse_query, search, snippet
from db.corpus.stats import coverage, totals
from db.corpus.store import Corpus, CorpusError

DOCS = {
    "haizhou-2024": ("haizhou", 2024, [
        ("measures", "推进行政复议规范化", "复议复议，办理行政复议案件。"),
        ("shortcomings", "存在的不足", "行政 执法人员素质不高，执法记录仪配备不足。"),
        ("plans", "下一步安排", "深化行政执法体制改革。"),
    ]),
    "shishi-2023": ("shishi", 2023, [
        ("measures", "主要举措", "行政复议案件办理更加规范，内容很长" + "，依法行政" * 30),
        (["measures", "leadership"], "第一责任人职责", "诉讼与复议并重。"),
        ("shortcomings", "存在不足", "行政执法不规范。"),
    ]),
    "shishi-2024-copy": ("shishi", 2024, [
        ("measures", "主要举措", "行政复议（转载）。"),
    ]),
}


@pytest.fixture(scope="module")
def corpus_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "corpus.db"
    with Corpus(path) as corpus:
        corpus.upsert_portals([
            {"slug": "haizhou", "name": "海州区", "province": "江苏省", "level": "district"},
            {"slug": "shishi", "name": "石狮市", "province": "福建省", "level": "county"}])
        ids = {}
        for key, (portal, year, sections) in DOCS.items():
            doc = Document(title=f"{key}法治政府建设年度报告", report_year=year, is_report=True,
                           sections=[Section(1, str(i), heading, category, text)
                                     for i, (category, heading, text) in enumerate(sections)])
            ids[key] = corpus.upsert_document(doc, url=f"http://x/{key}", portal=portal,
                                              response_id=1, sha256="s", fetched_at="t")
        corpus.db.table("documents").update(ids["shishi-2024-copy"],
                                            {"duplicate_of": ids["haizhou-2024"]})
    return path


def texts(hits) -> set[str]:
    return {hit.heading for hit in hits}


def test_two_character_term_finds_every_section_containing_it(corpus_path):
    hits = search(corpus_path, "复议")
    assert texts(hits) == {"推进行政复议规范化", "主要举措", "第一责任人职责"}
    assert all(hit.title != "shishi-2024-copy法治政府建设年度报告" for hit in hits)  # duplicate
    assert hits[0].heading == "推进行政复议规范化"   # dense, short section ranks first
    assert all(hit.rank < 0 for hit in hits)


def test_phrase_needs_the_words_together(corpus_path):
    assert texts(search(corpus_path, "行政执法")) == {"下一步安排", "存在不足"}


def test_and_or_not_and_parentheses(corpus_path):
    assert texts(search(corpus_path, "复议 诉讼")) == {"第一责任人职责"}
    assert texts(search(corpus_path, "诉讼 OR 规范化")) == {"第一责任人职责", "推进行政复议规范化"}
    assert texts(search(corpus_path, "复议 NOT 诉讼")) == {"推进行政复议规范化", "主要举措"}
    assert texts(search(corpus_path, "复议 -诉讼")) == {"推进行政复议规范化", "主要举措"}
    assert texts(search(corpus_path, "-诉讼 复议")) == {"推进行政复议规范化", "主要举措"}
    assert texts(search(corpus_path, "-诉讼 -规范化 复议 OR 记录仪")) == {"主要举措", "存在的不足"}
    assert texts(search(corpus_path, "(诉讼 OR 记录仪) 执法")) == {"存在的不足"}


def test_filters(corpus_path):
    assert {h.report_year for h in search(corpus_path, "复议", year=2023)} == {2023}
    assert {h.portal for h in search(corpus_path, "复议", portal="haizhou")} == {"haizhou"}
    assert {h.portal for h in search(corpus_path, "行政", province="福建省")} == {"shishi"}
    assert {h.portal for h in search(corpus_path, "行政", level="district")} == {"haizhou"}
    assert texts(search(corpus_path, "复议", category="leadership")) == {"第一责任人职责"}
    assert search(corpus_path, "复议", year=2024, portal="shishi") == []
    assert len(search(corpus_path, "行政", limit=2)) == 2


def test_single_character_falls_back_to_an_exact_scan(corpus_path):
    hits = search(corpus_path, "诉")
    assert texts(hits) == {"第一责任人职责"} and hits[0].rank == 0.0
    assert texts(search(corpus_path, "复 -诉讼")) == {"推进行政复议规范化", "主要举措"}
    assert texts(search(corpus_path, "复 OR 记录仪", year=2024)) == {
        "推进行政复议规范化", "存在的不足"}


def test_snippet_marks_hits_around_the_first_one(corpus_path):
    [hit] = search(corpus_path, "诉讼")
    assert hit.snippet == "【诉讼】与复议并重。"
    long_hit = next(h for h in search(corpus_path, "依法行政") if h.portal == "shishi")
    assert long_hit.snippet.startswith("行政复议") and long_hit.snippet.endswith("…")
    assert "【依法行政】" in long_hit.snippet
    assert snippet("甲" * 100 + "复议" + "乙" * 100, ["复议"]).startswith("…")


def test_bad_queries_are_search_errors(corpus_path, tmp_path):
    for query in ["", "   ", "NOT 复议", "-复议", "复议 OR", "(复议"]:
        with pytest.raises(SearchError):
            search(corpus_path, query)
    with pytest.raises(CorpusError):
        search(tmp_path / "none.db", "复议")
    assert not (tmp_path / "none.db").exists()


def test_query_text_is_never_sql(corpus_path):
    assert search(corpus_path, "复议'; DROP TABLE documents; --") == []
    with pytest.raises(SearchError, match="unknown portal"):
        search(corpus_path, "复议", portal="x' OR '1'='1")
    assert len(search(corpus_path, "复议")) == 3


def test_every_match_is_counted_and_ranked(corpus_path):
    hits = search(corpus_path, "行政", limit=2)
    assert len(hits) == 2 and hits.total == 5      # the copy's section is not counted
    everything = search(corpus_path, "行政", limit=100)
    assert [h.rank for h in everything] == sorted(h.rank for h in everything)
    assert [h.section_id for h in everything[:2]] == [h.section_id for h in hits]
    assert search(corpus_path, "诉", year=2023).total == 1
    assert search(corpus_path, "复议", year=2023, category="leadership").total == 1


@pytest.mark.parametrize(("query", "words"), [
    ("(NOT 复议) 诉讼", "needs a word before it"), ("复议 OR", "needs a word after it"),
    ("(复议", "never closed"), ("复议)", "closes nothing"), ("-复议", "nothing to search for"),
    ("复议 AND OR 诉讼", "needs a word"), ("() 复议", "empty parentheses")])
def test_syntax_errors_are_explained_in_words(corpus_path, query, words):
    with pytest.raises(SearchError, match=words) as caught:
        search(corpus_path, query)
    assert "fts5" not in str(caught.value) and "e.g." in str(caught.value)


def test_unknown_filter_values_name_the_known_ones(corpus_path):
    with pytest.raises(SearchError, match="unknown portal 'nosuch'; known: haizhou, shishi"):
        search(corpus_path, "复议", portal="nosuch")
    with pytest.raises(SearchError, match="unknown province '广东省'; known: 江苏省, 福建省"):
        search(corpus_path, "复议", province="广东省")
    with pytest.raises(SearchError, match="unknown category 'shortcumings'; known: measures"):
        search(corpus_path, "复议", category="shortcumings")


def test_a_hit_in_the_heading_shows_in_the_snippet(corpus_path):
    [hit] = search(corpus_path, "推", portal="haizhou")
    assert hit.snippet.startswith("【推】进行政复议规范化 复议复议")


def test_tags_follow_a_duplicate_mark_and_a_portal_move(tmp_path):
    path = tmp_path / "corpus.db"
    with Corpus(path) as corpus:
        doc = Document(title="报告", report_year=2024, is_report=True,
                       sections=[Section(1, "一", "复议", "measures", "行政复议")])
        first = corpus.upsert_document(doc, url="http://x/1", portal="a", response_id=1,
                                       sha256="s", fetched_at="t")
        corpus.upsert_document(doc, url="http://x/2", portal="a", response_id=2, sha256="s",
                               fetched_at="t")
        corpus.upsert_portals([{"slug": "a", "name": "甲", "province": "江苏省"}])
        assert search(path, "复议", province="江苏省").total == 2
        corpus.db.execute("UPDATE documents SET duplicate_of = ? WHERE id != ?", [first, first])
        corpus.upsert_portals([{"slug": "a", "name": "甲", "province": "福建省"}])
        corpus.db.conn.commit()
    assert search(path, "复议", province="福建省").total == 1
    assert search(path, "复议", year=2024, portal="a").total == 1


def test_parse_query_normalises_full_width_and_minus():
    assert [(t.kind, t.text) for t in parse_query("复议　-诉讼")] == [
        ("term", "复议"), ("op", "NOT"), ("term", "诉讼")]


def test_coverage_and_totals(corpus_path):
    assert coverage(corpus_path) == [("haizhou", 2024, 1), ("shishi", 2023, 1)]
    summary = totals(corpus_path)
    assert (summary["documents"], summary["duplicates"], summary["sections"]) == (3, 1, 7)
    assert summary["sections_by_category"] == {
        "leadership": 1, "measures": 4, "plans": 1, "shortcomings": 2}
    assert summary["portals_registered"] == 2 and summary["report_years"] == [2023, 2024]
