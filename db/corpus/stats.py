"""Corpus statistics for ``fazhi stats`` and the demo summary."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
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


TREND_GROUPS = ("province", "level")   # the portals columns a trend may be split by
TREND_SQL = """
SELECT coalesce(p.{by}, 'unknown') AS grp, d.report_year,
       SUM((length(d.text) - length(replace(d.text, :term, ''))) / length(:term)) AS hits,
       SUM(length(d.text)) AS chars, COUNT(*) AS documents
FROM documents d LEFT JOIN portals p ON p.slug = d.portal
WHERE d.duplicate_of IS NULL AND d.report_year IS NOT NULL AND length(d.text) > 0
GROUP BY grp, d.report_year ORDER BY grp, d.report_year
"""
PART_LENGTHS_SQL = """
SELECT s.document_id, s.part, SUM(length(s.heading) + length(s.text)) FROM sections s
JOIN documents d ON d.id = s.document_id
WHERE d.duplicate_of IS NULL AND s.part IS NOT NULL GROUP BY s.document_id, s.part
"""


@dataclass(frozen=True)
class TrendPoint:
    group: str            # a province or a level
    year: int
    hits: int             # occurrences of the term in the reports' text
    chars: int            # characters of those reports
    documents: int

    @property
    def per_10k(self) -> float:
        return 10_000 * self.hits / self.chars if self.chars else 0.0


def term_trend(corpus_path: str | Path, term: str, *, by: str = "province") -> list[TrendPoint]:
    """How often ``term`` occurs per report year and province (or level), duplicates left out:
    counts and characters, so that ``per_10k`` compares reports of any length."""
    if by not in TREND_GROUPS:
        raise ValueError(f"trend by {by!r}: expected one of {', '.join(TREND_GROUPS)}")
    if not term:
        raise ValueError("an empty term")
    with _open(corpus_path) as corpus:
        rows = corpus.db.execute(TREND_SQL.format(by=by), {"term": term})
        return [TrendPoint(*row) for row in rows]


def part_lengths(corpus_path: str | Path) -> dict[str, list[int]]:
    """Characters of each report's level-1 part, by category (a part covering two counts for
    both): the lengths a box plot shows."""
    per_report: Counter[tuple[int, str]] = Counter()
    with _open(corpus_path) as corpus:
        for document_id, part, chars in corpus.db.execute(PART_LENGTHS_SQL):
            for name in part.split(","):
                per_report[(document_id, name.strip())] += chars
    lengths: dict[str, list[int]] = {}
    for (_, name), chars in sorted(per_report.items()):
        lengths.setdefault(name, []).append(chars)
    return dict(sorted(lengths.items()))


def _open(corpus_path: str | Path) -> Corpus:
    if not Path(corpus_path).is_file():
        raise CorpusError(f"no corpus at {corpus_path}")
    return Corpus(corpus_path)
