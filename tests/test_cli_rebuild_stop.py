"""What a stopped rebuild says about the corpus it leaves (fazhi/rebuild_command.py).

A SIGINT/SIGTERM that lands after the rebuilt file was renamed over corpus.db (while its
search index is moved beside it) used to print "corpus.db is as it was" over a corpus that
had just been replaced (seen in a trial: a rebuild stopped 5 s in, its corpus's hash changed).
Real files: a SQLite corpus, replaced the way db/corpus/rebuild.py replaces it.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from fazhi.rebuild_command import file_identity, rebuild_stopped


def sqlite_file(path: Path, rows: int) -> Path:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY)")
        conn.executemany("INSERT INTO documents VALUES (?)", [(i,) for i in range(rows)])
        conn.commit()
    return path


def test_a_stop_before_the_replace_says_the_corpus_is_as_it_was(tmp_path: Path) -> None:
    corpus = sqlite_file(tmp_path / "corpus.db", 3)
    before = file_identity(corpus)
    sqlite_file(tmp_path / ".corpus.db.rebuild-1", 5)   # the temp, never renamed
    message = rebuild_stopped(corpus, before, " (interrupted by SIGTERM)")
    assert message == f"rebuild interrupted (interrupted by SIGTERM): {corpus} is as it was"


def test_a_stop_after_the_replace_says_the_corpus_is_the_new_one(tmp_path: Path) -> None:
    corpus = sqlite_file(tmp_path / "corpus.db", 3)
    before = file_identity(corpus)
    os.replace(sqlite_file(tmp_path / ".corpus.db.rebuild-1", 5), corpus)
    message = rebuild_stopped(corpus, before, " (interrupted by SIGINT)")
    assert "as it was" not in message
    assert f"{corpus} is the new one" in message
    with closing(sqlite3.connect(corpus)) as conn:   # and it is: the rebuilt rows
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 5


def test_a_first_rebuild_stopped_after_its_replace_is_no_longer_as_it_was(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.db"   # no corpus before: a first rebuild
    before = file_identity(corpus)
    assert before is None
    assert rebuild_stopped(corpus, before).endswith("is as it was")
    os.replace(sqlite_file(tmp_path / ".corpus.db.rebuild-1", 2), corpus)
    assert "is the new one" in rebuild_stopped(corpus, before)
