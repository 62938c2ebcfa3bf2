"""Schema migrations for the archive and the corpus, applied by ``PRAGMA user_version``.

Each database has an ordered list of migration functions; migration N (1-based) brings the file
to ``user_version = N``. Opening a database applies the pending ones, each in its own transaction
together with the version bump, so a failed migration leaves the file at the previous version.
An interrupted one (a stop signal: a BaseException such as ``crawler.stopping.Interrupted``)
is rolled back the same way and goes on as it is, not as a MigrationError.

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
