"""The search index opened for searching: the one place a damaged index is noticed and mended.

The index (``db.corpus.textindex``) is derived from the corpus ("deleting it is always safe"):
when tantivy finds its files missing or damaged (``DAMAGE_SIGNS`` in its ValueError: a segment
file cut short or gone, meta.json unreadable), ``ranked_sections`` removes it and builds it
again, once, saying so in one line on stderr; damaged again in the same call, it raises
``IndexDamaged`` (a ``TextIndexError``: one line for the user). Every search through
``db.corpus.search`` (``fazhi search``, ``export --query``, the demo) comes here.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import tantivy

from db.corpus.textindex import TextIndexError, index_dir, open_index, ready, remove_index

# What tantivy's ValueError says about an index folder whose files are missing or damaged.
DAMAGE_SIGNS = ("Data corrupted", "FileDoesNotExist", "Failed to open file", "Invalid data")
DAMAGE_SHOWN = 160       # characters of tantivy's (long) error in the line a user sees
# Its I/O error names the file and the trouble, then advice about tantivy versions (not ours).
IO_ERROR_RX = re.compile(r'error: "(?P<what>[^".]*)[^"]*" \}, filepath: "(?P<file>[^"]*)"')

# Indexes opened for searching, by directory: (meta.json's inode and mtime, the index).
_SEARCHED: dict[str, tuple[tuple[int, int], tantivy.Index]] = {}


class IndexDamaged(TextIndexError):
    """tantivy found the search index's files missing or damaged."""


def ranked_sections(corpus_path: str | Path, conn: sqlite3.Connection, query: tantivy.Query,
                    limit: int) -> tuple[list[tuple[int, float]], int] | None:
    """The best ``limit`` (section id, score) pairs of ``query`` and how many sections match,
    or None when the index cannot be used (``ready``: the caller searches SQLite). A damaged
    index is built again once (one line on stderr); damaged again: IndexDamaged."""
    try:
        return _ranked_once(corpus_path, conn, query, limit)
    except IndexDamaged as exc:
        print(f"{exc}; building it again", file=sys.stderr, flush=True)
        _SEARCHED.pop(str(index_dir(corpus_path).absolute()), None)
        remove_index(corpus_path)
    try:
        return _ranked_once(corpus_path, conn, query, limit)
    except IndexDamaged as exc:
        raise IndexDamaged(f"{exc}, again after it was built anew: check the disk, remove "
                           f"{index_dir(corpus_path)} and search again") from None


def _ranked_once(corpus_path: str | Path, conn: sqlite3.Connection, query: tantivy.Query,
                 limit: int) -> tuple[list[tuple[int, float]], int] | None:
    """``ranked_sections`` without the mending: tantivy's damage words as IndexDamaged."""
    try:
        if not ready(corpus_path, conn):     # brought up to date first (refresh)
            return None
        found = searcher(corpus_path)
        result = found.search(query, limit, count=True)
        ids = section_ids(found, result.hits)
    except FileNotFoundError as exc:     # meta.json gone (searcher's look at it)
        raise _damaged(corpus_path, f"{exc.filename} is missing") from exc
    except ValueError as exc:
        if not any(sign in str(exc) for sign in DAMAGE_SIGNS):
            raise
        raise _damaged(corpus_path, _reason(str(exc))) from exc
    pairs = [(i, score) for i, (score, _) in zip(ids, result.hits, strict=True)]
    return pairs, int(getattr(result, "count", 0) or 0)   # the stub lacks count


def _damaged(corpus_path: str | Path, why: str) -> IndexDamaged:
    return IndexDamaged(f"the search index {index_dir(corpus_path)} is damaged ({why})")


def _reason(error: str) -> str:
    """The file and the trouble of tantivy's I/O error, else the start of its error."""
    found = IO_ERROR_RX.search(error)
    return f"{found['file']}: {found['what']}" if found else error[:DAMAGE_SHOWN]


def searcher(corpus_path: str | Path) -> tantivy.Searcher:
    """A searcher of the index as last committed. The opened index is kept for this process's
    next search while meta.json is the same file (a commit or a rebuild replaces it): opening
    starts a reader thread, ~1 ms and up to 20 ms under load."""
    path = index_dir(corpus_path)
    meta = (path / "meta.json").stat()
    version = (meta.st_ino, meta.st_mtime_ns)
    known = _SEARCHED.get(str(path.absolute()))
    if known is None or known[0] != version:
        known = (version, open_index(corpus_path))
        _SEARCHED[str(path.absolute())] = known
    return known[1].searcher()


def section_ids(searcher: tantivy.Searcher, hits: Iterable[tuple[float, Any]]) -> list[int]:
    """The corpus section ids of search hits (from the fast field, no stored documents)."""
    addresses = [address for _, address in hits]
    values = searcher.fast_field_values("section_id", addresses)
    return [value if isinstance(value, int) else -1 for value in values]   # -1: no row
