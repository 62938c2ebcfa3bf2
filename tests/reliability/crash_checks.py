"""Start, watch and kill crawl / rebuild subprocesses; read what a killed process left behind."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from backports import zstd

ROOT = Path(__file__).resolve().parents[2]
POLL_SECONDS = 0.02


def start(args: list[str], log: Path) -> subprocess.Popen:
    """A subprocess of this Python in its own process group (so its pool workers die with it)."""
    with open(log, "wb") as out:
        return subprocess.Popen([sys.executable, *args], cwd=ROOT, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)


def kill(process: subprocess.Popen) -> None:
    """kill -9 the process and the workers it started (its own process group)."""
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=10)


def read_only(db_file: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    conn.row_factory = sqlite3.Row
    return conn


def scalar(db_file: Path, sql: str, *params: Any) -> Any:
    if not db_file.exists():
        return None
    try:
        with closing(read_only(db_file)) as conn:
            return conn.execute(sql, params).fetchone()[0]
    except sqlite3.OperationalError:   # not created yet, or its schema is being written
        return None


def wait_until(process: subprocess.Popen, ready, timeout: float = 60.0) -> None:
    """Poll `ready()` until it holds; fail if the process ends first (it was not killed
    mid-way) or the time runs out."""
    deadline = time.monotonic() + timeout
    while not ready():
        assert process.poll() is None, "the process finished before it could be killed mid-way"
        assert time.monotonic() < deadline, "timed out waiting for the process to get there"
        time.sleep(POLL_SECONDS)


def archive_health(archive: Path) -> dict[str, Any]:
    """What a crash could have damaged: integrity, bodies missing / orphaned / half-written."""
    with closing(read_only(archive)) as conn:
        bodies = conn.execute("SELECT sha256, data, size FROM bodies").fetchall()
        return {
            "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
            "missing_bodies": conn.execute(
                "SELECT COUNT(*) FROM responses r WHERE r.sha256 IS NOT NULL AND NOT EXISTS "
                "(SELECT 1 FROM bodies b WHERE b.sha256 = r.sha256)").fetchone()[0],
            "orphan_bodies": conn.execute(
                "SELECT COUNT(*) FROM bodies b WHERE NOT EXISTS "
                "(SELECT 1 FROM responses r WHERE r.sha256 = b.sha256)").fetchone()[0],
            "bad_bodies": [row["sha256"] for row in bodies if not _body_intact(row)],
            # One crawl fetches a URL once: two ok rows of one run would be a double write.
            "duplicate_rows": conn.execute(
                "SELECT COUNT(*) FROM (SELECT run_id, url FROM responses WHERE kind = 'ok' "
                "GROUP BY run_id, url HAVING COUNT(*) > 1)").fetchone()[0],
            "runs": [dict(row) for row in conn.execute(
                "SELECT id, status, finished_at FROM crawl_runs ORDER BY id")],
        }


def _body_intact(row: sqlite3.Row) -> bool:
    data = zstd.decompress(row["data"])
    return len(data) == row["size"] and hashlib.sha256(data).hexdigest() == row["sha256"]


def integrity(db_file: Path) -> str:
    with closing(sqlite3.connect(db_file)) as conn:   # read-write: rolls back a hot journal
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
