"""What `fazhi stats` flags beyond plain counts: report links a portal blocked or lost, reports
that exist only as an attachment, and documents whose cleaning looks doubtful."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.corpus.ingest import TIMEOUT_REASON
from db.corpus.store import Corpus

if TYPE_CHECKING:
    from db.archive.store import Archive

SHORT_TEXT_CHARS = 800   # a real annual report is several thousand characters long
FETCH_PROBLEM_KINDS = ("blocked", "not_found", "server_error", "timeout", "network_error",
                       "too_large", "truncated", "login_required")
WARNING_QUERIES = {
    "no sections": "SELECT d.* FROM documents d WHERE NOT EXISTS "
                   "(SELECT 1 FROM sections s WHERE s.document_id = d.id)",
    "no report year": "SELECT d.* FROM documents d WHERE d.report_year IS NULL",
    "very short text": f"SELECT d.* FROM documents d WHERE length(d.text) < {SHORT_TEXT_CHARS}",
    "level-1 heading without category": "SELECT DISTINCT d.* FROM documents d JOIN sections s "
                                        "ON s.document_id = d.id "
                                        "WHERE s.level = 1 AND s.category IS NULL",
    # Pages whose cleaning ran over its time budget: skipped, their URLs listed to look at.
    TIMEOUT_REASON: "SELECT portal, NULL AS report_year, title, url, NULL AS duplicate_of "
                    f"FROM skipped WHERE reason LIKE '{TIMEOUT_REASON}%'",
    # Pages the cleaner could not read at all (empty, binary, a broken file): listed the same.
    "unreadable": "SELECT portal, NULL AS report_year, title, url, NULL AS duplicate_of "
                  "FROM skipped WHERE reason LIKE 'unreadable%'",
}
COPY_YEARS_SQL = ("SELECT portal, report_year FROM documents WHERE duplicate_of IS NOT NULL "
                  "AND portal IS NOT NULL AND report_year IS NOT NULL")
ATTACHMENT_ONLY_SQL = """
SELECT portal, report_year FROM documents
WHERE duplicate_of IS NULL AND (family = 'file' OR warnings LIKE '%body taken from%')
"""


@dataclass(frozen=True)
class Coverage:
    """What a coverage table or heatmap shows, gathered once for both (`fazhi stats`, `fazhi
    plots`): report counts, failed report links, attachment-only reports and copies, each by
    (portal, year)."""
    counts: dict[tuple[str, int], int]
    problems: dict[tuple[str, int], str]
    attached: set[tuple[str, int]]
    copies: set[tuple[str, int]]
    undated: set[str]          # portals with a report whose year is unknown: their row stays
    last_run: dict[str, Any] | None = None   # the archive's newest crawl run (Archive.run)

    @property
    def years(self) -> list[int]:
        """Every year with a report, a failed report link or a copy."""
        return sorted({y for _, y in self.counts} | {y for _, y in self.problems}
                      | {y for _, y in self.copies})

    @property
    def portals(self) -> list[str]:
        """Every portal with any of those — a portal of copies only keeps its row."""
        return sorted({p for p, _ in self.counts} | {p for p, _ in self.problems}
                      | {p for p, _ in self.copies} | self.undated)


def coverage_facts(corpus_path: str | Path, archive_path: str | Path | None = None) -> Coverage:
    """The coverage of a corpus; failed report links and the newest crawl run only when the
    archive is given and there (opened once for both)."""
    from db.archive.store import Archive
    from db.corpus.stats import coverage

    matrix = coverage(corpus_path)
    counts = {(p, y): n for p, y, n in matrix if p and y}
    problems, last_run = {}, None
    if archive_path and Path(archive_path).exists():
        with Archive(archive_path) as archive:
            problems, last_run = fetch_problems(archive), archive.latest_run()
    return Coverage(counts, problems, attachment_only(corpus_path), copy_years(corpus_path),
                    undated={p for p, y, _ in matrix if p and not y}, last_run=last_run)


def cleaning_warnings(corpus_path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Reports per doubtful sign (duplicates left out), and pages over their cleaning time
    budget: portal, report_year, title, url."""
    found: dict[str, list[dict[str, Any]]] = {}
    with Corpus(corpus_path) as corpus:
        for name, sql in WARNING_QUERIES.items():
            rows = corpus.db.execute(f"SELECT portal, report_year, title, url FROM ({sql}) "
                                     "WHERE duplicate_of IS NULL ORDER BY portal, report_year")
            found[name] = [dict(zip(("portal", "report_year", "title", "url"), row,
                                    strict=True)) for row in rows]
    return found


def attachment_only(corpus_path: str | Path) -> set[tuple[str, int]]:
    """(portal, report_year) of reports whose text came from a PDF/DOCX, not a page."""
    with Corpus(corpus_path) as corpus:
        return {(portal, year) for portal, year in corpus.db.execute(ATTACHMENT_ONLY_SQL)}


def copy_years(corpus_path: str | Path) -> set[tuple[str, int]]:
    """(portal, year) where the portal holds a copy of another portal's report: without it, a
    portal whose reports are all copies (a 司法局 site re-posting the government's) would have
    no row at all in the coverage (`fazhi stats`, its heatmap)."""
    from db.corpus.search import reading

    with reading(corpus_path) as conn:
        return {(portal, year) for portal, year in conn.execute(COPY_YEARS_SQL)}


def fetch_problems(archive: Archive) -> dict[tuple[str, int], str]:
    """(portal, report year) → the kind of the last failed fetch of a report link whose title
    names that year (a 412 challenge, a dead link…), from the archive."""
    from cleaning.report import classify_title

    marks = ", ".join("?" for _ in FETCH_PROBLEM_KINDS)
    problems: dict[tuple[str, int], str] = {}
    rows = archive.db.execute(
        f"SELECT portal, title_hint, kind FROM responses WHERE role = 'article' "
        f"AND title_hint IS NOT NULL AND kind IN ({marks}) ORDER BY id", FETCH_PROBLEM_KINDS)
    for portal, title, kind in rows:
        year = classify_title(title).report_year
        if year:
            problems[(portal, year)] = kind
    return problems
