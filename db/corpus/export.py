"""Export the corpus (reports or their sections) as JSON Lines, CSV or Parquet.

Filters are those of ``db.corpus.search`` (report year, portal, the portal's province and level, the
section's category) plus an optional full-text ``query`` answered by ``db.corpus.search.search``
itself,
so an export of a query has exactly the sections a search finds (for documents: the reports with
at least one such section). Rows are streamed from SQLite to the writer; nothing holds the whole
corpus in memory. Documents marked as duplicates are left out unless ``include_duplicates``
(a ``query`` never finds them: search excludes them).

CSV is UTF-8, optionally with a byte-order mark so that Excel opens it as UTF-8. Parquet needs
pyarrow, imported only when asked for.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from tqdm import tqdm

from db.corpus.search import check_category, search
from db.corpus.store import Corpus, CorpusError

FORMATS = ("jsonl", "csv", "parquet")
WHATS = ("documents", "sections")
PARQUET_BATCH_ROWS = 1000
JSON_COLUMNS = ("attachments", "warnings")     # stored as JSON text; real lists in JSON Lines


@dataclass(frozen=True)
class Column:
    name: str
    sql: str
    type: str = "string"    # string | int64 (the Parquet type)


PORTAL_COLUMNS = (Column("portal", "d.portal"), Column("portal_name", "p.name"),
                  Column("province", "p.province"), Column("portal_level", "p.level"))
COLUMNS = {
    "documents": (
        Column("id", "d.id", "int64"), Column("url", "d.url"), *PORTAL_COLUMNS,
        Column("report_year", "d.report_year", "int64"), Column("title", "d.title"),
        Column("publisher", "d.publisher"), Column("doc_number", "d.doc_number"),
        Column("index_number", "d.index_number"), Column("published", "d.published"),
        Column("original_script", "d.original_script"), Column("text", "d.text"),
        Column("attachments", "d.attachments"), Column("family", "d.family"),
        Column("encoding", "d.encoding"), Column("warnings", "d.warnings"),
        Column("fetched_at", "d.fetched_at"), Column("sha256", "d.sha256"),
        Column("cleaning_version", "d.cleaning_version"),
        Column("duplicate_of", "d.duplicate_of", "int64")),
    "sections": (
        Column("id", "s.id", "int64"), Column("document_id", "s.document_id", "int64"),
        Column("url", "d.url"), *PORTAL_COLUMNS,
        Column("report_year", "d.report_year", "int64"), Column("title", "d.title"),
        Column("ordinal", "s.ordinal", "int64"), Column("level", "s.level", "int64"),
        Column("number", "s.number"), Column("heading", "s.heading"),
        Column("category", "s.category"), Column("text", "s.text")),
}
SOURCE = {"documents": "documents d LEFT JOIN portals p ON p.slug = d.portal",
          "sections": "sections s JOIN documents d ON d.id = s.document_id "
                      "LEFT JOIN portals p ON p.slug = d.portal"}
ORDER = {"documents": "d.portal, d.report_year, d.id",
         "sections": "d.portal, d.report_year, d.id, s.ordinal"}
CATEGORY_MATCH = "instr(',' || s.category || ',', ',' || :category || ',') > 0"
FILTERS = {"year": "d.report_year = :year", "portal": "d.portal = :portal",
           "province": "p.province = :province", "level": "p.level = :level"}
CATEGORY_FILTER = {
    "sections": CATEGORY_MATCH,
    "documents": f"EXISTS (SELECT 1 FROM sections s WHERE s.document_id = d.id AND "
                 f"{CATEGORY_MATCH})"}
QUERY_FILTER = {"sections": "s.id IN (SELECT value FROM json_each(:ids))",
                "documents": "d.id IN (SELECT value FROM json_each(:ids))"}


class ExportError(ValueError):
    """Bad export options, or Parquet without pyarrow."""


def export(corpus_path: str | Path, out: str | Path | IO[bytes], *, fmt: str = "jsonl",
           what: str = "documents", bom: bool = False, year: int | None = None,
           portal: str | None = None, province: str | None = None, level: str | None = None,
           category: str | None = None, query: str | None = None,
           include_duplicates: bool = False, progress: bool = False) -> int:
    """Write the selected documents or sections to ``out`` (a path, ``-`` for stdout, or a
    binary file); the number of rows written."""
    _check_options(fmt, what, bom)
    check_category(category)    # a typo is an error, as in `fazhi search`, not 0 rows
    if not Path(corpus_path).is_file():
        raise CorpusError(f"no corpus at {corpus_path}")
    filters = {"year": year, "portal": portal, "province": province, "level": level,
               "category": category}
    params = {name: value for name, value in filters.items() if value is not None}
    if query:
        params["ids"] = json.dumps(_matching_ids(corpus_path, query, what, params))
    sql = select_sql(what, params, include_duplicates)
    columns = COLUMNS[what]
    with Corpus(corpus_path) as corpus, _binary_sink(out) as sink:
        total = _count(corpus, sql, params) if progress else None
        rows = corpus.db.execute(sql, params)
        bar = tqdm(rows, total=total, unit=what[:-1], desc="export", file=sys.stderr,
                   disable=not progress)
        return WRITERS[fmt](sink, columns, bar, bom)


def select_sql(what: str, params: dict[str, Any], include_duplicates: bool) -> str:
    conditions = [FILTERS[name] for name in FILTERS if name in params]
    if "category" in params:
        conditions.append(CATEGORY_FILTER[what])
    if "ids" in params:
        conditions.append(QUERY_FILTER[what])
    if not include_duplicates:
        conditions.append("d.duplicate_of IS NULL")
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    select = ", ".join(f"{column.sql} AS {column.name}" for column in COLUMNS[what])
    return f"SELECT {select} FROM {SOURCE[what]} {where} ORDER BY {ORDER[what]}"


def _check_options(fmt: str, what: str, bom: bool) -> None:
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    if what not in WHATS:
        raise ExportError(f"cannot export {what!r} (one of {', '.join(WHATS)})")
    if bom and fmt != "csv":
        raise ExportError("a byte-order mark only applies to CSV")


def _matching_ids(corpus_path: str | Path, query: str, what: str,
                  filters: dict[str, Any]) -> list[int]:
    """Section (or document) ids the search finds: the same answer as `fazhi search`."""
    with Corpus(corpus_path) as corpus:
        sections = corpus.db.execute("SELECT COUNT(*) FROM sections").fetchone()[0]
    hits = search(corpus_path, query, limit=max(1, sections), **filters)
    ids = {hit.section_id if what == "sections" else hit.document_id for hit in hits}
    return sorted(ids)


def _count(corpus: Corpus, sql: str, params: dict[str, Any]) -> int:
    return corpus.db.execute(f"SELECT COUNT(*) FROM ({sql})", params).fetchone()[0]


@contextmanager
def _binary_sink(out: str | Path | IO[bytes]) -> Iterator[IO[bytes]]:
    """A binary stream for ``out``; a file is written under a temporary name and renamed only
    when complete, so a failed export leaves no truncated file behind."""
    if str(out) == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    if not isinstance(out, str | Path):
        yield out
        return
    target = Path(out)
    partial = target.with_name(f".{target.name}.partial")
    try:
        with open(partial, "wb") as handle:
            yield handle
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _write_jsonl(sink: IO[bytes], columns: tuple[Column, ...], rows: Iterable[tuple],
                 bom: bool) -> int:
    count = 0
    for row in rows:
        record = dict(zip((c.name for c in columns), row, strict=True))
        for name in JSON_COLUMNS:
            if record.get(name):
                record[name] = json.loads(record[name])
        sink.write(json.dumps(record, ensure_ascii=False).encode() + b"\n")
        count += 1
    return count


def _write_csv(sink: IO[bytes], columns: tuple[Column, ...], rows: Iterable[tuple],
               bom: bool) -> int:
    text = io.TextIOWrapper(sink, encoding="utf-8-sig" if bom else "utf-8", newline="")
    try:
        writer = csv.writer(text)
        writer.writerow(column.name for column in columns)
        count = 0
        for row in rows:
            writer.writerow(row)
            count += 1
        text.flush()
    finally:
        text.detach()    # the caller owns (and closes) the binary stream
    return count


def _write_parquet(sink: IO[bytes], columns: tuple[Column, ...], rows: Iterable[tuple],
                   bom: bool) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ExportError("Parquet export needs pyarrow: pip install pyarrow") from exc
    schema = pa.schema([(c.name, getattr(pa, c.type)()) for c in columns])
    names = [column.name for column in columns]
    count, batch = 0, []
    with pq.ParquetWriter(sink, schema, compression="zstd") as writer:
        for row in rows:
            batch.append(dict(zip(names, row, strict=True)))
            if len(batch) >= PARQUET_BATCH_ROWS:
                writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
                count, batch = count + len(batch), []
        if batch or not count:
            writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


WRITERS = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}
