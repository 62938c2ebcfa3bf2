"""What `fazhi new-portal` writes: the registry entry and the portal's test folder.

The folder is `<portals>/<slug>/` in the layout of tests/portals (README there): the saved pages
in `site/<host>/<path>` as the replay server serves them, and `expected.json` with what was found
(the newest report: URL, year, and the title, section count and level-1 categories cleaning
gives it; the listing's other links with the reason they are no report). The parametrized test
(tests/crawler/test_crawl_sites.py) then crawls it like every other portal.

`plan_files(...)` returns {path: bytes} without touching the disk; `write_files(plan, force)`
refuses to replace a file with different content unless `force` (identical files are left
alone, a host's `_replay.json` is merged key by key).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.replay.rules import RULES_FILE, guess_content_type
from crawler.replay.sites import url_file
from fazhi.portal_expected import EXPECTED_FILE, SITE_DIR
from fazhi.portal_scaffold import Discovery, Fetched, FoundReport, ScaffoldError

REGISTRY_KEYS = ("slug", "name", "division_code", "level", "province", "family")


@dataclass
class NewPortal:
    slug: str
    name: str
    division_code: str
    level: str
    province: str
    discovery: Discovery


def toml_value(value: Any) -> str:
    """A TOML value for a string, number, boolean or list of them (JSON spells them alike)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False)


def registry_toml(portal: NewPortal) -> str:
    found = portal.discovery
    lines = [f"# Added by `fazhi new-portal` on {date.today().isoformat()}: the newest report "
             f"then was\n# {found.report.url} ({found.report.title})."]
    values = {"slug": portal.slug, "name": portal.name, "division_code": portal.division_code,
              "level": portal.level, "province": portal.province, "family": found.family}
    lines += [f"{key} = {toml_value(values[key])}" for key in REGISTRY_KEYS]
    lines.append(f"start_urls = {toml_value([found.start_url])}")
    if found.overrides:
        lines.append("\n[overrides]")
        lines += [f"{key} = {toml_value(value)}" for key, value in found.overrides.items()]
    return "\n".join(lines) + "\n"


def fixture_path(sites: Path, url: str) -> Path:
    """Where the replay server (crawler/replay/sites.py) looks for `url` under `sites`."""
    path = url_file(sites, url)
    if any(segment.startswith("_") for segment in path.relative_to(sites).parts):
        raise ScaffoldError(f"{url}: the replay server never serves paths starting with _")
    return path


def header_rules(pages: dict[str, Fetched]) -> dict[str, dict[str, dict[str, str]]]:
    """{host: {path rule: headers}} for pages whose Content-Type the replay server would not
    guess from the file name (a GBK page served without charset must stay so in replay)."""
    rules: dict[str, dict[str, dict[str, str]]] = {}
    for url, page in pages.items():
        parts = urlsplit(url)
        name = fixture_path(Path("."), url).name
        if page.content_type and page.content_type != guess_content_type(name, page.body):
            key = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            rules.setdefault(parts.hostname or "", {})[key] = {"Content-Type": page.content_type}
    return rules


def merged_rules(rules_file: Path, headers: dict[str, dict[str, str]], force: bool) -> bytes:
    existing = json.loads(rules_file.read_text("utf-8")) if rules_file.is_file() else {}
    table = existing.setdefault("headers", {})
    for key, value in headers.items():
        if key in table and table[key] != value and not force:
            raise ScaffoldError(f"{rules_file}: a different header rule for {key} exists "
                                "(--force replaces it)")
        table[key] = value
    return (json.dumps(existing, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def plan_files(portal: NewPortal, *, portal_dir: Path, portals: Path,
               force: bool) -> dict[Path, bytes]:
    """The registry entry in `portal_dir`, the portal's folder `<portals>/<slug>/`."""
    found = portal.discovery
    sites = portals / portal.slug / SITE_DIR
    plan = {portal_dir / f"{portal.slug}.toml": registry_toml(portal).encode("utf-8")}
    for url, page in found.pages.items():
        plan[fixture_path(sites, url)] = page.body
    for host, headers in header_rules(found.pages).items():
        rules_file = sites / host / RULES_FILE
        plan[rules_file] = merged_rules(rules_file, headers, force)
    expected = json.dumps(expected_json(found), ensure_ascii=False, indent=2) + "\n"
    plan[portals / portal.slug / EXPECTED_FILE] = expected.encode("utf-8")
    return plan


def expected_json(found: Discovery) -> dict[str, Any]:
    """expected.json of a new portal: the report found, cleaned as the crawl will clean it, and
    the listing's other links with the reason the crawl passes them over."""
    reports = [expected_report(found, FoundReport(found.report, found.report_year,
                                                  found.report_pages))]
    reports += [expected_report(found, older) for older in found.older_reports]
    notes = (f"Written by `fazhi new-portal` on {date.today().isoformat()} from "
             f"{found.start_url}: the newest report then and the listing's other links, "
             f"over {len(found.listing_pages) or 1} listing page(s).")
    return {"notes": " ".join([notes, *found.notes]), "column": found.start_url,
            "listing_pages": found.listing_pages, "reports": reports,
            "skipped": [{"url": entry.url, "title": entry.title, "why": why}
                        for entry, why in found.skipped],
            "failures": [{"url": entry.url, "title": entry.title, "why": error}
                         for entry, error in found.unfetched]}


def expected_report(found: Discovery, report: FoundReport) -> dict[str, Any]:
    """A report's expected.json entry: as cleaning reads it (the year alone when it cannot)."""
    document = cleaned_report(found, report)
    entry: dict[str, Any] = {"url": report.entry.url, "year": report.year}
    if document is not None:
        entry.update(year=report.year or document.report_year, title=document.title,
                     sections=len(document.sections),
                     level1=[category_name(s.category) for s in document.sections
                             if s.level == 1])
    return entry


def category_name(category: str | list[str] | None) -> str | None:
    """A level-1 category as the corpus stores it: a part covering two is "a,b"."""
    return ",".join(category) if isinstance(category, list | tuple) else category


def cleaned_report(found: Discovery, report: FoundReport) -> Any:
    """The report's Document (cleaning), None when cleaning cannot read it."""
    from cleaning import CleaningError, ListingHint, clean

    urls = [report.entry.url, *report.pages]
    page = found.pages[report.entry.url]
    hint = ListingHint(title=report.entry.title, date=report.entry.published,
                       url=report.entry.listing_url)
    try:
        return clean([found.pages[url].body for url in urls], report.entry.url,
                     page.content_type, page_urls=urls, listing=hint)
    except CleaningError:
        return None


def write_files(plan: dict[Path, bytes], *, force: bool) -> list[Path]:
    """Write the planned files; the ones actually written (identical files are skipped)."""
    clashes = [path for path, data in plan.items()
               if path.exists() and path.name != RULES_FILE and path.read_bytes() != data]
    if clashes and not force:
        raise ScaffoldError("would overwrite (pass --force): " + ", ".join(map(str, clashes)))
    written = []
    for path, data in plan.items():
        if path.exists() and path.read_bytes() == data:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)
    return written
