"""Schema migrations for the archive and the corpus, applied by ``PRAGMA user_version``.

Each database has an ordered list of migration functions; migration N (1-based) brings the file
to ``user_version = N``. Opening a database applies the pending ones, each in its own transaction
together with the version bump, so a failed migration leaves the file at the previous version.

Why not a library: sqlite-migrate is still beta and sqlite-utils' own ``Migrations`` only exists
from 4.x (pyproject allows 3.36+); a twenty-line runner on user_version does the job.
Never edit a released migration: append a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlite_utils import Database

Migration = Callable[[Database], None]

# A crawl writes the archive while `fazhi update`/Datasette read it: wait for locks, don't fail.
BUSY_TIMEOUT_SECONDS = 30.0


class MigrationError(Exception):
    """The database file is newer than this code, or a migration failed."""


def open_database(path: str | Path, migrations: Sequence[Migration], *,
                  wal: bool = False) -> Database:
    """Open (creating if needed) an SQLite file and bring its schema up to date."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = Database(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS))
    if wal:
        # WAL + synchronous=NORMAL: a killed process never loses a committed transaction,
        # and readers never block the writer.
        db.enable_wal()
        db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    try:
        apply_migrations(db, migrations)
    except BaseException:
        db.close()
        raise
    return db


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def apply_migrations(db: Database, migrations: Sequence[Migration]) -> int:
    """Apply the pending migrations in order; return the resulting version."""
    version = schema_version(db)
    if version > len(migrations):
        raise MigrationError(
            f"database schema version {version} is newer than this code ({len(migrations)})"
        )
    for number in range(version + 1, len(migrations) + 1):
        _apply_one(db, number, migrations[number - 1])
    return schema_version(db)


def _apply_one(db: Database, number: int, migration: Migration) -> None:
    # BEGIN IMMEDIATE takes the write lock first, so two processes opening a fresh file at
    # once do not both run the same migration; the version is re-read under the lock.
    db.execute("BEGIN IMMEDIATE")
    try:
        if schema_version(db) < number:
            migration(db)
            db.execute(f"PRAGMA user_version = {int(number)}")
        db.execute("COMMIT")
    except BaseException as exc:
        db.rollback()
        if isinstance(exc, Exception):
            name = getattr(migration, "__name__", "?")
            raise MigrationError(f"migration {number} ({name}) failed: {exc}") from exc
        raise


# --- archive -----------------------------------------------------------------------------------

def archive_v1(db: Database) -> None:
    """crawl_runs, content-addressed bodies, one responses row per fetch attempt."""
    db.create_table("crawl_runs", {
        "id": int, "started_at": str, "finished_at": str, "portals": str, "stats": str,
        "status": str,
    }, pk="id", not_null=["started_at", "status"], defaults={"status": "running"})
    db.create_table("bodies", {"sha256": str, "data": bytes, "size": int, "codec": str},
                    pk="sha256", not_null=["data", "size", "codec"])
    db.create_table("responses", {
        "id": int, "run_id": int, "portal": str, "fetched_at": str,
        "url": str, "final_url": str, "method": str, "status": int, "kind": str, "role": str,
        "article_url": str, "page_no": int, "title_hint": str, "headers": str,
        "sha256": str, "body_size": int, "error": str,
    }, pk="id", not_null=["fetched_at", "url", "method", "kind", "role"],
        foreign_keys=[("run_id", "crawl_runs", "id"), ("sha256", "bodies", "sha256")])
    responses = db.table("responses")
    # The lookups: latest_ok/revisions by url, article grouping, per-run summaries.
    responses.create_index(["url", "kind"])
    responses.create_index(["article_url", "role", "kind"])
    responses.create_index(["role", "kind", "portal"])
    responses.create_index(["run_id"])
    responses.create_index(["sha256"])


def archive_v2(db: Database) -> None:
    """crawl_runs.origin: where a run copied in by ``db.merge`` / ``db.warc`` came from."""
    db.table("crawl_runs").add_column("origin", str)


ARCHIVE_MIGRATIONS: list[Migration] = [archive_v1, archive_v2]


# --- corpus ------------------------------------------------------------------------------------

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

# Segmented (bigram) copy of heading + text, rowid = sections.id; see db/fts.py.
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
