"""A test portal's expected.json, and how a crawl measures up to it.

A portal folder (`tests/portals/<slug>/`, README there) holds `site/<host>/…` (saved pages),
`expected.json` and, for a test-only portal, `portal.toml`. expected.json::

    {"reports":  [{"url", "year", "title"?, "sections"?, "level1"?: [category, …]}],
     "skipped":  [{"url", "title"?, "why" | "reason"}],     # listed, not reports
     "failures": [{"url", "why" | "reason"}],               # must be reported loudly
     "notes"?, "home"?, "column"?, …}                        # other keys are the writer's own

`check_portal(expected, facts)` compares one portal's crawl (`CrawlFacts`, read from the
archive and corpus by `crawl_facts`) with it and returns a `PortalScore`: the reports collected
once with the right year, the extras (documents stored that are no expected report, nor a
copy linked to another document: `duplicate_of`), the failures reported, and a line for every
difference (an expected report stored as a copy of another document of its portal is missed).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

EXPECTED_FILE = "expected.json"
PORTAL_FILE = "portal.toml"
SITE_DIR = "site"
# Archive kinds that are not a page received: a failure the crawl must have recorded.
QUIET_KINDS = ("ok", "not_modified")
# Portal statuses that name no failed fetch: an overdue report (the calendar's verdict, real
# dates in the bench) does not make a 404 loud.
QUIET_STATUSES = ("ok", "overdue")


class ExpectedFormatError(ValueError):
    """An expected.json that cannot be read: the message names the file and the entry."""


@dataclass(frozen=True)
class ExpectedReport:
    url: str
    year: int
    title: str | None = None
    sections: int | None = None
    level1: tuple[str, ...] | None = None
    final_url: str | None = None    # where a link answering 301/302 ends: the document's URL


@dataclass(frozen=True)
class ExpectedPortal:
    slug: str
    reports: tuple[ExpectedReport, ...]
    skipped: dict[str, str]         # url -> why
    failures: dict[str, str]        # url -> why


def portal_folders(root: Path) -> list[Path]:
    """The portal folders under `root`: every `<root>/<slug>/` holding an expected.json."""
    return sorted(p.parent for p in Path(root).glob(f"*/{EXPECTED_FILE}")
                  if not p.parent.name.startswith("_"))


def load_expected(folder: Path) -> ExpectedPortal:
    """Read `<folder>/expected.json` (the slug is the folder's name)."""
    path = Path(folder) / EXPECTED_FILE
    try:
        data = json.loads(path.read_text("utf-8"))
        return ExpectedPortal(
            slug=Path(folder).name,
            reports=tuple(_report(entry) for entry in data["reports"]),
            skipped={entry["url"]: _why(entry) for entry in data.get("skipped", [])},
            failures={entry["url"]: _why(entry) for entry in data.get("failures", [])})
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ExpectedFormatError(f"{path}: {type(exc).__name__}: {exc}") from exc


def _report(entry: dict[str, Any]) -> ExpectedReport:
    level1 = entry.get("level1")
    return ExpectedReport(url=entry["url"], year=int(entry["year"]), title=entry.get("title"),
                          sections=entry.get("sections"),
                          level1=tuple(level1) if level1 is not None else None,
                          final_url=entry.get("final_url"))


def _why(entry: dict[str, Any]) -> str:
    return str(entry.get("why") or entry.get("reason") or "")


@dataclass
class CrawlFacts:
    """What one portal's crawl left behind."""
    articles: dict[str, int] = field(default_factory=dict)      # url -> times archived ok
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)   # url -> row
    level1: dict[str, list[str]] = field(default_factory=dict)  # url -> level-1 categories
    sections: dict[str, int] = field(default_factory=dict)      # url -> section count
    failed: dict[str, set[str]] = field(default_factory=dict)   # url -> failure kinds
    file_of: dict[str, str] = field(default_factory=dict)       # attachment url -> document url
    # url -> (url, portal) of the document it is linked to as a near-duplicate (duplicate_of)
    copy_of: dict[str, tuple[str, str]] = field(default_factory=dict)
    status: str = "ok"                                          # crawler.outcome's word
    portal: str = ""


# A portal's documents, each with the one it is a near-duplicate of (counted once: that one).
DOCUMENTS_SQL = ("SELECT d.url, d.report_year, d.title, d.attachments, c.url, c.portal, "
                 "length(trim(coalesce(d.text, ''))) FROM "
                 "documents d LEFT JOIN documents c ON c.id = d.duplicate_of WHERE d.portal = ?")


def crawl_facts(data_dir: Path, slug: str, summary: dict[str, Any] | None,
                run_id: int | None = None) -> CrawlFacts:
    """Read one portal's facts from `data_dir`'s archive.db and corpus.db (run `run_id`)."""
    from crawler.outcome import portal_status

    facts = CrawlFacts(status=portal_status(summary) if summary is not None else "not crawled",
                       portal=slug)
    run = "" if run_id is None else f" AND run_id = {int(run_id)}"
    for url, final_url, role, kind in _rows(
            data_dir / "archive.db",
            f"SELECT url, final_url, role, kind FROM responses WHERE portal = ?{run}", slug):
        if kind in QUIET_KINDS:
            if role == "article" and kind == "ok":
                facts.articles[url] = facts.articles.get(url, 0) + 1
        else:   # a redirected fetch's failure is named by the listed URL or where it failed
            for named in {url, final_url or url}:
                facts.failed.setdefault(named, set()).add(kind)
    corpus = data_dir / "corpus.db"
    for url, year, title, files, copy_of, copy_portal, chars in _rows(corpus, DOCUMENTS_SQL,
                                                                      slug):
        facts.documents[url] = {"year": year, "title": title, "chars": chars}
        if copy_of:
            facts.copy_of[url] = (copy_of, copy_portal)
        # A page whose report is its linked file is that report (the file gives its text).
        for attachment in json.loads(files or "[]"):
            facts.file_of.setdefault(attachment.get("url", ""), url)
    for url, level, category in _rows(corpus, "SELECT d.url, s.level, s.category FROM sections s"
                                      " JOIN documents d ON d.id = s.document_id WHERE "
                                      "d.portal = ? ORDER BY d.url, s.ordinal", slug):
        facts.sections[url] = facts.sections.get(url, 0) + 1
        if level == 1:
            facts.level1.setdefault(url, []).append(category)
    return facts


def _rows(db_file: Path, sql: str, *params: Any) -> list[tuple]:
    if not db_file.is_file():
        return []
    with sqlite3.connect(f"file:{db_file}?mode=ro", uri=True) as db:
        try:
            return db.execute(sql, params).fetchall()
        except sqlite3.OperationalError:    # no such table: nothing was stored
            return []


@dataclass
class PortalScore:
    slug: str
    expected: int
    collected: int = 0          # expected reports collected once with the right year
    extras: int = 0             # documents stored that are no expected report
    failures_expected: int = 0
    failures_named: int = 0     # expected failures the crawl recorded and reported
    problems: list[str] = field(default_factory=list)

    @property
    def perfect(self) -> bool:
        return not self.problems


def check_portal(expected: ExpectedPortal, facts: CrawlFacts) -> PortalScore:
    """Every difference between the crawl and expected.json, one line each."""
    score = PortalScore(expected.slug, expected=len(expected.reports),
                        failures_expected=len(expected.failures))
    for report in expected.reports:
        found = _report_problems(report, facts)
        score.problems += found
        score.collected += not any(line.startswith(MISSED) for line in found)
    expected_urls = {_document_url(report, facts) for report in expected.reports}
    # A copy linked to another document (the same report published twice) is counted once.
    for url in sorted(set(facts.documents) - expected_urls - set(facts.copy_of)):
        score.extras += 1
        why = expected.skipped.get(url)
        score.problems.append(f"extra: {url} stored as a report"
                              + (f" (expected skipped: {why})" if why is not None else ""))
    for url, why in expected.failures.items():
        named = _failure_problem(url, why, facts)
        score.failures_named += named is None
        score.problems += [named] if named else []
    return score


MISSED = "missed:"   # the problem lines that mean a report was not collected once, right year
FALSE_ALARM = "false alarm:"


def false_alarm(score: PortalScore, status: str) -> list[str]:
    """A portal that expects no failure but fails its crawl (listing_incomplete, column_empty
    …) with every report collected: a loud failure where nothing is missing is a fault too."""
    if score.failures_expected or status in QUIET_STATUSES or score.collected < score.expected:
        return []
    return [f"{FALSE_ALARM} every report collected, but the crawl says {status}"]


def measure_portal(folder: Path, data_dir: Path, summary: dict[str, Any] | None,
                   run_id: int | None = None) -> tuple[PortalScore, str]:
    """The crawl in `data_dir` against `folder`'s expected.json, false alarms included; and
    the portal's status (crawler.outcome's word)."""
    facts = crawl_facts(data_dir, folder.name, summary, run_id)
    score = check_portal(load_expected(folder), facts)
    score.problems += false_alarm(score, facts.status)
    return score, facts.status


def _document_url(report: ExpectedReport, facts: CrawlFacts) -> str:
    """The URL the report is stored under: its link's, where the link ends (`final_url`, the
    document URL policy), or the page that carries it as an attachment."""
    for url in (report.url, report.final_url):
        if url and url in facts.documents:
            return url
    return facts.file_of.get(report.url, report.url)


def _report_problems(report: ExpectedReport, facts: CrawlFacts) -> list[str]:
    url = _document_url(report, facts)
    document = facts.documents.get(url)
    times = facts.articles.get(url, 0)
    if document is None:
        kinds = ", ".join(sorted(facts.failed.get(url, ())))
        how = kinds or ("fetched, not stored as a report" if times else "never fetched")
        return [f"{MISSED} {url} ({report.year}) not in the corpus: {how}"]
    found = []
    copy_of, copy_portal = facts.copy_of.get(url, (None, None))
    if copy_of and copy_portal == facts.portal:
        found.append(f"{MISSED} {url} stored as a copy of {copy_of} (counted there)")
    if times > 1:
        found.append(f"{MISSED} {url} archived {times} times, not once")
    if document.get("chars") == 0:   # a page stored with no text collected nothing
        found.append(f"{MISSED} {url} stored with no text")
    if document["year"] != report.year:
        found.append(f"{MISSED} {url} year {document['year']}, expected {report.year}")
    if report.title is not None and (document["title"] or "").strip() != report.title.strip():
        found.append(f"title: {url} {document['title']!r}, expected {report.title!r}")
    if report.sections is not None and facts.sections.get(url, 0) != report.sections:
        found.append(f"sections: {url} {facts.sections.get(url, 0)}, expected {report.sections}")
    if report.level1 is not None and tuple(facts.level1.get(url, ())) != report.level1:
        found.append(f"level1: {url} {facts.level1.get(url, [])}, expected {list(report.level1)}")
    return found


def _failure_problem(url: str, why: str, facts: CrawlFacts) -> str | None:
    """None when the failure at `url` was recorded in the archive and failed the portal."""
    if url not in facts.failed:
        return f"failure not recorded: {url} ({why}) has no failure kind in the archive"
    if facts.status in QUIET_STATUSES:
        kinds = ", ".join(sorted(facts.failed[url]))
        return (f"failure not loud: {url} ({why}) archived as {kinds}, but the portal says "
                f"{facts.status}")
    return None
