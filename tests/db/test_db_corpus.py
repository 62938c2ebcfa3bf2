"""The corpus: documents keyed by URL, replaced whole; sections and the bigram index in step."""

from __future__ import annotations

import json

import pytest

from cleaning.document import Attachment, Document, Section
from db.corpus.fts import index_sections, segment_query
from db.corpus.schema import CORPUS_MIGRATIONS
from db.corpus.store import Corpus, CorpusError
from db.migrations import open_database
from settings.registry import Portal

URL = "http://www.haizhou.gov.cn/art/2025/3/1/art_1_1.html"
PROVENANCE = {"portal": "haizhou", "response_id": 7, "sha256": "ab" * 32,
              "fetched_at": "2025-03-02T00:00:00+00:00"}


def report(*sections: Section, title="海州区2024年度法治政府建设情况报告") -> Document:
    return Document(title=title, publisher="海州区人民政府", doc_number="海政发〔2025〕1号",
                    published="2025-03-01", report_year=2024, is_report=True,
                    text="\n".join(s.heading + "\n" + s.text for s in sections),
                    sections=list(sections), cleaning_version="v1", warnings=["no index"],
                    attachments=[Attachment(url="http://x/1.pdf", name="报告.pdf")])


@pytest.fixture
def corpus(tmp_path):
    with Corpus(tmp_path / "corpus.db") as opened:
        yield opened


def bigram_hits(corpus: Corpus, term: str) -> set[int]:
    return {row[0] for row in corpus.db.execute(
        "SELECT rowid FROM sections_fts WHERE sections_fts MATCH ?", [segment_query(term)])}


def test_document_row_has_contract_fields_and_provenance(corpus):
    section = Section(1, "一", "主要举措和成效", ["measures", "leadership"], "办理行政复议案件。")
    doc_id = corpus.upsert_document(report(section), url=URL, **PROVENANCE)
    row = corpus.db.table("documents").get(doc_id)
    assert (row["url"], row["portal"], row["report_year"], row["is_report"]) == (
        URL, "haizhou", 2024, 1)
    assert (row["doc_number"], row["published"], row["cleaning_version"]) == (
        "海政发〔2025〕1号", "2025-03-01", "v1")
    assert json.loads(row["attachments"])[0]["name"] == "报告.pdf"
    assert json.loads(row["warnings"]) == ["no index"]
    assert row["duplicate_of"] is None
    [section] = corpus.db.table("sections").rows
    assert section["category"] == "measures,leadership"
    assert (section["ordinal"], section["level"], section["number"]) == (1, 1, "一")


def test_upsert_same_url_replaces_document_sections_and_index(corpus):
    first = corpus.upsert_document(report(
        Section(1, "一", "旧的标题", "measures", "旧文本提到行政复议。"),
        Section(1, "二", "存在的不足", "shortcomings", "不足之处。")), url=URL, **PROVENANCE)
    second = corpus.upsert_document(report(
        Section(1, "一", "新的标题", "measures", "新文本只谈执法。")), url=URL, **PROVENANCE)
    assert second == first
    assert corpus.db.table("documents").count == 1
    [section] = corpus.db.table("sections").rows
    assert section["heading"] == "新的标题"
    assert bigram_hits(corpus, "复议") == set() and bigram_hits(corpus, "旧文本") == set()
    assert bigram_hits(corpus, "执法") == {section["id"]}
    assert bigram_hits(corpus, "新文本") == {section["id"]}
    fts_rows = corpus.db.execute("SELECT COUNT(*) FROM sections_fts").fetchone()[0]
    assert fts_rows == 1


def test_skipping_a_url_removes_its_document_and_vice_versa(corpus):
    corpus.upsert_document(report(Section(1, "一", "复议", "measures", "x")),
                           url=URL, **PROVENANCE)
    corpus.record_skipped(url=URL, portal="haizhou", title="解读", reason="not a report")
    assert corpus.db.table("documents").count == 0
    assert corpus.db.table("sections").count == 0
    assert bigram_hits(corpus, "复议") == set()
    assert [r["reason"] for r in corpus.db.table("skipped").rows] == ["not a report"]
    corpus.record_skipped(url=URL, portal="haizhou", title="解读", reason="again")
    assert corpus.db.table("skipped").count == 1
    assert corpus.upsert_document(report(), url=URL, **PROVENANCE) == corpus.document_id(URL)
    assert corpus.db.table("skipped").count == 0
    assert corpus.ingested() == {URL: (None, "v1")}


def test_portal_rows_come_from_as_row_or_a_mapping_of_its_columns(corpus):
    portal = Portal(slug="shishi", name="石狮市", division_code="350581", level="county",
                    province="福建省", family="trs", start_urls=("http://a/",),
                    source="/home/someone/settings/portals/shishi.toml")
    corpus.upsert_portals([{"slug": "haizhou", "name": "海州区", "level": "district"}, portal])
    corpus.upsert_portals([{"slug": "haizhou", "name": "海州区人民政府"}])
    rows = {row["slug"]: row for row in corpus.db.table("portals").rows}
    assert rows["haizhou"]["name"] == "海州区人民政府" and rows["haizhou"]["level"] == "district"
    assert rows["shishi"] == portal.as_row()   # no machine path, no start URLs
    assert list(corpus.db.table("portals").columns_dict) == list(portal.as_row())


def test_a_portal_row_with_an_unknown_column_or_no_slug_is_refused(corpus):
    with pytest.raises(CorpusError, match="no slug|without a slug"):
        corpus.upsert_portals([{"name": "no slug"}])
    with pytest.raises(CorpusError, match="source"):
        corpus.upsert_portals([{"slug": "haizhou", "source": "/tmp/haizhou.toml"}])
    assert list(corpus.db.table("portals").columns_dict) == [
        "slug", "name", "division_code", "level", "province", "family"]   # no column added


def test_indexes_on_year_and_portal(corpus):
    indexed = {tuple(index.columns) for index in corpus.db.table("documents").indexes}
    assert {("report_year",), ("portal",), ("url",)} <= indexed


def test_a_corpus_with_the_trigram_index_loses_it_and_keeps_its_sections(tmp_path):
    path = tmp_path / "v7.db"
    before_v8 = open_database(path, CORPUS_MIGRATIONS[:7])
    before_v8.execute("INSERT INTO documents (id, url) VALUES (1, ?)", [URL])
    before_v8.execute("INSERT INTO sections (id, document_id, ordinal, heading, text) "
                      "VALUES (1, 1, 1, '一、主要举措', '办理行政复议案件。')")
    before_v8.conn.commit()
    assert before_v8.table("sections").detect_fts() == "sections_trigram"   # what v8 drops
    before_v8.close()
    with Corpus(path) as migrated:
        names = {row[0] for row in migrated.db.execute("SELECT name FROM sqlite_master")}
        migrated.db.execute("DELETE FROM sections WHERE id = 1")   # a trigger left: no such table
        assert migrated.db.table("documents").count == 1
    assert not {name for name in names if "trigram" in name}
    assert not names & {"sections_ai", "sections_ad", "sections_au"}
    assert "sections_fts" in names


def test_copies_lose_their_bigram_rows_at_migration_and_when_marked(tmp_path):
    """Corpus migration v9: a copy's sections have no bigram rows (searches leave copies out)."""
    path = tmp_path / "v8.db"
    before_v9 = open_database(path, CORPUS_MIGRATIONS[:8])
    before_v9.execute("INSERT INTO documents (id, url) VALUES (1, 'http://a/1'), (2, 'http://b/1')")
    before_v9.execute("UPDATE documents SET duplicate_of = 1 WHERE id = 2")
    before_v9.execute("INSERT INTO sections (id, document_id, ordinal, text) VALUES "
                      "(1, 1, 1, '办理行政复议案件'), (2, 2, 1, '办理行政复议案件')")
    index_sections(before_v9, [(1, None, "办理行政复议案件"), (2, None, "办理行政复议案件")])
    before_v9.conn.commit()
    before_v9.close()
    with Corpus(path) as migrated:
        assert bigram_hits(migrated, "复议") == {1}
        migrated.db.execute("INSERT INTO documents (id, url) VALUES (3, 'http://c/1')")
        migrated.db.execute("INSERT INTO sections (id, document_id, ordinal, text) VALUES "
                            "(3, 3, 1, '行政复议')")
        index_sections(migrated.db, [(3, None, "行政复议")])
        assert bigram_hits(migrated, "复议") == {1, 3}
        migrated.db.execute("UPDATE documents SET duplicate_of = 1 WHERE id = 3")
        assert bigram_hits(migrated, "复议") == {1}
        migrated.db.execute("INSERT INTO sections_fts (sections_fts, rank) "
                            "VALUES ('integrity-check', 1)")
