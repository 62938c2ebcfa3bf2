"""The corpus: cleaned reports, their sections, full-text indexes, skipped pages, portals.

Derived from the archive (``fazhi rebuild`` recreates it), keyed by article URL: a URL is either
one row of ``documents`` (with its ``sections``) or one row of ``skipped``, never both, and
writing it again replaces what was there in one transaction. The corpus keeps SQLite's default
rollback journal (not WAL), so a rebuilt file can replace it with a plain ``os.replace``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from cleaning.document import Document
from db.corpus.schema import CORPUS_MIGRATIONS
from db.migrations import open_database


class CorpusError(Exception):
    """A corpus file that is missing or unusable."""


class Corpus:
    """``Corpus(path)`` opens or creates the corpus file and applies pending migrations."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.db = open_database(path, CORPUS_MIGRATIONS)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # The writes go through db.corpus.writer (imported here, not at the top: it imports this
    # module). These are the calls for a single document or a portal list.
    def upsert_document(self, doc: Document, *, url: str, portal: str | None,
                        response_id: int | None, sha256: str | None, fetched_at: str | None,
                        revision: str | None = None) -> int:
        """Store a cleaned report, replacing any earlier document or skip for ``url``."""
        from db.corpus.writer import CorpusWriter

        return CorpusWriter(self).write_document(
            doc, url=url, portal=portal, response_id=response_id, sha256=sha256,
            fetched_at=fetched_at, revision=revision)

    def record_skipped(self, *, url: str, portal: str | None, title: str | None, reason: str,
                       response_id: int | None = None, sha256: str | None = None,
                       revision: str | None = None, fetched_at: str | None = None,
                       cleaning_version: str | None = None) -> int:
        """Remember a page that is not a report (or could not be read), replacing its document."""
        from db.corpus.writer import CorpusWriter

        return CorpusWriter(self).write_skipped({
            "url": url, "portal": portal, "response_id": response_id, "sha256": sha256,
            "fetched_at": fetched_at, "revision": revision, "title": title, "reason": reason,
            "cleaning_version": cleaning_version})

    def upsert_portals(self, portals: Iterable[Mapping[str, Any] | Any]) -> None:
        """Copy registry entries (``Portal``s or mappings of portal columns) for filtering."""
        from db.corpus.writer import CorpusWriter

        CorpusWriter(self).write_portals(portals)

    def document_id(self, url: str) -> int | None:
        row = self.db.execute("SELECT id FROM documents WHERE url = ?", [url]).fetchone()
        return row[0] if row else None

    def ingested(self) -> dict[str, tuple[str | None, str | None]]:
        """url → (revision, cleaning_version) of every document and skipped page."""
        rows = self.db.execute("SELECT url, revision, cleaning_version FROM documents "
                               "UNION ALL SELECT url, revision, cleaning_version FROM skipped")
        return {url: (revision, version) for url, revision, version in rows}
