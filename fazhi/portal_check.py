"""`fazhi check-portal`: crawl one portal and say, in plain lines, what came of it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from crawler.outcome import portal_problems

# Responses that are not a failure of the portal (robots.txt answers are counted apart).
NOT_FAILURES = ("ok", "not_modified")
# The run's failed fetches: not NOT_FAILURES, nor the ledger's rows of what a listing promised
# and did not get (crawler.families.completeness.PROBLEM_KINDS: no fetch, each in Problems).
FAILED_FETCHES_SQL = """
SELECT kind, status, role, url, error FROM responses
WHERE run_id = ? AND portal = ? AND role != 'robots' AND kind NOT IN ({kinds})
ORDER BY id
"""


def crawl_one(slug: str, *, data_dir: Path, replay: Path | None,
              portal_dirs: Sequence[Path] = ()) -> Any:
    """Crawl `slug` alone into `data_dir` (a CrawlResult)."""
    from crawler.runner import run_crawl

    return run_crawl([slug], data_dir=data_dir, replay_root=replay,
                     extra_portal_dirs=tuple(portal_dirs),
                     settings_overrides={"LOG_LEVEL": "WARNING"})


def reports_by_year(corpus_path: Path, slug: str) -> dict[int | None, list[dict[str, Any]]]:
    from db.corpus.store import Corpus

    years: dict[int | None, list[dict[str, Any]]] = {}
    with Corpus(corpus_path) as corpus:
        for row in corpus.db.query("SELECT report_year, title, url FROM documents WHERE "
                                   "portal = ? ORDER BY report_year DESC, url", [slug]):
            years.setdefault(row["report_year"], []).append(row)
    return years


def not_reports(corpus_path: Path, slug: str) -> list[dict[str, Any]]:
    """Articles fetched as reports that the cleaner then judged not a report (or unreadable)."""
    from db.corpus.store import Corpus

    with Corpus(corpus_path) as corpus:
        return list(corpus.db.query("SELECT title, url, reason FROM skipped WHERE portal = ? "
                                    "ORDER BY url", [slug]))


def failed_fetches(archive_path: Path, run_id: int, slug: str) -> list[dict[str, Any]]:
    """One row per URL that failed (its last attempt, with ``attempts``): Scrapy retries a
    5xx or a timeout, and each try is archived, but the user has one URL to look at."""
    from crawler.families.completeness import PROBLEM_KINDS
    from db.archive.store import Archive

    left_out = (*NOT_FAILURES, *PROBLEM_KINDS)
    sql = FAILED_FETCHES_SQL.format(kinds=", ".join("?" * len(left_out)))
    by_url: dict[str, dict[str, Any]] = {}
    with Archive(archive_path) as archive:
        for row in archive.db.query(sql, [run_id, slug, *left_out]):
            attempts = by_url.pop(row["url"], {}).get("attempts", 0) + 1
            by_url[row["url"]] = {**row, "attempts": attempts}
    return list(by_url.values())


def print_check(slug: str, result: Any, expected: Path | None = None) -> bool:
    """Print the findings; True when the crawl did not fail (crawler/outcome.py, as
    `fazhi crawl` decides), at least one report reached the corpus and, with the portal's
    folder `expected` (saved pages replayed), the crawl matches its expected.json."""
    summary = result.portals.get(slug, {})
    if summary.get("error"):
        click.echo(f"{slug}: the crawl could not run: {summary['error']}", err=True)
        return False
    years = reports_by_year(Path(result.corpus), slug)
    click.echo(f"{slug}: {summary.get('requests', 0)} requests, "
               f"{summary.get('reports_found', 0)} report link(s) on the listing")
    _section("Reports by year", [
        f"{year or 'year?'}  {row['title']}\n        {row['url']}"
        for year, rows in years.items() for row in rows])
    _section("Fetched, but not a report after cleaning", [
        f"{row['reason']}: {row['title']}  {row['url']}"
        for row in not_reports(Path(result.corpus), slug)])
    _section("Listing items skipped", [
        f"{item['reason']}: {item['title']}  {item['url']}"
        for item in summary.get("skipped_items", [])])
    failures = failed_fetches(Path(result.archive), result.run_id, slug)
    _section("Blocked or failed fetches", [
        f"{row['kind']} ({row['status'] or '-'}, {row['role']}): {row['url']}"
        + (f"  — {row['error']}" if row["error"] else "")
        + (f"  ({row['attempts']} attempts)" if row["attempts"] > 1 else "")
        for row in failures])
    problems = portal_problems(summary)
    _section("Problems", [f"{p['kind']}: {p['detail']}" + (f"  {p['url']}" if p["url"] else "")
                          for p in problems])
    matches = print_expected(expected, result, summary) if expected else True
    click.echo("\nVerdict: " + verdict(years, failures, summary))
    return bool(years) and not problems and matches


def print_expected(folder: Path, result: Any, summary: dict[str, Any]) -> bool:
    """The crawl against the folder's expected.json, as bench/portal_score.py measures it —
    a false alarm (the crawl fails with every expected report collected) named as one; True
    when nothing differs."""
    from fazhi.portal_expected import FALSE_ALARM, measure_portal

    score, _ = measure_portal(folder, Path(result.archive).parent, summary, result.run_id)
    _section(f"Against {folder / 'expected.json'}", [
        f"{score.collected}/{score.expected} report(s) collected once with their year, "
        f"extras {score.extras}, failures named {score.failures_named}/"
        f"{score.failures_expected}", *score.problems])
    if any(line.startswith(FALSE_ALARM) for line in score.problems):
        click.echo("\nFALSE ALARM: every report expected.json names was collected and it expects "
                   "no failure, yet the crawl failed — the crawler's check is wrong here.")
    return score.perfect


def verdict(years: dict[int | None, list], failures: list[dict[str, Any]],
            summary: dict[str, Any]) -> str:
    known = sorted(year for year in years if year)
    if not years:
        if failures:
            return (f"NOTHING FOUND — {len(failures)} fetch(es) failed or were blocked "
                    "(see above): the portal may be down or behind an anti-bot wall.")
        return ("NOTHING FOUND — the listing answered but no link had a report title: check "
                "start_urls, the family and its [overrides].")
    counted = sum(len(rows) for rows in years.values())
    problems = [p["kind"] for p in portal_problems(summary)]
    text = "FAILED (" + ", ".join(dict.fromkeys(problems)) + ") — " if problems else "OK — "
    text += f"{counted} report(s)" + (f", years {known[0]}–{known[-1]}" if known else "")
    if failures:
        text += f"; {len(failures)} fetch(es) failed or were blocked"
    if summary.get("missing_years"):
        text += f"; overdue: no report on {', '.join(map(str, summary['missing_years']))}"
    return text + "."


def _section(heading: str, lines: list[str]) -> None:
    click.echo(f"\n{heading}:" + ("" if lines else " none"))
    for line in lines:
        click.echo(f"  {line}")
