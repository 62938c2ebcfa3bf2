"""What the CLI prints: crawl summaries, coverage, search hits. Pure formatting, no I/O but echo."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from crawler.outcome import failed_portals, portal_problems, portal_status, problem_line

# requests = ok + unchanged + blocked + failed + robots; then what the crawl made of them.
CRAWL_COLUMNS = ("portal", "requests", "ok", "unchanged", "blocked", "failed", "robots",
                 "reports", "revisions", "skipped", "cached", "status")
COLUMN_NOTE = ("(unchanged = 304 Not Modified · robots = robots.txt fetches · "
               "cached = archived articles not requested again)")
LAST_CRAWL_NAMES = 12   # failed portals named on stats' last-crawl line; the rest counted
NOT_A_REPORT = "not a report"   # the skip reason's kind (db.corpus.ingest) of a page read fine


def crawl_failed(result: Any) -> bool:
    return bool(failed_portals(result.portals))


def crawl_rows(result: Any) -> list[tuple]:
    rows = []
    for slug, s in sorted(result.portals.items()):
        responses = s.get("responses", {})
        rows.append((slug, s.get("requests", 0), responses.get("ok", 0),
                     responses.get("not_modified", 0), s.get("blocked", 0),
                     s.get("failures", 0), sum(s.get("robots", {}).values()),
                     s.get("reports_found", 0), s.get("new_revisions", 0),
                     sum(s.get("skipped", {}).values()), s.get("articles_skipped_archived", 0),
                     portal_status(s)))
    return rows


def print_crawl(result: Any, *, out: Any = None) -> None:
    """The table (to `out`, default stdout), then one FAILED line per problem on stderr."""
    echo = (lambda text: click.echo(text, file=out)) if out is not None else click.echo
    archive, corpus = (Path(result.archive).resolve(), Path(result.corpus).resolve())
    echo(f"crawl run {result.run_id}  archive {archive}  corpus {corpus}")   # both absolute
    echo(table(CRAWL_COLUMNS, crawl_rows(result)))
    echo(COLUMN_NOTE)
    for slug, s in sorted(result.portals.items()):
        for problem in portal_problems(s):
            click.echo(problem_line(slug, problem), err=True)
        if s.get("new_report_years"):
            echo(f"new report year(s) on {slug}: {s['new_report_years']}")
        if s.get("note"):
            echo(f"{slug}: {s['note']}")


def crawl_record(result: Any) -> dict[str, Any]:
    record = asdict(result)
    record["failed_portals"] = failed_portals(result.portals)
    return record


def write_json(data: Any, target: Path) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1, default=str)
    if str(target) == "-":
        sys.stdout.write(text + "\n")
    else:
        Path(target).write_text(text + "\n", encoding="utf-8")


def table(headers: tuple[str, ...], rows: list[tuple]) -> str:
    """A plain aligned text table (CJK characters count double width)."""
    cells = [tuple(str(c) for c in headers)] + [tuple(str(c) for c in r) for r in rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def format_stats(corpus_path: Path, archive_path: Path | None = None, *,
                 last_crawl: bool = True) -> str:
    """The coverage matrix (✓, attachment-only, blocked/failed, missing), totals, the newest
    crawl's failed portals (`last_crawl`, from the archive), warnings."""
    from db.corpus.quality import cleaning_warnings, coverage_facts
    from db.corpus.stats import totals

    facts = coverage_facts(corpus_path, archive_path)
    years = facts.years
    rows = [(p, *[_cell(facts.counts.get((p, y), 0), facts.problems.get((p, y)),
                        (p, y) in facts.attached, (p, y) in facts.copies) for y in years])
            for p in facts.portals]
    t = totals(corpus_path)
    lines = [table(("portal", *map(str, years)), rows),
             "(✓ report · 📎 report only as an attachment · = a copy of another portal's "
             "report, counted there · blocked / not_found … a report link that failed · - none)",
             "", f"reports: {t['documents'] - t['duplicates']} (+{t['duplicates']} duplicate "
             f"copies, not counted)   sections: {t['sections']}   portals: "
             f"{t['portals_with_documents']}   {_skipped(t['skipped_by_reason'])}",
             "level-1 sections by category: " + _pairs(t["sections_by_category"])]
    lines += _last_crawl_lines(facts.last_run) if last_crawl else []
    return "\n".join(lines + _warning_lines(cleaning_warnings(corpus_path)))


def _last_crawl_lines(run: dict[str, Any] | None) -> list[str]:
    """The newest crawl run (Archive.latest_run) and its failed portals: a portal whose
    listing failed has no cell in the matrix, so a scheduled crawl's failure would show nowhere
    in stats."""
    if run is None:
        return []
    portals = (run["stats"] or {}).get("portals", {})
    when = str(run["finished_at"] or run["started_at"])[:16].replace("T", " ")
    head = f"last crawl: run {run['id']}, {run['status']} {when} UTC, {len(portals)} portal(s)"
    failed = [f"{slug} ({portal_status(portals[slug])})" for slug in failed_portals(portals)]
    if not failed:
        return ["", head + (", all ok" if portals else "")]
    shown = ", ".join(failed[:LAST_CRAWL_NAMES]) + (
        f", … {len(failed) - LAST_CRAWL_NAMES} more" if len(failed) > LAST_CRAWL_NAMES else "")
    return ["", f"{head}, {len(failed)} failed: {shown}",
            "(the crawl's FAILED lines and its --json record say why; `fazhi check-portal "
            "PORTAL` shows what a portal's pages hold)"]


def _skipped(by_reason: dict[str, int]) -> str:
    """Pages skipped as not reports; pages that could not be cleaned (unreadable, over the
    time budget) are named apart, never counted as 'not reports'."""
    text = f"pages skipped as not reports: {by_reason.get(NOT_A_REPORT, 0)}"
    failed = ", ".join(f"{reason} {n}" for reason, n in by_reason.items()
                       if reason != NOT_A_REPORT)
    return text + (f"   pages that could not be cleaned: {failed}" if failed else "")


def _pairs(mapping: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in mapping.items()) or "none"


def _cell(count: int, problem: str | None, attachment: bool, copy: bool) -> str:
    if count:
        return ("📎" if attachment else "✓") + (f"×{count}" if count > 1 else "")
    return problem or ("=" if copy else "-")


def _warning_lines(warnings: dict[str, list[dict]]) -> list[str]:
    lines = []
    for name, rows in warnings.items():
        if rows:
            lines.append(f"\ncleaning warning — {name}: {len(rows)}")
            lines += [f"  {r['portal']} {r['report_year'] or '-'} {r['title']}  {r['url']}"
                      for r in rows[:10]]
    return lines or ["\ncleaning warnings: none"]


def hit_dict(hit: Any) -> dict[str, Any]:
    return asdict(hit)


SEARCHED_AT_ORIGINALS = "searched at their originals: search without --portal"


def portal_hint(corpus_path: Path, portal: str, copies: str = SEARCHED_AT_ORIGINALS) -> str:
    """Why a search (or export) limited to ``portal`` can find nothing whatever the words: the
    portal has no report in the corpus, or only copies of other portals' (`copies` says what
    became of them)."""
    from db.corpus.search import reading

    with reading(corpus_path) as conn:
        total, count = conn.execute(
            "SELECT COUNT(*), COUNT(duplicate_of) FROM documents WHERE portal = ?",
            [portal]).fetchone()
    if not total:
        return f"; portal {portal!r} has no report in the corpus (see `fazhi stats`)"
    if total == count:
        return (f"; portal {portal!r} holds only copies of other portals' reports ({count}), "
                f"{copies}")
    return ""


def format_hits(query: str, hits: list[Any], hint: str = "") -> str:
    if not hits:
        return f"no section matches {query!r}{hint}"
    total = getattr(hits, "total", len(hits))    # db.corpus.search.Hits: all matches
    shown = f", the best {len(hits)} shown" if total > len(hits) else ""
    lines = [f"{total} section(s) match {query!r}{shown}:"]
    for hit in hits:
        lines.append(f"\n[{hit.portal} {hit.report_year}] {hit.title}")
        lines.append(f"  § {hit.heading or '(before the first heading)'}"
                     + (f"  ({hit.category})" if hit.category else ""))
        lines.append(f"  {hit.snippet}")
    return "\n".join(lines)


def format_rebuild(stats: Any) -> str:
    """One line, and one more when pages ran over the cleaning time budget: they are not 'not
    reports' (a longer --page-timeout may clean them), and `fazhi stats` lists them."""
    over = f", {stats.timed_out} over the cleaning time budget" if stats.timed_out else ""
    line = (f"rebuilt {stats.corpus_path}: {stats.articles} archived articles → "
            f"{stats.documents} reports, {stats.skipped} skipped ({stats.unreadable} unreadable"
            f"{over}) in {stats.seconds:.1f}s")
    if stats.timed_out:
        line += ("\nthose are skipped as cleaning_timeout: `fazhi stats` lists them; a longer "
                 "--page-timeout may clean them")
    return line
