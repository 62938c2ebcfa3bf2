"""Putting a rebuilt corpus file in place of the old one (``db.corpus.rebuild``): the temp file
synced, a hot journal of the old file settled first, and the temp files of killed rebuilds
removed."""

from __future__ import annotations

import glob
import os
import re
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

# The process id in a rebuild's temp name: `.corpus.db.rebuild-<pid>` and its companions
# (`-wal`, `-journal`, the `.tantivy` index directory).
TEMP_PID_RX = re.compile(r"(\d+)(?:$|[-.])")


def settle(target: Path) -> None:
    """Let SQLite roll back a hot journal the old corpus may have, so that it is not replayed
    onto the new file after the replace (its name would stay ``<target>-journal``)."""
    if target.exists():
        try:
            with closing(sqlite3.connect(target)) as conn:
                conn.execute("PRAGMA schema_version").fetchone()
        except sqlite3.DatabaseError:
            pass   # not a database: nothing to roll back, the replace fixes it


def fsync_file(path: Path) -> None:
    """Flush the file to disk before it is renamed into place."""
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def remove_stale_temps(target: Path) -> None:
    """Remove the temp files of rebuilds that were killed (their process is gone), so that a
    crash does not leave a corpus-sized file behind for ever; a running rebuild's are kept."""
    prefix = f".{target.name}.rebuild-"
    for path in target.parent.glob(glob.escape(prefix) + "*"):
        pid = TEMP_PID_RX.match(path.name[len(prefix):])
        if pid and not _process_alive(int(pid.group(1))):
            remove_path(path)


def temp_path(target: Path, pid: int | None = None) -> Path:
    """The file a rebuild of ``target`` writes before the replace (by process ``pid``,
    default this one)."""
    return target.with_name(f".{target.name}.rebuild-{pid or os.getpid()}")


def remove_path(path: Path) -> None:
    """A file, a directory, or the link that names one (the bench links cached search indexes:
    the linked one is left as it is); nothing when there is none."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)   # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:   # exists, another user's
        return True
    return True


def remove_db_files(path: Path) -> None:
    """Remove a database file and its journal, WAL and shared-memory files."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
