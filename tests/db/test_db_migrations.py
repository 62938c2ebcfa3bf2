"""Migrations: applied once, in order, each atomically; a newer file is refused."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from db.archive.schema import ARCHIVE_MIGRATIONS
from db.corpus.schema import CORPUS_MIGRATIONS
from db.migrations import (
    MigrationError,
    apply_migrations,
    open_database,
    schema_version,
)


@pytest.mark.parametrize("migrations", [ARCHIVE_MIGRATIONS, CORPUS_MIGRATIONS])
def test_opening_twice_is_idempotent(tmp_path, migrations):
    path = tmp_path / "x.db"
    first = open_database(path, migrations)
    schema = first.schema
    first.close()
    second = open_database(path, migrations)
    assert schema_version(second) == len(migrations)
    assert second.schema == schema
    assert apply_migrations(second, migrations) == len(migrations)
    second.close()


def test_a_failing_migration_rolls_back_and_keeps_the_version(tmp_path):
    def create_a(db: Database) -> None:
        db.execute("CREATE TABLE a (x)")

    def create_b_then_fail(db: Database) -> None:
        db.execute("CREATE TABLE b (x)")
        raise ValueError("boom")

    db = Database(tmp_path / "m.db")
    with pytest.raises(MigrationError, match="migration 2"):
        apply_migrations(db, [create_a, create_b_then_fail])
    assert schema_version(db) == 1
    assert db.table_names() == ["a"]


def test_pending_migrations_run_in_order_from_the_current_version(tmp_path):
    calls = []

    def one(db: Database) -> None:
        calls.append(1)

    def two(db: Database) -> None:
        calls.append(2)

    db = Database(tmp_path / "m.db")
    apply_migrations(db, [one])
    apply_migrations(db, [one, two])
    assert calls == [1, 2]
    assert schema_version(db) == 2


def test_a_database_newer_than_the_code_is_refused(tmp_path):
    db = Database(tmp_path / "m.db")
    db.execute("PRAGMA user_version = 99")
    with pytest.raises(MigrationError, match="newer"):
        apply_migrations(db, CORPUS_MIGRATIONS)


# A slow migration (a big table being filled) that gets SIGTERM half-way, under the stop
# policy of a rebuild or a crawl's catch-up (crawler/stopping.py).
INTERRUPTED_MIGRATION = """
import os, signal, sys
from crawler.stopping import Interrupted, interrupt_on_signal
from db.archive.schema import ARCHIVE_MIGRATIONS
from db.migrations import open_database

def fill_slowly(db):
    db.execute("CREATE TABLE big (n)")
    for n in range(100_000):
        db.execute("INSERT INTO big VALUES (?)", [n])
        if n == 1_000:
            os.kill(os.getpid(), signal.SIGTERM)

try:
    with interrupt_on_signal():
        open_database(sys.argv[1], [*ARCHIVE_MIGRATIONS, fill_slowly])
except Interrupted as stop:
    print("interrupted", flush=True)
    sys.exit(stop.exit_status)
"""


def test_a_signal_during_a_migration_leaves_the_last_complete_one(tmp_path):
    import signal
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    path = tmp_path / "archive.db"
    done = subprocess.run([sys.executable, "-c", INTERRUPTED_MIGRATION, str(path)], cwd=root,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 128 + signal.SIGTERM, done.stderr[-3000:]
    assert done.stdout.split() == ["interrupted"]
    assert "MigrationError" not in done.stderr and "Traceback" not in done.stderr
    db = Database(path)
    assert schema_version(db) == len(ARCHIVE_MIGRATIONS) and "big" not in db.table_names()
    db.close()

    def fill(db: Database) -> None:
        db.execute("CREATE TABLE big (n)")
        db.execute("INSERT INTO big VALUES (1)")

    reopened = open_database(path, [*ARCHIVE_MIGRATIONS, fill])
    assert schema_version(reopened) == len(ARCHIVE_MIGRATIONS) + 1
    assert reopened.execute("SELECT COUNT(*) FROM big").fetchone()[0] == 1
    reopened.close()
