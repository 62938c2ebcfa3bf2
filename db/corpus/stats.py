"""Corpus statistics for ``fazhi stats`` and the demo summary."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from db.corpus.store import Corpus, CorpusError

COVERAGE_SQL = """
SELECT portal, report_year, COUNT(*) AS documents FROM documents
WHERE duplicate_of IS NULL
GROUP BY portal, report_year ORDER BY portal, report_year
"""


def coverage(corpus_path: str | Path) -> list[tuple[str | None, int | None, int]]:
    """(portal, report_year, number of reports) for every pair present; duplicates excluded."""
    with _open(corpus_path) as corpus:
        return [tuple(row) for row in corpus.db.execute(COVERAGE_SQL)]


def totals(corpus_path: str | Path) -> dict[str, Any]:
    """Counts of documents, duplicates, sections (by level-1 category), portals, skipped pages."""
    with _open(corpus_path) as corpus:
        db = corpus.db

        def scalar(sql: str) -> Any:
            return db.execute(sql).fetchone()[0]

        return {
            "documents": scalar("SELECT COUNT(*) FROM documents"),
            "duplicates": scalar("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL"),
            "sections": scalar("SELECT COUNT(*) FROM sections"),
            "sections_by_category": _sections_by_category(corpus),
            "portals_with_documents": scalar("SELECT COUNT(DISTINCT portal) FROM documents"),
            "portals_registered": scalar("SELECT COUNT(*) FROM portals"),
            "report_years": [row[0] for row in db.execute(
                "SELECT DISTINCT report_year FROM documents WHERE report_year IS NOT NULL "
                "ORDER BY report_year")],
            "skipped": scalar("SELECT COUNT(*) FROM skipped"),
            "skipped_by_reason": _skipped_by_reason(corpus),
        }


def _sections_by_category(corpus: Corpus) -> dict[str, int]:
    """Level-1 sections per category; a section covering two counts for both."""
    counts: Counter[str] = Counter()
    for category, number in corpus.db.execute(
            "SELECT category, COUNT(*) FROM sections WHERE level = 1 GROUP BY category"):
        for name in (category or "none").split(","):
            counts[name.strip()] += number
    return dict(sorted(counts.items()))


def _skipped_by_reason(corpus: Corpus) -> dict[str, int]:
    """Skipped pages by the kind of reason ("not a report", "unreadable")."""
    counts: Counter[str] = Counter(
        reason.split(":", 1)[0] for (reason,) in corpus.db.execute("SELECT reason FROM skipped"))
    return dict(sorted(counts.items()))


def _open(corpus_path: str | Path) -> Corpus:
    if not Path(corpus_path).is_file():
        raise CorpusError(f"no corpus at {corpus_path}")
    return Corpus(corpus_path)
