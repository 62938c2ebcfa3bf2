"""The one writer of the corpus: crawl-time ingest, ``update`` and ``rebuild`` all write here.

A URL is one ``documents`` row (with its ``sections`` and their bigram-index rows) or one
``skipped`` row, never both; writing it again replaces what was there, a document keeping its id
(``duplicate_of`` references stay valid). Section ids are counted here, so the bigram-index rows
(bodies the cleaning workers segmented, ``db.corpus.ingest.Prepared``) go in with plain INSERTs.
Inside ``trigram_deferred()`` (a rebuild, an update batch) the per-row trigram trigger is off and
the new sections get their trigram rows in bulk, and their bigram rows wait too, inserted a few
thousand at a time: FTS5 writes its pending terms out as a new segment whenever another
statement opens a statement journal (one with a trigger, an INSERT … SELECT), so bigram rows
inserted between two documents' sections made a segment per document and ~2.5x the index CPU.
Portal rows come from ``Portal.as_row()`` (or a mapping of the same columns): only the columns
the schema has, never a new one on the fly.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from datasketch import LeanMinHash

from cleaning.document import Document, Section
from db.corpus.fts import FTS_TABLE, segment_section, unindex_document
from db.corpus.ingest import Cleaned, Prepared, current_cleaning_version, prepare, skip_reason
from db.corpus.schema import SECTION_TAGS_FROM_V3, SECTION_TAGS_V3
from db.corpus.store import Corpus, CorpusError

if TYPE_CHECKING:
    from db.archive.articles import ArchivedArticle
    from db.corpus.textindex import IndexFeeder

TRIGRAM_TABLE, TRIGRAM_INSERT_TRIGGER = "sections_trigram", "sections_ai"   # db/corpus/schema.py
BIGRAM_BATCH = 5_000    # deferred bigram rows held before an insert (~2 KB each)
SECTION_TAGS_SQL = (f"SELECT s.id, {SECTION_TAGS_V3} FROM {SECTION_TAGS_FROM_V3} "
                    "WHERE s.id >= ? AND s.id <= ?")
BIGRAM_INSERT_SQL = f"INSERT INTO {FTS_TABLE} (rowid, body, tags) VALUES (?, ?, ?)"


class PortalRowError(CorpusError):
    """A portal entry without a slug, or with columns the corpus schema does not have."""


class CorpusWriter:
    """Writes prepared articles, documents, skipped pages and portal rows into one corpus.
    ``signatures`` collects the near-duplicate signatures of the reports written, for
    ``db.corpus.duplicates.link_duplicates``."""

    def __init__(self, corpus: Corpus) -> None:
        self.db = corpus.db
        self.signatures: dict[int, LeanMinHash | None] = {}
        self.trigram_from: int | None = None   # first section not trigram-indexed (deferred)
        self.next_section_id = 0               # never reused, even after a replaced document
        self.bigram_rows: list[tuple[int, str]] = []   # (section id, body) waiting (deferred)
        # A rebuild's or update's feed of the search index (db/corpus/textindex.py): without
        # one, the search_pending triggers leave the re-indexing to the next search.
        self.text_index: IndexFeeder | None = None

    def write(self, prepared: Prepared) -> int | None:
        """Store a report as a document, anything else as a skipped page; the document id or
        None."""
        cleaned, doc = prepared.cleaned, prepared.cleaned.document
        if doc is None or not doc.is_report:
            self.write_skipped(skipped_row(cleaned, prepared.skip_reason))
            return None
        document_id = self.write_document(doc, prepared.segmented, **provenance(cleaned))
        if prepared.signed:
            self.signatures[document_id] = prepared.signature
        return document_id

    def write_document(self, doc: Document, segmented: list[str] | None = None,
                       **provenance: Any) -> int:
        """Store a cleaned report (``segmented``: its sections' index bodies, else made here)."""
        row = document_row(doc, **provenance)
        with self._transaction():
            self.db.execute("DELETE FROM skipped WHERE url = ?", [row["url"]])
            document_id = self._document_id(row["url"])
            if document_id is None:
                document_id = self._insert("documents", row)
            else:
                self._drop_sections(document_id)
                self.db.table("documents").update(document_id, row)
            self._insert_sections(document_id, doc.sections, segmented)
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
    def trigram_deferred(self) -> Iterator[None]:
        """Without the per-row trigram trigger (slow: FTS5 row by row): the sections written
        meanwhile get their trigram rows by ``add_trigram_rows`` and at the end. Inside a
        transaction; only this writer may write sections meanwhile."""
        found = self.db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                "name = ?", [TRIGRAM_INSERT_TRIGGER]).fetchone()
        if found is None:
            yield
            return
        self.trigram_from = self._reserve_section_ids(0)
        self.db.execute(f"DROP TRIGGER {TRIGRAM_INSERT_TRIGGER}")
        yield
        self.add_trigram_rows()
        self.db.execute(found[0])
        self.trigram_from = None

    def add_trigram_rows(self) -> None:
        """Index the sections written since the last call: their waiting bigram rows, then
        their trigram rows in one INSERT … SELECT (a rebuild calls it every few hundred
        articles, so the indexes grow while the workers clean)."""
        self._add_bigram_rows()
        if self.trigram_from is None or self.trigram_from == self.next_section_id:
            return
        self.db.execute(f"INSERT INTO {TRIGRAM_TABLE} (rowid, heading, text) SELECT id, "
                        "heading, text FROM sections WHERE id >= ? AND id < ?",
                        [self.trigram_from, self.next_section_id])
        self.trigram_from = self.next_section_id

    def _insert_sections(self, document_id: int, sections: list[Section],
                         segmented: list[str] | None) -> None:
        if not sections:
            return
        first = self._reserve_section_ids(len(sections))
        rows = [(first + i, *section_row(document_id, i + 1, section, part).values())
                for i, (section, part) in enumerate(
                    zip(sections, part_categories(sections), strict=True))]
        columns = ["id", *section_row(document_id, 1, sections[0])]
        self.db.conn.executemany(_insert_sql("sections", columns), rows)
        bodies = segmented or [segment_section(s.heading, s.text) for s in sections]
        self.bigram_rows.extend(zip(range(first, first + len(rows)), bodies, strict=True))
        if self.trigram_from is None or len(self.bigram_rows) >= BIGRAM_BATCH:
            self._add_bigram_rows()
        if self.text_index is not None:
            self.text_index.replace(document_id, bodies)

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
        writer (a replaced document's old ids are not handed out again, so the trigram rows
        added in bulk cover exactly the sections written since)."""
        stored = self.db.execute("SELECT COALESCE(MAX(id), 0) FROM sections").fetchone()[0]
        first = max(self.next_section_id, stored + 1)
        self.next_section_id = first + count
        return first

    def _document_id(self, url: str) -> int | None:
        row = self.db.execute("SELECT id FROM documents WHERE url = ?", [url]).fetchone()
        return row[0] if row else None

    def _drop_sections(self, document_id: int) -> None:
        # Sections written while the trigram rows are deferred get theirs first: the delete
        # trigger removes a row from that index, which must be there.
        self.add_trigram_rows()
        unindex_document(self.db, document_id)
        # The trigram index follows through the sections_ad trigger.
        self.db.execute("DELETE FROM sections WHERE document_id = ?", [document_id])

    def _delete_document(self, url: str) -> None:
        document_id = self._document_id(url)
        if document_id is None:
            return
        self._drop_sections(document_id)
        self.db.execute("UPDATE documents SET duplicate_of = NULL WHERE duplicate_of = ?",
                        [document_id])
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


def provenance(cleaned: Cleaned) -> dict[str, Any]:
    return {"url": cleaned.url, "portal": cleaned.portal, "response_id": cleaned.response_id,
            "sha256": cleaned.sha256, "fetched_at": cleaned.fetched_at,
            "revision": cleaned.revision}


def skipped_row(cleaned: Cleaned, reason: str | None = None) -> dict[str, Any]:
    """The skipped row of a page that is not a report (``reason``: when already worked out)."""
    doc = cleaned.document
    return {**provenance(cleaned), "title": (doc.title if doc else None) or cleaned.title_hint,
            "reason": reason or skip_reason(cleaned),
            "cleaning_version": doc.cleaning_version if doc else current_cleaning_version()}


def document_row(doc: Document, **provenance: Any) -> dict[str, Any]:
    """The documents row of a cleaned Document (contract fields + provenance)."""
    return {
        **provenance,
        "title": doc.title, "publisher": doc.publisher, "doc_number": doc.doc_number,
        "index_number": doc.index_number, "published": doc.published,
        "report_year": doc.report_year, "original_script": doc.original_script,
        "is_report": int(bool(doc.is_report)), "text": doc.text,
        "attachments": json.dumps([asdict(a) for a in doc.attachments], ensure_ascii=False),
        "encoding": doc.encoding, "family": doc.family,
        "warnings": json.dumps(list(doc.warnings), ensure_ascii=False),
        "cleaning_version": doc.cleaning_version,
    }


def section_row(document_id: int, ordinal: int, section: Section,
                part: str | None = None) -> dict[str, Any]:
    return {"document_id": document_id, "ordinal": ordinal, "level": section.level,
            "number": section.number, "heading": section.heading,
            "category": _joined(section.category), "part": part, "text": section.text}


def part_categories(sections: list[Section]) -> list[str | None]:
    """For each section, the category of the level-1 part it is in (None before the first)."""
    parts, current = [], None
    for section in sections:
        if section.level == 1:
            current = _joined(section.category)
        parts.append(current)
    return parts


def portal_row(portal: Mapping[str, Any] | Any, columns: set[str]) -> dict[str, Any]:
    """A portals row: ``portal.as_row()`` (settings.registry.Portal) or a mapping, checked
    against the table's ``columns`` (a new column needs a corpus migration)."""
    row = dict(portal.as_row() if hasattr(portal, "as_row") else portal)
    if not row.get("slug"):
        raise PortalRowError(f"portal entry without a slug: {row!r}")
    unknown = sorted(set(row) - columns)
    if unknown:
        raise PortalRowError(f"portal {row['slug']!r}: no such corpus column(s) "
                             f"{', '.join(unknown)} (add a migration in db/corpus/schema.py)")
    return row


def _joined(category: str | list[str] | tuple[str, ...] | None) -> str | None:
    """A heading covering two categories is stored comma-joined: "shortcomings,plans"."""
    return ",".join(category) if isinstance(category, list | tuple) else category


def _insert_sql(table: str, columns: list[str]) -> str:
    names = ", ".join(f"[{column}]" for column in columns)
    return f"INSERT INTO [{table}] ({names}) VALUES ({', '.join('?' * len(columns))})"
