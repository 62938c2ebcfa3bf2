"""Two commands on one data directory, as a scheduled-crawl user meets them: a crawl and a rebuild
share the archive's lock, so neither breaks the other (a rebuild that swapped the corpus and its
search index under a crawl's catch-up ended that crawl in a tantivy traceback, its table unprinted).
"""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner
from scrapy.settings import Settings

from crawler.archiving import crawl_lock
from db.archive.store import Archive
from fazhi.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run(*args: object) -> tuple[int, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.output   # stdout and stderr, as a terminal shows them


def empty_archive(data: Path) -> None:
    Archive(data / "archive.db").close()


def test_a_rebuild_is_refused_while_a_crawl_writes_the_archive(tmp_path: Path) -> None:
    data = tmp_path / "data"
    empty_archive(data)
    with crawl_lock(Settings({"FAZHI_DATA_DIR": str(data)})):
        status, output = run("rebuild", "--data-dir", data, "--quiet")
    assert status == 1 and "Traceback" not in output, output
    assert len(output.strip().splitlines()) == 1, output
    assert f"another crawl (PID {os.getpid()}) is writing {data / 'archive.db'}" in output
    assert not (data / "corpus.db").exists()          # nothing built beside the crawl
    status, output = run("rebuild", "--data-dir", data, "--quiet")   # the lock is free again
    assert status == 0 and (data / "corpus.db").exists(), output


def test_a_crawl_is_refused_while_a_rebuild_reads_the_archive(tmp_path: Path) -> None:
    data = tmp_path / "data"
    empty_archive(data)
    with crawl_lock(Settings({"FAZHI_DATA_DIR": str(data)}), "rebuild"):
        status, output = run("crawl", "hanyang", "--data-dir", data,
                             "--replay", ROOT / "tests" / "portals", "--quiet")
    assert status == 1 and "Traceback" not in output, output
    assert f"another rebuild (PID {os.getpid()}) is reading" in output, output
    with Archive(data / "archive.db") as archive:   # refused before a run was recorded
        assert archive.db.table("crawl_runs").count == 0


def test_both_databases_locked_are_named_in_one_sentence(tmp_path: Path, monkeypatch) -> None:
    import sqlite3

    import db.corpus.search
    import db.migrations
    from db.corpus.store import Corpus

    for module in (db.migrations, db.corpus.search):   # SQLite's busy wait: 30 s → 0.2 s
        monkeypatch.setattr(module, "BUSY_TIMEOUT_SECONDS", 0.2)
    empty_archive(tmp_path)
    Corpus(tmp_path / "corpus.db").close()
    holders = [sqlite3.connect(tmp_path / name, isolation_level=None)
               for name in ("archive.db", "corpus.db")]
    try:   # exclusive writers (sqlite3 in another window): no other connection may read
        for holder in holders:
            holder.execute("PRAGMA locking_mode = EXCLUSIVE")
            holder.execute("BEGIN EXCLUSIVE")
            holder.execute("SELECT count(*) FROM sqlite_master").fetchone()
        status, output = run("stats", "--data-dir", tmp_path)
    finally:
        for holder in holders:
            holder.close()
    assert status == 1 and len(output.strip().splitlines()) == 1, output
    assert (f"{tmp_path / 'archive.db'} and {tmp_path / 'corpus.db'} are locked by another "
            "program writing them") in output, output


def test_stats_during_a_first_crawl_says_the_crawl_is_running(tmp_path: Path) -> None:
    """Before its corpus exists, `fazhi stats` told a user whose first crawl was running in
    another terminal to run `fazhi crawl` first."""
    data = tmp_path / "data"
    empty_archive(data)
    with crawl_lock(Settings({"FAZHI_DATA_DIR": str(data)})):
        status, output = run("stats", "--data-dir", data)
    assert status == 1 and "Traceback" not in output, output
    assert (f"no corpus at {data / 'corpus.db'} yet: a crawl (PID {os.getpid()}) is running"
            in output), output
    (data / "archive.db.lock").write_text("999999 crawl\n", "ascii")   # a crawl that is gone
    status, output = run("stats", "--data-dir", data)
    assert status == 1 and "run `fazhi crawl` or `fazhi rebuild` first" in output, output
