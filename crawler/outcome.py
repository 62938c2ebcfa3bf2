"""What one portal's crawl came to: its problems, one status word, failed or not.

The one definition of a failed portal: the runner's exit code, `fazhi crawl`'s table and
`fazhi check-portal` all read it. A portal summary (crawler/extensions.py `portal_summary`)
carries `problems`, a list anyone may append to (`{"kind", "url", "detail"}`: e.g. the
completeness ledger's `listing_incomplete`, `report_not_fetched`, `column_empty`); the facts the
summary holds otherwise (an error, an empty crawl, an interrupted one, an overdue report) are
turned into problems of the same shape here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Scrapy's finish reason of a crawl stopped by a signal (first Ctrl-C/SIGTERM).
INTERRUPTED_REASONS = ("shutdown",)
FETCHED_KINDS = ("ok", "not_modified")   # every other kind of a response is a failed fetch


def portal_problems(summary: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every reason this portal's crawl failed, most fundamental first (empty: it did not)."""
    found: list[dict[str, Any]] = []
    if summary.get("error"):
        found.append({"kind": "error", "url": "", "detail": str(summary["error"])})
    reason = summary.get("finish_reason")
    named = {problem.get("kind") for problem in summary.get("problems", [])}
    if reason in INTERRUPTED_REASONS:
        found.append({"kind": "interrupted", "url": "", "detail": "stopped by a signal"})
    elif reason not in (None, "finished", *named):   # a named problem says more
        found.append({"kind": str(reason), "url": "", "detail": f"finish reason {reason}"})
    if summary.get("empty") and not summary.get("error"):
        found.append({"kind": "empty", "url": "", "detail": empty_detail(summary)})
    found += [dict(problem) for problem in summary.get("problems", [])]
    if summary.get("missing_years"):
        years = ", ".join(map(str, summary["missing_years"]))
        found.append({"kind": "overdue", "url": "",
                      "detail": f"no report about {years} after the 1 April deadline"})
    return found


def empty_detail(summary: Mapping[str, Any]) -> str:
    failures = summary.get("failures", 0) + summary.get("blocked", 0)
    if failures:
        return (f"no report found, {failures} fetch(es) failed or were blocked "
                f"({failure_kinds(summary)})")
    return "no report found and nothing failed: the listing or its selectors may have changed"


def failure_kinds(summary: Mapping[str, Any]) -> str:
    """The kinds of the failed fetches and how many of each, most first: `timeout 2,
    not_found 1` (the summary's `responses` by kind)."""
    counts = {kind: n for kind, n in summary.get("responses", {}).items()
              if kind not in FETCHED_KINDS and n}
    return ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items(),
                                                         key=lambda kv: (-kv[1], kv[0])))


def portal_status(summary: Mapping[str, Any]) -> str:
    """One word: ok, or the kind of the first problem."""
    problems = portal_problems(summary)
    return problems[0]["kind"] if problems else "ok"


def portal_failed(summary: Mapping[str, Any]) -> bool:
    return bool(portal_problems(summary))


def failed_portals(portals: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """The slugs whose crawl failed, in the summaries' order."""
    return [slug for slug, summary in portals.items() if portal_failed(summary)]


def problem_line(slug: str, problem: Mapping[str, Any]) -> str:
    """`FAILED slug: kind — detail <url>`, the line that names a portal and why."""
    where = f" <{problem['url']}>" if problem.get("url") else ""
    return f"FAILED {slug}: {problem['kind']} — {problem.get('detail', '')}{where}"
