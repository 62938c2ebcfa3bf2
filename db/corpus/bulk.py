"""Writing cleaned articles with plain INSERTs: a rebuild's fresh corpus, and the URLs an
``update`` finds new to the corpus. The rows are those ``db.corpus.ingest.store_cleaned`` writes
(``document_row``, ``section_row``, the skip rule), without its per-document lookups and with the
bigram-index bodies the cleaning workers segmented (``db.corpus.pool.Prepared``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from datasketch import LeanMinHash
from sqlite_utils import Database

from db.corpus.fts import index_segmented
from db.corpus.ingest import current_cleaning_version, skip_reason
from db.corpus.pool import Prepared
from db.corpus.store import Corpus, document_row, part_categories, section_row

TRIGRAM_TABLE, TRIGRAM_INSERT_TRIGGER = "sections_trigram", "sections_ai"   # db/migrations.py


class BulkWriter:
    """Writes prepared articles whose URL the corpus does not have yet: plain INSERTs with
    section ids counted here (``resync`` after anything else wrote sections). Used inside a
    transaction and ``trigram_deferred()``: by a rebuild for everything, by an update for the
    URLs new to the corpus."""

    def __init__(self, corpus: Corpus) -> None:
        self.db = corpus.db
        self.signatures: dict[int, LeanMinHash | None] = {}   # document id → for the dup pass
        self.trigram_from: int | None = None   # first section not trigram-indexed (deferred)
        self.resync()

    def resync(self) -> None:
        self.next_section_id = 1 + (self.db.execute(
            "SELECT COALESCE(MAX(id), 0) FROM sections").fetchone()[0])

    def write(self, prepared: Prepared) -> int | None:
        cleaned, doc = prepared.cleaned, prepared.cleaned.document
        provenance = {"url": cleaned.url, "portal": cleaned.portal,
                      "response_id": cleaned.response_id, "sha256": cleaned.sha256,
                      "fetched_at": cleaned.fetched_at, "revision": cleaned.revision}
        if doc is None or not doc.is_report:
            self._insert("skipped", {
                **provenance, "title": (doc.title if doc else None) or cleaned.title_hint,
                "reason": skip_reason(cleaned),
                "cleaning_version": doc.cleaning_version if doc else current_cleaning_version()})
            return None
        document_id = self._insert("documents", document_row(doc, **provenance))
        if prepared.signed:
            self.signatures[document_id] = prepared.signature
        first = self.next_section_id
        rows = [{"id": first + i, **section_row(document_id, i + 1, section, part)}
                for i, (section, part) in enumerate(
                    zip(doc.sections, part_categories(doc.sections), strict=True))]
        if rows:
            columns = list(rows[0])
            self.db.conn.executemany(_insert_sql("sections", columns),
                                     [[row[c] for c in columns] for row in rows])
            index_segmented(self.db, zip(range(first, first + len(rows)), prepared.segmented,
                                         strict=True))
        self.next_section_id += len(rows)
        return document_id

    def _insert(self, table: str, row: dict) -> int:
        return self.db.conn.execute(_insert_sql(table, list(row)), list(row.values())).lastrowid

    @contextmanager
    def trigram_deferred(self) -> Iterator[None]:
        """Without the per-row trigger (slow: FTS5 row by row): the sections written meanwhile
        get their trigram rows in bulk, by ``add_trigram_rows`` and at the end. Inside a
        transaction; only this writer may write sections meanwhile."""
        found = _trigram_trigger(self.db)
        if found is None:
            yield
            return
        self.trigram_from = self.next_section_id
        self.db.execute(f"DROP TRIGGER {TRIGRAM_INSERT_TRIGGER}")
        yield
        self.add_trigram_rows()
        self.db.execute(found)
        self.trigram_from = None

    def add_trigram_rows(self) -> None:
        """Index the sections written since the last call in one INSERT … SELECT: a rebuild
        calls it every few hundred articles, so that the index grows while the workers clean
        instead of in one pass at the end."""
        if self.trigram_from is None or self.trigram_from == self.next_section_id:
            return
        self.db.execute(f"INSERT INTO {TRIGRAM_TABLE} (rowid, heading, text) SELECT id, "
                        "heading, text FROM sections WHERE id >= ? AND id < ?",
                        [self.trigram_from, self.next_section_id])
        self.trigram_from = self.next_section_id


def _trigram_trigger(db: Database) -> str | None:
    found = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                       [TRIGRAM_INSERT_TRIGGER]).fetchone()
    return found[0] if found else None


def _insert_sql(table: str, columns: list[str]) -> str:
    names = ", ".join(f"[{column}]" for column in columns)
    return f"INSERT INTO [{table}] ({names}) VALUES ({', '.join('?' * len(columns))})"
