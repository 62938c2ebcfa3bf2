"""The rows the corpus writer (db/corpus/writer.py) stores: documents, sections, skipped pages
and portals, built from cleaned articles and registry entries."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from cleaning.document import Document, Section
from db.corpus.ingest import Cleaned, current_cleaning_version, skip_reason
from db.corpus.store import CorpusError


class PortalRowError(CorpusError):
    """A portal entry without a slug, or with columns the corpus schema does not have."""


def provenance(cleaned: Cleaned) -> dict[str, Any]:
    return {"url": cleaned.url, "portal": cleaned.portal, "response_id": cleaned.response_id,
            "sha256": cleaned.sha256, "fetched_at": cleaned.fetched_at,
            "revision": cleaned.revision}


def skipped_row(cleaned: Cleaned, reason: str | None = None) -> dict[str, Any]:
    """The skipped row of a page that is not a report (``reason``: when already worked out)."""
    doc = cleaned.document
    return {**provenance(cleaned), "title": (doc.title if doc else None) or cleaned.title_hint,
            "reason": reason or skip_reason(cleaned),
            "cleaning_version": doc.cleaning_version if doc else current_cleaning_version()}


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


# The sections columns the writer fills: the id, the document's, then SectionValues.
SECTION_COLUMNS = ("id", "document_id", "ordinal", "level", "number", "heading", "category",
                   "part", "text")
# A section's own values: level, number, heading, category (comma-joined), part, text.
SectionValues = tuple[int, str, str, str | None, str | None, str]


def section_values(sections: list[Section]) -> list[SectionValues]:
    """The sections' row values after the id, document id and ordinal (a cleaning worker
    sends them so: tuples unpickle ~4x faster than Section objects)."""
    return [(s.level, s.number, s.heading, _joined(s.category), part, s.text)
            for s, part in zip(sections, part_categories(sections), strict=True)]


def part_categories(sections: list[Section]) -> list[str | None]:
    """For each section, the category of the level-1 part it is in (None before the first)."""
    parts, current = [], None
    for section in sections:
        if section.level == 1:
            current = _joined(section.category)
        parts.append(current)
    return parts


def portal_row(portal: Mapping[str, Any] | Any, columns: set[str]) -> dict[str, Any]:
    """A portals row: ``portal.as_row()`` (settings.registry.Portal) or a mapping, checked
    against the table's ``columns`` (a new column needs a corpus migration)."""
    row = dict(portal.as_row() if hasattr(portal, "as_row") else portal)
    if not row.get("slug"):
        raise PortalRowError(f"portal entry without a slug: {row!r}")
    unknown = sorted(set(row) - columns)
    if unknown:
        raise PortalRowError(f"portal {row['slug']!r}: no such corpus column(s) "
                             f"{', '.join(unknown)} (add a migration in db/corpus/schema.py)")
    return row


def _joined(category: str | list[str] | tuple[str, ...] | None) -> str | None:
    """A heading covering two categories is stored comma-joined: "shortcomings,plans"."""
    return ",".join(category) if isinstance(category, list | tuple) else category
