"""The one writer of the corpus: crawl-time ingest, ``update`` and ``rebuild`` all write here.

A URL is one ``documents`` row (with its ``sections`` and their bigram-index rows) or one
``skipped`` row, never both; writing it again replaces what was there, a document keeping its id
(``duplicate_of`` references stay valid). Section ids are counted here, so the bigram-index rows
(bodies the cleaning workers segmented, ``db.corpus.ingest.Prepared``) go in with plain INSERTs.
Inside ``index_deferred()`` (an update batch) they wait, inserted a few thousand at a time: FTS5
writes its pending terms out as a segment whenever a statement opens a statement journal (a
trigger, an INSERT … SELECT): rows between two documents' sections made ~2.5x the index CPU.
A rebuild holds them back (``hold_bigram_rows``) until the duplicates are linked
(``index_held_sections``): only documents that are not copies get rows (migration v9; a mark
drops a document's rows, which FTS5 does by tokenizing them), each section segmented once for
both search indexes. Portal rows come from ``Portal.as_row()`` (or a mapping of the same
columns): only the columns the schema has. The rows are built in ``db.corpus.rows``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from datasketch import LeanMinHash

from cleaning.document import Document
from db.corpus.fts import (
    FTS_TABLE,
    index_documents,
    segment_section,
    unindex_document,
)
from db.corpus.held import COPIES_SQL, Segmenter, feed_held, held_ranges, segmented_here
from db.corpus.ingest import Prepared, prepare
from db.corpus.rows import (
    SECTION_COLUMNS,
    SectionValues,
    document_row,
    portal_row,
    provenance,
    section_values,
    skipped_row,
)
from db.corpus.schema import SECTION_TAGS_FROM_V3, SECTION_TAGS_V3
from db.corpus.store import Corpus

if TYPE_CHECKING:
    from db.archive.articles import ArchivedArticle
    from db.corpus.textindex import IndexFeeder

BIGRAM_BATCH = 5_000    # deferred bigram rows held before an insert (~2 KB each)
SECTION_TAGS_SQL = (f"SELECT s.id, {SECTION_TAGS_V3} FROM {SECTION_TAGS_FROM_V3} "
                    "WHERE s.id >= ? AND s.id <= ?")
BIGRAM_INSERT_SQL = f"INSERT INTO {FTS_TABLE} (rowid, body, tags) VALUES (?, ?, ?)"
class CorpusWriter:
    """Writes prepared articles, documents, skipped pages and portal rows into one corpus.
    ``signatures`` collects the near-duplicate signatures of the reports written, for
    ``db.corpus.duplicates.link_duplicates``."""

    def __init__(self, corpus: Corpus) -> None:
        self.db = corpus.db
        self.signatures: dict[int, LeanMinHash | None] = {}
        self.deferring = False                 # bigram rows wait (index_deferred)
        self.next_section_id = 0               # never reused, even after a replaced document
        self.bigram_rows: list[tuple[int, str]] = []   # (section id, body) waiting (deferred)
        self.held_from: int | None = None   # first section id whose rows wait (hold_bigram_rows)
        # A rebuild's or update's feed of the search index (db/corpus/textindex.py): without
        # one, the search_pending triggers leave the re-indexing to the next search.
        self.text_index: IndexFeeder | None = None
        # slug → (province, level) of the portals rows, for the index (None: read them again)
        self.portal_places: dict[str | None, tuple[str | None, str | None]] | None = None

    def write(self, prepared: Prepared) -> int | None:
        """Store a report as a document, anything else as a skipped page; the document id or
        None."""
        cleaned, doc = prepared.cleaned, prepared.cleaned.document
        if doc is None or not doc.is_report:
            self.write_skipped(skipped_row(cleaned, prepared.skip_reason))
            return None
        document_id = self.write_document(doc, prepared.segmented, prepared.section_values,
                                          **provenance(cleaned))
        if prepared.signed:
            self.signatures[document_id] = prepared.signature
        return document_id

    def write_document(self, doc: Document, segmented: list[str] | None = None,
                       values: list[SectionValues] | None = None, **provenance: Any) -> int:
        """Store a cleaned report (``segmented``: its sections' index bodies, else made here;
        ``values``: its sections as a worker sent them, else ``doc.sections``)."""
        row = document_row(doc, **provenance)
        with self._transaction():
            self.db.execute("DELETE FROM skipped WHERE url = ?", [row["url"]])
            document_id = self._document_id(row["url"])
            new = document_id is None
            if document_id is None:
                document_id = self._insert("documents", row)
            else:
                self._drop_sections(document_id)
                self.db.table("documents").update(document_id, row)
            # A replaced copy stays one (its mark is kept): no bigram rows (migration v9).
            values = section_values(doc.sections) if values is None else values
            self._insert_sections(document_id, values, segmented,
                                  indexed=row if new else None,
                                  bigram=new or not self._is_copy(document_id))
        return document_id

    def write_skipped(self, row: dict[str, Any]) -> int:
        """Remember a page that is not a report (or could not be cleaned), replacing its
        document."""
        with self._transaction():
            self._delete_document(row["url"])
            self.db.execute("DELETE FROM skipped WHERE url = ?", [row["url"]])
            return self._insert("skipped", row)

    def write_portals(self, portals: Iterable[Mapping[str, Any] | Any]) -> None:
        """Copy registry entries (``Portal``s or mappings of portal columns) for filtering."""
        columns = set(self.db.table("portals").columns_dict)
        rows = [portal_row(portal, columns) for portal in portals]
        if rows:
            self.db.table("portals").upsert_all(rows, pk="slug")
            self.portal_places = None

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write all or nothing: its own transaction, or the caller's (a rebuild's, an
        update batch's), which an exception rolls back whole. Not a savepoint: SQLite journals
        every page a savepoint touches, which made a rebuild's parent twice as slow."""
        if self.db.conn.in_transaction:
            yield
        else:
            with self.db.atomic():
                yield

    @contextmanager
    def index_deferred(self) -> Iterator[None]:
        """The bigram rows of the sections written meanwhile wait and go in BIGRAM_BATCH at a
        time, the last ones on leaving (one segment per batch, not per document). Inside a
        transaction; only this writer may write sections meanwhile."""
        self.deferring = True
        try:
            yield
        finally:
            self.deferring = False
        self._add_bigram_rows()

    def _insert_sections(self, document_id: int, sections: list[SectionValues],
                         segmented: list[str] | None, *,
                         indexed: dict[str, Any] | None = None, bigram: bool = True) -> None:
        """``indexed``: the row of a new document, from which the search index gets its
        sections' values (a replaced one's are read back: its duplicate mark stays);
        ``bigram``: False for a copy (no bigram rows)."""
        if not sections:
            return
        first = self._reserve_section_ids(len(sections))
        rows = [(first + i, document_id, i + 1, *values) for i, values in enumerate(sections)]
        self.db.conn.executemany(_insert_sql("sections", list(SECTION_COLUMNS)), rows)
        held = self.held_from is not None      # index_held_sections makes the rows
        if held and self.text_index is None:
            return
        bodies = segmented or [segment_section(heading, text)
                               for _, _, heading, _, _, text in sections]
        if bigram and not held:
            self.bigram_rows.extend(zip(range(first, first + len(rows)), bodies, strict=True))
        if not self.deferring or len(self.bigram_rows) >= BIGRAM_BATCH:
            self._add_bigram_rows()
        if self.text_index is not None:
            index_rows = None if indexed is None else self._index_rows(
                document_id, indexed, sections, first)
            self.text_index.replace(document_id, bodies, index_rows)

    def _index_rows(self, document_id: int, document: dict[str, Any],
                    sections: list[SectionValues], first: int) -> list[tuple]:
        """A new document's sections in textindex.SECTIONS_SQL's columns, from the values
        written (reading them back cost the parent a query and a copy of the texts each)."""
        if self.portal_places is None:
            self.portal_places = {slug: (province, level) for slug, province, level in
                                  self.db.execute("SELECT slug, province, level FROM portals")}
        province, level = self.portal_places.get(document["portal"], (None, None))
        return [(first + i, heading, text, part, document["report_year"], None,
                 document["portal"], document_id, province, level)
                for i, (_, _, heading, _, part, text) in enumerate(sections)]

    def hold_bigram_rows(self) -> None:
        """Make no bigram rows for the sections written from now on until
        ``index_held_sections`` (a rebuild: after linking duplicates, so that each row is
        tokenized once, with its final tags, and copies are not segmented at all)."""
        self.held_from = self._reserve_section_ids(0)

    def index_held_sections(self, feeder: IndexFeeder,
                            segmenter: Segmenter = segmented_here) -> None:
        """Give both search indexes the held sections of documents that are not copies (a
        rebuild, once linked), a range of section ids at a time: each section segmented once
        for both, by ``segmenter`` (a rebuild's: in its idle cleaning workers, a few ranges
        ahead, see db.corpus.pool); tantivy indexes a range in its thread while FTS5 tokenizes
        its bigram rows in this one (sqlite3 lets go of the GIL)."""
        self._add_bigram_rows()
        if self.held_from is None:
            return
        first, self.held_from = self.held_from, None
        for rows, texts in segmenter(held_ranges(self.db, first, self.next_section_id)):
            self.db.conn.executemany(BIGRAM_INSERT_SQL, feed_held(feeder, rows, texts))
        for (copy,) in self.db.execute(COPIES_SQL).fetchall():   # done: nothing to index
            feeder.replace(copy, [], [])

    def _add_bigram_rows(self) -> None:
        """Insert the waiting bigram rows, tagged from their sections' rows (documents and
        portals written before), with one plain INSERT each: no statement journal between
        them, so FTS5 keeps their terms in memory."""
        if not self.bigram_rows:
            return
        rows, self.bigram_rows = self.bigram_rows, []
        tags = dict(self.db.execute(SECTION_TAGS_SQL, [rows[0][0], rows[-1][0]]).fetchall())
        self.db.conn.executemany(BIGRAM_INSERT_SQL, [(section_id, body, tags[section_id])
                                                     for section_id, body in rows])

    def _reserve_section_ids(self, count: int) -> int:
        """The first of ``count`` new section ids: above every id used, in the file or by this
        writer (a replaced document's old ids are not handed out again: a range of ids is the
        sections written in it, which ``index_held_sections`` relies on)."""
        stored = self.db.execute("SELECT COALESCE(MAX(id), 0) FROM sections").fetchone()[0]
        first = max(self.next_section_id, stored + 1)
        self.next_section_id = first + count
        return first

    def _is_copy(self, document_id: int) -> bool:
        return self.db.execute("SELECT duplicate_of IS NOT NULL FROM documents WHERE id = ?",
                               [document_id]).fetchone()[0] == 1

    def _document_id(self, url: str) -> int | None:
        row = self.db.execute("SELECT id FROM documents WHERE url = ?", [url]).fetchone()
        return row[0] if row else None

    def _drop_sections(self, document_id: int) -> None:
        # Bigram rows still waiting may be this document's: in first, then unindexed with it.
        self._add_bigram_rows()
        unindex_document(self.db, document_id)
        self.db.execute("DELETE FROM sections WHERE document_id = ?", [document_id])

    def _delete_document(self, url: str) -> None:
        document_id = self._document_id(url)
        if document_id is None:
            return
        self._drop_sections(document_id)
        copies = [row[0] for row in self.db.execute(
            "SELECT id FROM documents WHERE duplicate_of = ?", [document_id])]
        self.db.execute("UPDATE documents SET duplicate_of = NULL WHERE duplicate_of = ?",
                        [document_id])
        index_documents(self.db, copies)   # copies no more: their bigram rows come back
        self.db.execute("DELETE FROM documents WHERE id = ?", [document_id])
        if self.text_index is not None:
            self.text_index.replace(document_id)

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        cursor = self.db.conn.execute(_insert_sql(table, list(row)), list(row.values()))
        return int(cursor.lastrowid or 0)


def ingest_article(corpus: Corpus, article: ArchivedArticle,
                   portal: Mapping[str, Any] | Any | None = None) -> int | None:
    """Clean one archived article into the corpus (and its portal's row); the document id,
    None if not a report."""
    writer = CorpusWriter(corpus)
    if portal:
        writer.write_portals([portal])
    return writer.write(prepare(article))


def _insert_sql(table: str, columns: list[str]) -> str:
    names = ", ".join(f"[{column}]" for column in columns)
    return f"INSERT INTO [{table}] ({names}) VALUES ({', '.join('?' * len(columns))})"
