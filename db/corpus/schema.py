"""The corpus's schema: migrations applied in order by ``db.migrations.open_database``.

Never edit a released migration: append a new one.
"""

from __future__ import annotations

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
# characters); triggers keep it in step with every insert/delete/update of a section.
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


CORPUS_MIGRATIONS: list[Migration] = [corpus_v1, corpus_v2]
