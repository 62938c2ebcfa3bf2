"""Running `python -m crawler.runner` in a subprocess (Twisted's reactor cannot restart)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Mapping, Sequence
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


ROBOTS_OPEN = "User-agent: *\nDisallow:\n"   # a robots.txt that keeps nothing out


@dataclass(frozen=True)
class Entry:
    """The government and family of a test portal's registry entry."""
    name: str = "岭后县人民政府"
    division_code: str = "330329"
    level: str = "county"
    province: str = "浙江省"
    family: str = "generic"

    def toml(self, slug: str, start_urls: Sequence[str]) -> str:
        starts = ", ".join(f'"{url}"' for url in start_urls)
        return (f'slug = "{slug}"\nname = "{self.name}"\n'
                f'division_code = "{self.division_code}"\nlevel = "{self.level}"\n'
                f'province = "{self.province}"\nfamily = "{self.family}"\n'
                f"start_urls = [{starts}]\n")


COUNTY = Entry()   # a generic county portal


def write_site(sites: Path, host: str, files: Mapping[str, str | bytes]) -> None:
    """`files` (path → text, UTF-8, or bytes) as `host`'s site for the replay server."""
    for path, body in files.items():
        file = sites / host / path
        file.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(body, bytes):
            file.write_bytes(body)
        else:
            file.write_text(body, encoding="utf-8")


def write_entry(portals: Path, slug: str, start_urls: Sequence[str],
                entry: Entry = COUNTY) -> Path:
    """The registry entry `portals/<slug>.toml`; its path."""
    portals.mkdir(parents=True, exist_ok=True)
    path = portals / f"{slug}.toml"
    path.write_text(entry.toml(slug, start_urls), encoding="utf-8")
    return path


def write_portal(tmp_path: Path, slug: str, host: str, start_path: str | Sequence[str],
                 files: Mapping[str, str | bytes],
                 entry: Entry = COUNTY) -> tuple[Path, Path, Path]:
    """A test portal under `tmp_path`: `files` on `host`, its registry entry starting at
    `start_path` (one path on `host`, or several); (sites, portals, data) for run_crawl.
    Portals written under one `tmp_path` share its sites and registry folders: one crawl."""
    sites, portals, data = tmp_path / "sites", tmp_path / "portals", tmp_path / "data"
    write_site(sites, host, files)
    paths = [start_path] if isinstance(start_path, str) else start_path
    write_entry(portals, slug, [f"http://{host}/{path}" for path in paths], entry)
    data.mkdir(exist_ok=True)
    return sites, portals, data
