"""The search index: tantivy, in a directory beside the corpus (``corpus.db.tantivy/``).

Why tantivy: SQLite FTS5 scores every match, so a phrase found in half of 100k sections cost
100 ms–1.4 s; tantivy's top-k collection measured 10–20× faster with the same totals.

Each non-duplicate section is one tantivy document (``db.corpus.indexschema``: its segmented
text with positions, the short substrings and the four-character grams of its Han runs, its
filter values as raw terms).

Keeping it true: triggers of corpus migration v5 put the id of every document whose sections,
year, portal or duplicate mark change into ``search_pending`` (v6: and of a portal whose
province or level changes). ``refresh`` (run before each
search) indexes those documents again from the corpus rows and clears their ids; the corpus
writer of an update feeds the bodies its workers segmented straight to an ``IndexFeeder``
instead (segmenting is the costly part), a rebuild's the rows of the documents that are not
copies, segmented here once for the bigram rows too. An index whose ``fazhi-index.json``
names another corpus (``search_index_meta.corpus_id``), or none, is built again from scratch.
Searches open it through ``db.corpus.indexsearch``, which also builds a damaged one again.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any

import tantivy

from db.corpus.indexschema import (
    SCHEMA,
    IndexTexts,
    index_texts,
    register_tokenizers,
    section_document,
)
from db.corpus.replace import remove_path

INDEX_SUFFIX = ".tantivy"
STATE_FILE = "fazhi-index.json"
BUILDING = "building"      # in the state file of an index not yet holding every document
INDEX_FORMAT = 5        # bump when the schema or the segmentation changes: rebuilt on open
WRITER_HEAP = 64_000_000     # bytes of tantivy's in-memory segment buffers
WRITER_THREADS = 1           # the rebuild's cleaning workers have the other cores
REFRESH_BATCH = 500          # documents re-indexed per SQLite read
ANNOUNCE_SECTIONS = 2_000    # a refresh of more sections says so on stderr (one line)


class TextIndexError(RuntimeError):
    """The search index cannot be opened or written (locked by another process, damaged)."""


def index_dir(corpus_path: str | Path) -> Path:
    """Where the index of ``corpus_path`` lives: ``<corpus file>.tantivy/``."""
    return Path(f"{corpus_path}{INDEX_SUFFIX}")


def open_index(corpus_path: str | Path) -> tantivy.Index:
    """The index as it is (possibly stale: ``refresh`` first); TextIndexError if missing."""
    path = index_dir(corpus_path)
    if not (path / STATE_FILE).is_file():
        raise TextIndexError(f"no search index at {path}")
    index = tantivy.Index(SCHEMA, path=str(path), reuse=True)
    register_tokenizers(index)
    return index


def corpus_id(conn: sqlite3.Connection) -> str:
    return str(conn.execute(
        "SELECT value FROM search_index_meta WHERE key = 'corpus_id'").fetchone()[0])


def is_current(corpus_path: str | Path, conn: sqlite3.Connection) -> bool:
    """True when the index belongs to this corpus and nothing waits to be indexed."""
    return (_state(index_dir(corpus_path)) == _wanted_state(conn)
            and conn.execute("SELECT 1 FROM search_pending LIMIT 1").fetchone() is None)


def _state(path: Path) -> dict[str, Any] | None:
    try:
        return dict(json.loads((path / STATE_FILE).read_text()))
    except (OSError, ValueError):
        return None


def _wanted_state(conn: sqlite3.Connection) -> dict[str, Any]:
    return {"corpus_id": corpus_id(conn), "format": INDEX_FORMAT}


def _writable_index(corpus_path: str | Path, conn: sqlite3.Connection) -> tantivy.Index:
    """The index, created afresh (and every document queued) when it is missing, of another
    corpus or of another format."""
    path, wanted = index_dir(corpus_path), _wanted_state(conn)
    if _state(path) not in (wanted, {**wanted, BUILDING: True}):
        remove_path(path)
        path.mkdir(parents=True)
        conn.execute("INSERT OR IGNORE INTO search_pending SELECT id FROM documents")
        conn.commit()
        tantivy.Index(SCHEMA, path=str(path), reuse=False)
        # Searches do not use it before everything queued is in (finish_building).
        (path / STATE_FILE).write_text(json.dumps({**wanted, BUILDING: True}))
    return open_index(corpus_path)


def _writer(index: tantivy.Index, threads: int) -> tantivy.IndexWriter:
    try:
        return index.writer(heap_size=WRITER_HEAP * threads, num_threads=threads)
    except ValueError as exc:    # another process holds the index's writer lock
        raise TextIndexError(f"the search index is being written by another process: {exc}") \
            from exc


class IndexFeeder:
    """Re-indexes documents as a corpus writer writes them; ``commit`` after the SQLite
    transaction commits (then their ``search_pending`` ids are cleared)."""

    def __init__(self, corpus_path: str | Path, conn: sqlite3.Connection, *,
                 threads: int = WRITER_THREADS) -> None:
        self.conn = conn
        self.writer = _writer(_writable_index(corpus_path, conn), threads)
        self.path = index_dir(corpus_path)
        self.closed = False
        self.done: set[int] = set()

    def replace(self, document_id: int, bodies: Sequence[str] | None = None,
                rows: Sequence[Sequence[Any]] | None = None,
                texts: Sequence[IndexTexts] | None = None) -> list[str]:
        """Drop a document's sections from the index and add its current ones (``bodies``:
        their segmented texts in section order, else segmented here; ``rows``: the sections in
        SECTIONS_SQL's columns as the corpus writer just wrote them, else read back; ``texts``:
        instead of ``bodies``, all their index texts, ``indexschema.index_texts``); the bodies
        indexed (none for a document gone or a duplicate)."""
        self.writer.delete_documents_by_term("document_id", str(document_id))
        self.done.add(document_id)
        if rows is None:
            rows = self.conn.execute(SECTIONS_SQL, [document_id]).fetchall()
        if not rows or rows[0][5] is not None:      # gone, or a duplicate: not searched
            return []
        if texts is None or len(texts) != len(rows):
            texts = (index_texts(rows) if bodies is None or len(bodies) != len(rows)
                     else [(body, None, None) for body in bodies])   # runs, grams made there
        for row, (body, runs, grams) in zip(rows, texts, strict=True):
            self.writer.add_document(section_document(row, body, runs, grams))
        return [body for body, _, _ in texts]

    def commit(self) -> None:
        self.writer.commit()
        with self.conn:
            self.conn.executemany("DELETE FROM search_pending WHERE document_id = ?",
                                  ((i,) for i in self.done))
        self.done.clear()

    def replace_pending(self) -> None:
        """Commit what was fed, then re-index every document still in ``search_pending``."""
        self.commit()
        _announce(self.conn)
        for batch in _pending_batches(self.conn):
            # Under the corpus's write lock: a document written meanwhile is not dropped
            # from search_pending before its new rows are indexed.
            self.conn.execute("BEGIN IMMEDIATE")
            for document_id in batch:
                self.replace(document_id)
            self.commit()
        state = _state(self.path) or {}
        if state.pop(BUILDING, False):      # all in: searches may use it
            (self.path / STATE_FILE).write_text(json.dumps(state))

    def close(self) -> None:
        """Drop what was not committed, let merges finish, release the writer lock (again: a
        no-op)."""
        if self.closed:
            return
        self.closed = True
        self.writer.rollback()
        self.writer.wait_merging_threads()

    def __enter__(self) -> IndexFeeder:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


SECTIONS_SQL = """SELECT s.id, s.heading, s.text, s.part, d.report_year, d.duplicate_of,
  d.portal, d.id, p.province, p.level FROM sections s JOIN documents d ON d.id = s.document_id
  LEFT JOIN portals p ON p.slug = d.portal
WHERE s.document_id = ? ORDER BY s.ordinal"""


def refresh(corpus_path: str | Path, conn: sqlite3.Connection) -> bool:
    """Index what ``search_pending`` lists (everything, for a missing or foreign index); one
    line on stderr when that is many sections. False when another process holds the index's
    writer (the search then reads the index as it is)."""
    if is_current(corpus_path, conn):
        return True
    feeder = feeder_for(corpus_path, conn)
    if feeder is None:
        return False
    try:
        feeder.replace_pending()
    finally:
        feeder.close()
    return True


def ready(corpus_path: str | Path, conn: sqlite3.Connection) -> bool:
    """``refresh``, then whether the index is this corpus's: False while another process
    builds it or when the corpus or its directory is read-only (the caller searches SQLite)."""
    with suppress(sqlite3.OperationalError, OSError):   # read-only, or locked too long
        if is_current(corpus_path, conn):       # the usual case: one look, not two
            return True
        refresh(corpus_path, conn)
    return _state(index_dir(corpus_path)) == _wanted_state(conn)


def feeder_for(corpus_path: str | Path, conn: sqlite3.Connection) -> IndexFeeder | None:
    """An IndexFeeder for the corpus's index, or None while another process writes it (what
    the corpus writes meanwhile stays in ``search_pending`` for the next refresh)."""
    try:
        return IndexFeeder(corpus_path, conn)
    except TextIndexError:
        return None


def _pending_batches(conn: sqlite3.Connection) -> Iterator[list[int]]:
    pending = [row[0] for row in conn.execute("SELECT document_id FROM search_pending")]
    for start in range(0, len(pending), REFRESH_BATCH):
        yield pending[start:start + REFRESH_BATCH]


def _announce(conn: sqlite3.Connection) -> None:
    count = conn.execute("SELECT count(*) FROM sections WHERE document_id IN "
                         "(SELECT document_id FROM search_pending)").fetchone()[0]
    if count >= ANNOUNCE_SECTIONS:
        print(f"building the search index for {count:,} sections (one time)…",
              file=sys.stderr, flush=True)


def move_index(source_corpus: str | Path, target_corpus: str | Path) -> None:
    """After ``os.replace(source, target)`` of a corpus file: its index follows it. A crash in
    between leaves the target's old index, which names another corpus: rebuilt on open."""
    target = index_dir(target_corpus)
    remove_path(target)
    source = index_dir(source_corpus)
    if source.is_dir():
        source.rename(target)


def remove_index(corpus_path: str | Path) -> None:
    remove_path(index_dir(corpus_path))


