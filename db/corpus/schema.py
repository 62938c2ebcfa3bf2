"""The corpus's schema: migrations applied in order by ``db.migrations.open_database``.

Never edit a released migration: append a new one.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:   # `fazhi search` reads these SQL texts without loading sqlite-utils
    from sqlite_utils import Database

    from db.migrations import Migration

DOCUMENT_COLUMNS = {
    "id": int, "url": str, "portal": str,
    # contract fields (../docs contract §1), sections live in their own table
    "title": str, "publisher": str, "doc_number": str, "index_number": str, "published": str,
    "report_year": int, "original_script": str, "is_report": int, "text": str,
    "attachments": str,
    # provenance and diagnostics
    "encoding": str, "family": str, "warnings": str, "cleaning_version": str,
    "response_id": int, "sha256": str, "revision": str, "fetched_at": str,
    "duplicate_of": int,
}

# Segmented (bigram) copy of heading + text, rowid = sections.id; see db/corpus/fts.py.
SECTIONS_FTS_SQL = "CREATE VIRTUAL TABLE sections_fts USING fts5(body, tokenize='unicode61')"

# Trigram index straight over sections (external content) for Datasette's search box (3+
# characters); triggers keep it in step with every insert/delete/update of a section. Dropped by
# v8 (corpus_v8).
SECTIONS_TRIGRAM_SQL = """
CREATE VIRTUAL TABLE [sections_trigram] USING FTS5 (
    [heading], [text], tokenize='trigram', content=[sections], content_rowid=[id]
);
CREATE TRIGGER [sections_ai] AFTER INSERT ON [sections] BEGIN
  INSERT INTO [sections_trigram] (rowid, [heading], [text])
  VALUES (new.[id], new.[heading], new.[text]);
END;
CREATE TRIGGER [sections_ad] AFTER DELETE ON [sections] BEGIN
  INSERT INTO [sections_trigram] ([sections_trigram], rowid, [heading], [text])
  VALUES ('delete', old.[id], old.[heading], old.[text]);
END;
CREATE TRIGGER [sections_au] AFTER UPDATE ON [sections] BEGIN
  INSERT INTO [sections_trigram] ([sections_trigram], rowid, [heading], [text])
  VALUES ('delete', old.[id], old.[heading], old.[text]);
  INSERT INTO [sections_trigram] (rowid, [heading], [text])
  VALUES (new.[id], new.[heading], new.[text]);
END;
"""


def corpus_v1(db: Database) -> None:
    """documents, sections (+ both full-text indexes), skipped pages, the portal registry copy."""
    db.create_table("documents", DOCUMENT_COLUMNS, pk="id", not_null=["url"],
                    foreign_keys=[("duplicate_of", "documents", "id")])
    documents = db.table("documents")
    documents.create_index(["url"], unique=True)
    documents.create_index(["report_year"])
    documents.create_index(["portal"])
    db.create_table("sections", {
        "id": int, "document_id": int, "ordinal": int, "level": int, "number": str,
        "heading": str, "category": str, "text": str,
    }, pk="id", not_null=["document_id", "ordinal"],
        foreign_keys=[("document_id", "documents", "id")])
    db.table("sections").create_index(["document_id", "ordinal"])
    db.table("sections").create_index(["category"])
    db.execute(SECTIONS_FTS_SQL)
    db.executescript(SECTIONS_TRIGRAM_SQL)  # statement by statement inside our transaction
    db.create_table("skipped", {
        "id": int, "url": str, "portal": str, "title": str, "reason": str,
        "response_id": int, "sha256": str, "revision": str, "fetched_at": str,
        "cleaning_version": str,
    }, pk="id", not_null=["url", "reason"])
    db.table("skipped").create_index(["url"], unique=True)
    db.create_table("portals", {
        "slug": str, "name": str, "division_code": str, "level": str, "province": str,
        "family": str,
    }, pk="slug")


def corpus_v2(db: Database) -> None:
    """sections.part: the category of the level-1 part a section belongs to (its own for level 1),
    so `--category shortcomings` finds every section of that part, not only its heading."""
    db.execute("ALTER TABLE sections ADD COLUMN part TEXT")
    db.execute("""
        UPDATE sections SET part = (
          SELECT p.category FROM sections p
          WHERE p.document_id = sections.document_id AND p.level = 1
            AND p.ordinal <= sections.ordinal
          ORDER BY p.ordinal DESC LIMIT 1)""")
    db.table("sections").create_index(["part"])


# v3: the filters a search can push into the index, as words of a second FTS5 column (see
# db/corpus/fts.py): y<year> p<hex portal> r<hex province> l<hex level> c<category>… dup.
SECTION_TAGS_V3 = """trim(
  coalesce('y' || d.report_year, '') || ' ' || coalesce('p' || hex(d.portal), '') || ' ' ||
  coalesce('r' || hex(p.province), '') || ' ' || coalesce('l' || hex(p.level), '') || ' ' ||
  coalesce('c' || replace(s.part, ',', ' c'), '') || ' ' ||
  CASE WHEN d.duplicate_of IS NULL THEN '' ELSE 'dup' END)"""
SECTION_TAGS_FROM_V3 = """sections s JOIN documents d ON d.id = s.document_id
  LEFT JOIN portals p ON p.slug = d.portal"""
_RETAG_V3 = f"""UPDATE sections_fts SET tags = (SELECT {SECTION_TAGS_V3}
  FROM {SECTION_TAGS_FROM_V3} WHERE s.id = sections_fts.rowid)"""
SECTIONS_FTS_TAG_TRIGGERS_V3 = f"""
CREATE TRIGGER sections_fts_document_tags AFTER UPDATE OF report_year, portal, duplicate_of
ON documents WHEN old.report_year IS NOT new.report_year OR old.portal IS NOT new.portal
  OR (old.duplicate_of IS NULL) <> (new.duplicate_of IS NULL) BEGIN
  {_RETAG_V3} WHERE rowid IN (SELECT id FROM sections WHERE document_id = new.id);
END;
CREATE TRIGGER sections_fts_portal_tags AFTER UPDATE OF province, level ON portals
WHEN old.province IS NOT new.province OR old.level IS NOT new.level BEGIN
  {_RETAG_V3} WHERE rowid IN (SELECT s.id FROM sections s JOIN documents d
                              ON d.id = s.document_id WHERE d.portal = new.slug);
END;
CREATE TRIGGER sections_fts_new_portal_tags AFTER INSERT ON portals BEGIN
  {_RETAG_V3} WHERE rowid IN (SELECT s.id FROM sections s JOIN documents d
                              ON d.id = s.document_id WHERE d.portal = new.slug);
END;
"""


def corpus_v3(db: Database) -> None:
    """sections_fts gains a ``tags`` column (the section's year, portal, province, level,
    categories, duplicate mark) so that filters are part of the index query, and ranks with
    bm25 on ``body`` only; triggers keep the tags in step with documents and portals."""
    db.execute("ALTER TABLE sections_fts RENAME TO sections_fts_v2")
    db.execute("CREATE VIRTUAL TABLE sections_fts USING fts5(body, tags, tokenize='unicode61')")
    db.execute(f"""INSERT INTO sections_fts (rowid, body, tags)
        SELECT f.rowid, f.body, {SECTION_TAGS_V3}
        FROM {SECTION_TAGS_FROM_V3} JOIN sections_fts_v2 f ON f.rowid = s.id""")
    db.execute("DROP TABLE sections_fts_v2")
    db.execute("INSERT INTO sections_fts (sections_fts, rank) VALUES ('rank', 'bm25(1.0, 0.0)')")
    db.executescript(SECTIONS_FTS_TAG_TRIGGERS_V3)


def corpus_v4(db: Database) -> None:
    """sections_fts is built again with db/corpus/fts.py's run boundaries (the bigrams of two
    Han runs joined: 复复复 matched 复复 复复), tags spelled as in v3. It segments with the code
    of the day on purpose: a later change of the segmentation comes with its own re-indexing.
    A corpus with sections says what it is doing (a minute per 100k sections or so)."""
    from db.corpus.fts import index_sections  # fts imports this module

    count = db.execute("SELECT count(*) FROM sections").fetchone()[0]
    if count:
        print(f"re-indexing {count:,} sections for search (one time)…", file=sys.stderr,
              flush=True)
    db.execute("DROP TABLE sections_fts")
    db.execute("CREATE VIRTUAL TABLE sections_fts USING fts5(body, tags, tokenize='unicode61')")
    db.execute("INSERT INTO sections_fts (sections_fts, rank) VALUES ('rank', 'bm25(1.0, 0.0)')")
    index_sections(db, db.execute("SELECT id, heading, text FROM sections ORDER BY id"))
    db.execute("INSERT INTO sections_fts (sections_fts) VALUES ('optimize')")


CORPUS_MIGRATIONS: list[Migration] = [corpus_v1, corpus_v2, corpus_v3, corpus_v4]


# v5: the search index (db/corpus/textindex.py, tantivy, beside the corpus) re-indexes the
# documents listed in search_pending; these triggers list every document whose sections, year,
# portal or duplicate mark change. corpus_id ties an index directory to this corpus file.
SEARCH_PENDING_V5 = """
CREATE TABLE search_pending (document_id INTEGER PRIMARY KEY);
CREATE TABLE search_index_meta (key TEXT PRIMARY KEY, value TEXT);
INSERT INTO search_index_meta VALUES ('corpus_id', lower(hex(randomblob(8))));
INSERT INTO search_pending SELECT id FROM documents;
CREATE TRIGGER search_pending_section_added AFTER INSERT ON sections BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (new.document_id);
END;
CREATE TRIGGER search_pending_section_deleted AFTER DELETE ON sections BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (old.document_id);
END;
CREATE TRIGGER search_pending_section_changed AFTER UPDATE OF document_id, heading, text, part
ON sections BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (old.document_id);
  INSERT OR IGNORE INTO search_pending VALUES (new.document_id);
END;
CREATE TRIGGER search_pending_document_changed AFTER UPDATE OF report_year, portal, duplicate_of
ON documents WHEN old.report_year IS NOT new.report_year OR old.portal IS NOT new.portal
  OR old.duplicate_of IS NOT new.duplicate_of BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (new.id);
END;
"""


def corpus_v5(db: Database) -> None:
    """search_pending and search_index_meta: what the tantivy search index must re-index, and
    the corpus's id the index is tied to (an older corpus gets all its documents queued)."""
    db.executescript(SEARCH_PENDING_V5)


# v6: the search index holds a portal's province and level as terms of its sections (a term
# set of the portal slugs measured 5x slower); a portal row that comes, changes or goes queues
# its documents. The triggers queue with NOT EXISTS, not INSERT OR IGNORE: a trigger takes the
# conflict policy of the statement that fires it, and sqlite-utils' upsert made the IGNORE an
# abort (UNIQUE constraint failed: search_pending.document_id); v5's are made again so.
def _queue(documents: str) -> str:
    return (f"INSERT INTO search_pending SELECT id FROM ({documents}) AS queued "
            "WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE document_id = queued.id);")


SEARCH_PENDING_V6 = f"""
DROP TRIGGER search_pending_section_added;
DROP TRIGGER search_pending_section_deleted;
DROP TRIGGER search_pending_section_changed;
DROP TRIGGER search_pending_document_changed;
CREATE TRIGGER search_pending_section_added AFTER INSERT ON sections BEGIN
  {_queue("SELECT new.document_id AS id")}
END;
CREATE TRIGGER search_pending_section_deleted AFTER DELETE ON sections BEGIN
  {_queue("SELECT old.document_id AS id")}
END;
CREATE TRIGGER search_pending_section_changed AFTER UPDATE OF document_id, heading, text, part
ON sections BEGIN
  {_queue("SELECT old.document_id AS id UNION SELECT new.document_id")}
END;
CREATE TRIGGER search_pending_document_changed AFTER UPDATE OF report_year, portal, duplicate_of
ON documents WHEN old.report_year IS NOT new.report_year OR old.portal IS NOT new.portal
  OR old.duplicate_of IS NOT new.duplicate_of BEGIN
  {_queue("SELECT new.id AS id")}
END;
CREATE TRIGGER search_pending_portal_added AFTER INSERT ON portals BEGIN
  {_queue("SELECT id FROM documents WHERE portal = new.slug")}
END;
CREATE TRIGGER search_pending_portal_changed AFTER UPDATE OF slug, province, level ON portals
WHEN old.slug IS NOT new.slug OR old.province IS NOT new.province
  OR old.level IS NOT new.level BEGIN
  {_queue("SELECT id FROM documents WHERE portal IN (old.slug, new.slug)")}
END;
CREATE TRIGGER search_pending_portal_deleted AFTER DELETE ON portals BEGIN
  {_queue("SELECT id FROM documents WHERE portal = old.slug")}
END;
"""


def corpus_v6(db: Database) -> None:
    """A portal's row coming, changing or going queues its documents for the search index."""
    db.executescript(SEARCH_PENDING_V6)


CORPUS_MIGRATIONS.extend([corpus_v5, corpus_v6])


# v7: each document's near-duplicate signature (db/corpus/duplicates.py), so that linking after
# an update signs only the documents written since (it signed every stored text at each
# catch-up: ~5–25 ms a report). A document whose text changes or that goes loses its row;
# ``scheme`` names how it was made (another scheme is signed again).
DOCUMENT_SIGNATURES_V7 = """
CREATE TABLE document_signatures (
  document_id INTEGER PRIMARY KEY, scheme TEXT NOT NULL,
  signature BLOB  -- datasketch LeanMinHash.serialize(); NULL: a text too short to compare
);
CREATE TRIGGER document_signatures_text_changed AFTER UPDATE OF text ON documents BEGIN
  DELETE FROM document_signatures WHERE document_id = new.id;
END;
CREATE TRIGGER document_signatures_document_deleted AFTER DELETE ON documents BEGIN
  DELETE FROM document_signatures WHERE document_id = old.id;
END;
"""


def corpus_v7(db: Database) -> None:
    """document_signatures: the stored near-duplicate signatures (empty: signed when linked)."""
    db.executescript(DOCUMENT_SIGNATURES_V7)


CORPUS_MIGRATIONS.append(corpus_v7)


# v8: no trigram index: its only user, Datasette's search box on sections, goes to the canned
# bigram search (fazhi/datasette_plugin.py); it cost a rebuild's parent a third of its CPU.
# DROP TABLE on an FTS5 table drops its shadow tables too.
DROP_TRIGRAM_V8 = """
DROP TRIGGER IF EXISTS sections_ai;
DROP TRIGGER IF EXISTS sections_ad;
DROP TRIGGER IF EXISTS sections_au;
DROP TABLE IF EXISTS sections_trigram;
"""


def corpus_v8(db: Database) -> None:
    """The trigram index over sections and its triggers go (the bigram index serves search)."""
    db.executescript(DROP_TRIGRAM_V8)


CORPUS_MIGRATIONS.append(corpus_v8)


# v9: a copy's sections have no bigram rows: searches leave copies out, and tokenizing their rows
# was a fifth of a rebuild's writing CPU. A new copy loses its rows here; a document that stops
# being one gets them back from Python (db.corpus.fts.index_documents, which segments).
COPIES_UNINDEXED_V9 = f"""
DROP TRIGGER sections_fts_document_tags;
CREATE TRIGGER sections_fts_document_tags AFTER UPDATE OF report_year, portal ON documents
WHEN new.duplicate_of IS NULL
  AND (old.report_year IS NOT new.report_year OR old.portal IS NOT new.portal) BEGIN
  {_RETAG_V3} WHERE rowid IN (SELECT id FROM sections WHERE document_id = new.id);
END;
CREATE TRIGGER sections_fts_copy_unindexed AFTER UPDATE OF duplicate_of ON documents
WHEN old.duplicate_of IS NULL AND new.duplicate_of IS NOT NULL BEGIN
  DELETE FROM sections_fts WHERE rowid IN (SELECT id FROM sections WHERE document_id = new.id);
END;
DELETE FROM sections_fts WHERE rowid IN (SELECT s.id FROM sections s
  JOIN documents d ON d.id = s.document_id WHERE d.duplicate_of IS NOT NULL);
"""


def corpus_v9(db: Database) -> None:
    """The bigram index keeps no rows for copies (documents with a ``duplicate_of``)."""
    db.executescript(COPIES_UNINDEXED_V9)


CORPUS_MIGRATIONS.append(corpus_v9)
