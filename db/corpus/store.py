"""The corpus: cleaned reports, their sections, full-text indexes, skipped pages, portals.

Derived from the archive (``fazhi rebuild`` recreates it), keyed by article URL: a URL is either
one row of ``documents`` (with its ``sections``) or one row of ``skipped``, never both, and
writing it again replaces what was there in one transaction. The corpus keeps SQLite's default
rollback journal (not WAL), so a rebuilt file can replace it with a plain ``os.replace``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

from cleaning.document import Document, Section
from db.corpus.fts import index_sections, unindex_document
from db.corpus.schema import CORPUS_MIGRATIONS
from db.migrations import open_database

PLAIN_TYPES = (str, int, float, bool, type(None), list, dict)


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

    def upsert_document(self, doc: Document, *, url: str, portal: str | None,
                        response_id: int | None, sha256: str | None, fetched_at: str | None,
                        revision: str | None = None) -> int:
        """Store a cleaned report, replacing any earlier document or skip for ``url``."""
        row = document_row(doc, url=url, portal=portal, response_id=response_id,
                           sha256=sha256, fetched_at=fetched_at, revision=revision)
        documents = self.db.table("documents")
        with self.db.atomic():
            self.db.execute("DELETE FROM skipped WHERE url = ?", [url])
            document_id = self.document_id(url)
            if document_id is None:
                document_id = documents.insert(row).last_pk
            else:
                self._drop_sections(document_id)
                documents.update(document_id, row)   # same id: references stay valid
            self._insert_sections(document_id, doc.sections)
        return document_id

    def record_skipped(self, *, url: str, portal: str | None, title: str | None, reason: str,
                       response_id: int | None = None, sha256: str | None = None,
                       revision: str | None = None, fetched_at: str | None = None,
                       cleaning_version: str | None = None) -> int:
        """Remember a page that is not a report (or could not be read), replacing its document."""
        row = {"url": url, "portal": portal, "title": title, "reason": reason,
               "response_id": response_id, "sha256": sha256, "revision": revision,
               "fetched_at": fetched_at, "cleaning_version": cleaning_version}
        with self.db.atomic():
            self._delete_document(url)
            self.db.execute("DELETE FROM skipped WHERE url = ?", [url])
            return self.db.table("skipped").insert(row).last_pk

    def upsert_portals(self, portals: Iterable[Mapping[str, Any] | Any]) -> None:
        """Copy registry entries (dicts or dataclasses with at least ``slug``) for filtering."""
        rows = [_portal_row(portal) for portal in portals]
        if rows:
            self.db.table("portals").upsert_all(rows, pk="slug", alter=True)

    def document_id(self, url: str) -> int | None:
        row = self.db.execute("SELECT id FROM documents WHERE url = ?", [url]).fetchone()
        return row[0] if row else None

    def ingested(self) -> dict[str, tuple[str | None, str | None]]:
        """url → (revision, cleaning_version) of every document and skipped page."""
        rows = self.db.execute("SELECT url, revision, cleaning_version FROM documents "
                               "UNION ALL SELECT url, revision, cleaning_version FROM skipped")
        return {url: (revision, version) for url, revision, version in rows}

    def _insert_sections(self, document_id: int, sections: list[Section]) -> None:
        if not sections:
            return
        self.db.table("sections").insert_all(
            section_row(document_id, ordinal, section, part)
            for ordinal, (section, part) in enumerate(
                zip(sections, part_categories(sections), strict=True), start=1))
        index_sections(self.db, self.db.execute(
            "SELECT id, heading, text FROM sections WHERE document_id = ? ORDER BY ordinal",
            [document_id]).fetchall())

    def _drop_sections(self, document_id: int) -> None:
        unindex_document(self.db, document_id)
        # The trigram index follows through the sections_ad trigger.
        self.db.execute("DELETE FROM sections WHERE document_id = ?", [document_id])

    def _delete_document(self, url: str) -> None:
        document_id = self.document_id(url)
        if document_id is None:
            return
        self._drop_sections(document_id)
        self.db.execute("UPDATE documents SET duplicate_of = NULL WHERE duplicate_of = ?",
                        [document_id])
        self.db.execute("DELETE FROM documents WHERE id = ?", [document_id])


def document_row(doc: Document, **provenance: Any) -> dict[str, Any]:
    """The documents row of a cleaned Document (contract fields + provenance)."""
    return {
        **provenance,
        "title": doc.title, "publisher": doc.publisher, "doc_number": doc.doc_number,
        "index_number": doc.index_number, "published": doc.published,
        "report_year": doc.report_year, "original_script": doc.original_script,
        "is_report": int(bool(doc.is_report)), "text": doc.text,
        "attachments": json.dumps([asdict(a) for a in doc.attachments], ensure_ascii=False),
        "encoding": doc.encoding, "family": doc.family,
        "warnings": json.dumps(list(doc.warnings), ensure_ascii=False),
        "cleaning_version": doc.cleaning_version,
    }


def section_row(document_id: int, ordinal: int, section: Section,
                part: str | None = None) -> dict[str, Any]:
    return {"document_id": document_id, "ordinal": ordinal, "level": section.level,
            "number": section.number, "heading": section.heading,
            "category": _joined(section.category), "part": part, "text": section.text}


def part_categories(sections: list[Section]) -> list[str | None]:
    """For each section, the category of the level-1 part it is in (None before the first)."""
    parts, current = [], None
    for section in sections:
        if section.level == 1:
            current = _joined(section.category)
        parts.append(current)
    return parts


def _joined(category: str | list[str] | tuple[str, ...] | None) -> str | None:
    """A heading covering two categories is stored comma-joined: "shortcomings,plans"."""
    return ",".join(category) if isinstance(category, list | tuple) else category


def _portal_row(portal: Mapping[str, Any] | Any) -> dict[str, Any]:
    data = asdict(portal) if is_dataclass(portal) else dict(portal)
    if not data.get("slug"):
        raise CorpusError(f"portal entry without a slug: {data!r}")
    return {key: _plain(value) for key, value in data.items()}


def _plain(value: Any) -> Any:
    """Lists/dicts are stored as JSON by sqlite-utils; tuples as lists; Paths etc. as text."""
    if isinstance(value, tuple | set | frozenset):
        return [_plain(item) for item in value]
    return value if isinstance(value, PLAIN_TYPES) else str(value)
