"""Export of a real crawl's corpus as CSV, JSON Lines and Parquet, read back with csv/json/pyarrow
and compared with what the corpus holds."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from db.corpus.export import COLUMNS, ExportError, export
from db.corpus.search import search


def scalar(db: Path, sql: str, params: tuple = ()) -> object:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchone()[0]


def test_csv_of_sections_with_bom_reads_back_in_excel_encoding(tmp_path, demo_data):
    corpus, out = demo_data / "corpus.db", tmp_path / "sections.csv"
    written = export(corpus, out, fmt="csv", what="sections", bom=True)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert header == [column.name for column in COLUMNS["sections"]]
    assert written == len(rows) == scalar(corpus, "SELECT COUNT(*) FROM sections")
    by_id = {int(row[0]): dict(zip(header, row, strict=True)) for row in rows}
    with sqlite3.connect(corpus) as conn:   # a multi-line section: CSV quoting keeps it whole
        section_id, heading, text = conn.execute(
            "SELECT id, heading, text FROM sections WHERE instr(text, char(10)) LIMIT 1").fetchone()
    assert (by_id[section_id]["heading"], by_id[section_id]["text"]) == (heading, text)


def test_csv_without_bom_starts_with_the_header(tmp_path, demo_data):
    out = tmp_path / "documents.csv"
    export(demo_data / "corpus.db", out, fmt="csv")
    assert out.read_bytes().startswith(b"id,url,portal,")


def test_jsonl_documents_of_one_year(tmp_path, demo_data):
    corpus, out = demo_data / "corpus.db", tmp_path / "docs.jsonl"
    written = export(corpus, out, year=2024)
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert written == len(records) == scalar(
        corpus, "SELECT COUNT(*) FROM documents WHERE report_year = 2024") == 2
    assert {r["portal"] for r in records} == {"haizhou", "shishi"}
    assert all(r["report_year"] == 2024 and isinstance(r["attachments"], list)
               and r["text"] for r in records)


def test_parquet_sections_of_one_category_and_province(tmp_path, demo_data):
    corpus, out = demo_data / "corpus.db", tmp_path / "s.parquet"
    written = export(corpus, out, fmt="parquet", what="sections", category="shortcomings",
                     province="广东省")
    table = pq.read_table(out)
    expected = scalar(corpus, """SELECT COUNT(*) FROM sections s
        JOIN documents d ON d.id = s.document_id JOIN portals p ON p.slug = d.portal
        WHERE p.province = '广东省' AND s.category LIKE '%shortcomings%'""")
    assert written == table.num_rows == expected > 0
    assert str(table.schema.field("report_year").type) == "int64"
    rows = table.to_pylist()
    assert all("shortcomings" in row["category"].split(",") for row in rows)
    assert {row["portal"] for row in rows} == {"shanwei"}


def test_empty_selection_still_writes_a_readable_parquet_file(tmp_path, demo_data):
    out = tmp_path / "none.parquet"
    assert export(demo_data / "corpus.db", out, fmt="parquet", year=1990) == 0
    table = pq.read_table(out)
    assert table.num_rows == 0 and table.column_names[:2] == ["id", "url"]


def test_query_exports_exactly_what_search_finds(tmp_path, demo_data):
    corpus = demo_data / "corpus.db"
    hits = search(corpus, "行政执法", limit=1000)
    export(corpus, tmp_path / "s.jsonl", what="sections", query="行政执法")
    export(corpus, tmp_path / "d.jsonl", what="documents", query="行政执法")
    sections = [json.loads(x) for x in (tmp_path / "s.jsonl").read_text("utf-8").splitlines()]
    documents = [json.loads(x) for x in (tmp_path / "d.jsonl").read_text("utf-8").splitlines()]
    assert {s["id"] for s in sections} == {hit.section_id for hit in hits}
    assert all("行政执法" in (s["heading"] or "") + s["text"] for s in sections)
    assert {d["id"] for d in documents} == {hit.document_id for hit in hits}
    with_term = scalar(corpus, "SELECT COUNT(*) FROM sections WHERE instr(heading, '行政执法') "
                       "OR instr(text, '行政执法')")
    assert len(sections) == with_term


def test_duplicates_are_left_out_unless_asked_for(tmp_path, duplicates_corpus):
    default = export(duplicates_corpus, tmp_path / "a.jsonl")
    everything = export(duplicates_corpus, tmp_path / "b.jsonl", include_duplicates=True)
    assert (default, everything) == (3, 5)
    records = [json.loads(x) for x in (tmp_path / "a.jsonl").read_text("utf-8").splitlines()]
    assert all(r["duplicate_of"] is None for r in records)


def test_level_filter_uses_the_portal_registry_copy(tmp_path, duplicates_corpus):
    written = export(duplicates_corpus, tmp_path / "a.jsonl", level="department",
                     include_duplicates=True)
    [record] = [json.loads(x) for x in (tmp_path / "a.jsonl").read_text("utf-8").splitlines()]
    assert written == 1 and record["portal"] == "nanhe_sfj"


@pytest.mark.parametrize("options", [{"fmt": "xml"}, {"what": "pages"},
                                     {"fmt": "jsonl", "bom": True}])
def test_bad_options_are_refused_before_writing(tmp_path, demo_data, options):
    with pytest.raises(ExportError):
        export(demo_data / "corpus.db", tmp_path / "x", **options)
    assert not list(tmp_path.iterdir())
