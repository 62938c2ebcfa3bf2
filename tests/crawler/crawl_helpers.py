"""Running `python -m crawler.runner` in a subprocess (Twisted's reactor cannot restart)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def shell_status(returncode: int) -> int:
    """The exit status a shell reports: a process ended by signal N (Popen's -N) is 128 + N.
    A second signal that lands while Python shuts down (its handlers are back to the default
    then) ends the process by the signal itself rather than by our os._exit(128 + N)."""
    return 128 - returncode if returncode < 0 else returncode


@dataclass
class Crawl:
    returncode: int
    result: dict[str, Any]
    requests: list[tuple[str, str, int]]   # the replay server's log: (method, url, status)
    log: str

    def portal(self, slug: str) -> dict[str, Any]:
        return self.result["portals"][slug]

    def requested(self, url: str) -> list[int]:
        """Statuses the replay server answered for `url`."""
        return [status for _, u, status in self.requests if u == url]


def run_crawl(data_dir: Path, sites: Path, portal_dirs: list[Path], slugs: list[str],
              *extra: str) -> Crawl:
    log_file = data_dir / "replay-log.json"
    command = [sys.executable, "-m", "crawler.runner", "--data-dir", str(data_dir),
               "--replay", str(sites), "--replay-log", str(log_file)]
    for directory in portal_dirs:
        command += ["--portal-dir", str(directory)]
    done = subprocess.run([*command, *extra, *slugs], cwd=ROOT, capture_output=True,
                          text=True, timeout=180)
    assert done.stdout.strip(), done.stderr[-3000:]
    requests = [tuple(r) for r in json.loads(log_file.read_text())]
    return Crawl(done.returncode, json.loads(done.stdout), requests, done.stderr)


def query(db_file: Path, sql: str, *params: Any) -> list[sqlite3.Row]:
    with sqlite3.connect(db_file) as db:
        db.row_factory = sqlite3.Row
        return db.execute(sql, params).fetchall()


def write_portal(tmp_path: Path, slug: str, host: str, start_path: str,
                 files: dict[str, str]) -> tuple[Path, Path, Path]:
    """A one-portal test site under `tmp_path`: `files` (path → text) on `host`, its registry
    entry (a generic county portal starting at `start_path`); (sites, portals, data) for
    run_crawl."""
    sites, portals, data = tmp_path / "sites", tmp_path / "portals", tmp_path / "data"
    for path, text in files.items():
        file = sites / host / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text, encoding="utf-8")
    portals.mkdir()
    (portals / f"{slug}.toml").write_text(
        f'slug = "{slug}"\nname = "岭后县人民政府"\ndivision_code = "330329"\n'
        'level = "county"\nprovince = "浙江省"\nfamily = "generic"\n'
        f'start_urls = ["http://{host}/{start_path}"]\n', encoding="utf-8")
    data.mkdir()
    return sites, portals, data

