"""What `fazhi new-portal` writes: the registry entry, the saved pages, the replay test.

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
from urllib.parse import unquote, urlsplit

from crawler.replay.rules import RULES_FILE, guess_content_type
from fazhi.portal_scaffold import Discovery, Fetched, ScaffoldError

PROJECT_ROOT = Path(__file__).resolve().parents[1]
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
    """Where the replay server (crawler/replay/server.py) looks for `url` under `sites`."""
    parts = urlsplit(url)
    relative = unquote(parts.path or "/").lstrip("/")
    if not relative or relative.endswith("/"):
        relative += "index.html"
    if parts.query:
        relative += f"@{parts.query}"
    if any(segment.startswith("_") for segment in Path(relative).parts):
        raise ScaffoldError(f"{url}: the replay server never serves paths starting with _")
    return sites / (parts.hostname or "") / relative


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


def plan_files(portal: NewPortal, *, portal_dir: Path, sites: Path, tests_dir: Path,
               force: bool) -> dict[Path, bytes]:
    found = portal.discovery
    plan = {portal_dir / f"{portal.slug}.toml": registry_toml(portal).encode("utf-8")}
    for url, page in found.pages.items():
        plan[fixture_path(sites, url)] = page.body
    for host, headers in header_rules(found.pages).items():
        rules_file = sites / host / RULES_FILE
        plan[rules_file] = merged_rules(rules_file, headers, force)
    plan[tests_dir / f"test_{portal.slug}.py"] = replay_test(portal, portal_dir, sites).encode()
    return plan


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


def _in_project(path: Path) -> str:
    """A path as the generated test should spell it: project-relative when inside it."""
    resolved = path.resolve()
    if resolved.is_relative_to(PROJECT_ROOT):
        return f"ROOT / {str(resolved.relative_to(PROJECT_ROOT))!r}"
    return f"Path({str(resolved)!r})"


def replay_test(portal: NewPortal, portal_dir: Path, sites: Path) -> str:
    found = portal.discovery
    return REPLAY_TEST.format(
        slug=portal.slug, name=portal.name, family=found.family, today=date.today().isoformat(),
        sites=_in_project(sites), portal_dir=_in_project(portal_dir),
        expected=f"    {found.report.url!r}: {found.report_year!r},",
    )


REPLAY_TEST = '''# ruff: noqa: E501  (written by `fazhi new-portal`: long URLs stay on one line)
"""Replay test for portal {slug}: {name} ({family}), written by `fazhi new-portal` on {today}.

Crawls the portal from its saved pages (the replay server on 127.0.0.1, no network) and checks
that the reports found then are still found, cleaned into the corpus with their year.
"""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import crawler

ROOT = Path(crawler.__file__).resolve().parents[1]
SITES = {sites}
PORTAL_DIR = {portal_dir}
SLUG = "{slug}"
EXPECTED_REPORTS = {{  # report URL -> report year
{expected}
}}


def test_{slug}_reports_found_in_saved_pages(tmp_path):
    command = [sys.executable, "-m", "crawler.runner", "--data-dir", str(tmp_path),
               "--replay", str(SITES), "--portal-dir", str(PORTAL_DIR), SLUG]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.stdout.strip(), done.stderr[-3000:]
    summary = json.loads(done.stdout)["portals"][SLUG]
    assert summary["reports_found"] >= len(EXPECTED_REPORTS)
    with sqlite3.connect(tmp_path / "corpus.db") as corpus:
        rows = corpus.execute("SELECT url, report_year FROM documents WHERE portal = ?", [SLUG])
        found = dict(rows.fetchall())
    for url, year in EXPECTED_REPORTS.items():
        assert url in found, f"{{url}} not collected: {{summary}}"
        assert found[url] == year
'''
