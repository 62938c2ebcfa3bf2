"""Merge raw archives from several crawl nodes (e.g. scrapyd workers) into one.

A response is the same response when its URL, fetch time, body digest and status match
(``response_key``): those are copied once, whatever archive they come from. Every other
response is copied, so all revisions of a page survive. Bodies are copied by sha256 as they are
stored (still compressed). Crawl runs are copied with new ids and an ``origin`` note (which
archive, which run id there) — only runs that contribute at least one new response.

Responses of all sources are inserted in fetch-time order, so that "newest = highest id" (the
archive's rule for the current revision of an article) also holds across nodes. The whole merge
is one transaction: it either lands completely or not at all. Sources are opened read-only.
"""

from __future__ import annotations

import heapq
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from db.archive.store import Archive, ArchiveError, utc_now

# Columns are read from the tables (a migration's new column is copied too: listing_date,
# listing_url …) except these: the target numbers its own rows; a run's origin is written anew
# and its pid is a process on the node that crawled.
NOT_COPIED = {"responses": ("id",), "crawl_runs": ("id", "origin", "pid")}
# "IS" so that failures (no status, no body) compare equal too; the url index makes it cheap.
SQLITE_HEADER = b"SQLite format 3\x00"
RECORDED_SQL = """SELECT 1 FROM responses WHERE url = ? AND fetched_at = ? AND sha256 IS ?
                  AND status IS ? LIMIT 1"""


@dataclass
class MergeStats:
    sources: int = 0
    runs_copied: int = 0
    responses_copied: int = 0
    responses_skipped: int = 0      # already in the target (or in an earlier source)
    bodies_copied: int = 0


def response_key(row: Mapping[str, Any] | sqlite3.Row) -> tuple:
    """What makes two archived responses the same response."""
    return (row["url"], row["fetched_at"], row["sha256"], row["status"])


def is_recorded(archive: Archive, row: Mapping[str, Any] | sqlite3.Row) -> bool:
    """True when ``archive`` already holds this response (same ``response_key``)."""
    return archive.db.execute(RECORDED_SQL, list(response_key(row))).fetchone() is not None


def merge_archives(target: str | Path, sources: Sequence[str | Path]) -> MergeStats:
    """Copy every response of ``sources`` not yet in ``target`` (created if missing)."""
    _check_distinct(target, sources)
    if Path(target).is_file() and Path(target).stat().st_size:
        _check_is_sqlite(target)
    stats = MergeStats(sources=len(sources))
    new_target = not Path(target).exists()
    with ExitStack() as stack:
        readers = [stack.enter_context(closing(open_read_only(path))) for path in sources]
        try:
            archive = stack.enter_context(Archive(target))
            merger = _Merger(archive, readers, [Path(path).resolve() for path in sources], stats)
            with archive.db.atomic():
                for index, row in _in_fetch_order(readers):
                    merger.add(index, row)
        except BaseException:
            if new_target:   # a failed merge into a new file leaves no empty archive behind
                stack.close()
                _remove_database(Path(target))
            raise
    return stats


def open_read_only(path: str | Path) -> sqlite3.Connection:
    """A source archive, opened read-only; an ArchiveError unless it is a fazhi archive."""
    if not Path(path).is_file():
        raise ArchiveError(f"no archive at {path}")
    _check_is_sqlite(path)
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    with ExitStack() as on_error:   # a damaged file's DatabaseError goes up, the file named
        on_error.callback(conn.close)
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        on_error.pop_all()
    if "responses" not in tables:
        conn.close()
        raise ArchiveError(f"{path} is not a fazhi archive (no responses table)")
    return conn


def _check_is_sqlite(path: str | Path) -> None:
    with open(path, "rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise ArchiveError(f"{path} is not a fazhi archive (not a SQLite database)")


def _remove_database(path: Path) -> None:
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        file.unlink(missing_ok=True)


def _check_distinct(target: str | Path, sources: Sequence[str | Path]) -> None:
    resolved = Path(target).resolve()
    if any(Path(source).resolve() == resolved for source in sources):
        raise ArchiveError(f"cannot merge {target} into itself")


def _in_fetch_order(readers: list[sqlite3.Connection]) -> Iterator[tuple[int, sqlite3.Row]]:
    """(source index, responses row) of all sources, streamed, oldest fetch first."""
    def rows(index: int, conn: sqlite3.Connection) -> Iterable[tuple[int, sqlite3.Row]]:
        for row in conn.execute("SELECT * FROM responses ORDER BY fetched_at, id"):
            yield index, row

    return heapq.merge(*(rows(i, conn) for i, conn in enumerate(readers)),
                       key=lambda item: (item[1]["fetched_at"], item[0], item[1]["id"]))


class _Merger:
    """Copies rows into the target, with the runs and bodies they need."""

    def __init__(self, archive: Archive, readers: list[sqlite3.Connection],
                 paths: list[Path], stats: MergeStats):
        self.archive, self.readers, self.paths, self.stats = archive, readers, paths, stats
        self.runs: dict[tuple[int, int], int] = {}     # (source, old run id) → new run id
        self.columns = {table: copied_columns(archive, table) for table in NOT_COPIED}

    def add(self, index: int, row: sqlite3.Row) -> None:
        if is_recorded(self.archive, row):
            self.stats.responses_skipped += 1
            return
        copied = _copy(row, self.columns["responses"])
        if row["run_id"] is not None:
            copied["run_id"] = self._run(index, row["run_id"])
        if row["sha256"]:
            self._body(index, row["sha256"])
        self.archive.db.table("responses").insert(copied)
        self.stats.responses_copied += 1

    def _run(self, index: int, run_id: int) -> int:
        if (index, run_id) not in self.runs:
            source = self.readers[index].execute("SELECT * FROM crawl_runs WHERE id = ?",
                                                 [run_id]).fetchone()
            row = _copy(source, self.columns["crawl_runs"]) if source else {
                "started_at": utc_now(), "status": "unknown"}
            row["origin"] = origin_note("merge", self.paths[index], run_id,
                                        _column(source, "origin"))
            new_id = self.archive.db.table("crawl_runs").insert(row).last_pk
            self.runs[index, run_id] = cast(int, new_id)
            self.stats.runs_copied += 1
        return self.runs[index, run_id]

    def _body(self, index: int, sha256: str) -> None:
        if self.archive.db.execute("SELECT 1 FROM bodies WHERE sha256 = ?",
                                   [sha256]).fetchone():
            return
        body = self.readers[index].execute(
            "SELECT sha256, data, size, codec FROM bodies WHERE sha256 = ?", [sha256]).fetchone()
        if body is None:
            raise ArchiveError(f"{self.paths[index]} has no body {sha256}")
        self.archive.db.execute("INSERT INTO bodies (sha256, data, size, codec) "
                                "VALUES (?, ?, ?, ?)", list(body))
        self.stats.bodies_copied += 1


def copied_columns(archive: Archive, table: str) -> tuple[str, ...]:
    """The target table's columns a merge copies from a source row."""
    names = [row[1] for row in archive.db.execute(f"PRAGMA table_info({table})").fetchall()]
    return tuple(name for name in names if name not in NOT_COPIED[table])


def _copy(row: sqlite3.Row, columns: tuple[str, ...]) -> dict[str, Any]:
    """The row's values of `columns` (a source of an older schema lacks the newer ones)."""
    present = set(row.keys())
    return {column: row[column] for column in columns if column in present}


def origin_note(via: str, path: Path | str, run_id: int | None = None,
                previous: str | None = None) -> str:
    """The ``crawl_runs.origin`` JSON of a copied run: how, from which file and run id."""
    note: dict[str, Any] = {"via": via, "source": str(path)}
    if run_id is not None:
        note["run_id"] = run_id
    if previous:
        note["previous"] = _json_or_text(previous)
    return json.dumps(note, ensure_ascii=False)


def _json_or_text(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def _column(row: sqlite3.Row | None, name: str) -> Any:
    """A column an older archive may not have (e.g. origin before schema version 2)."""
    # `in row` would test the row's values, not its column names
    return row[name] if row is not None and name in row.keys() else None  # noqa: SIM118
