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
