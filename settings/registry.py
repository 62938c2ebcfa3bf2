"""The portal registry: one TOML file per portal, validated when loaded.

`load_registry()` reads `settings/portals/*.toml` plus any extra directories (the Scrapy setting
FAZHI_PORTAL_DIRS, or the environment variable of the same name, `os.pathsep`-separated) and
returns `{slug: Portal}`. Every problem raises `RegistryError` naming the file and the key, so
`scrapy list` fails with a message a person can act on.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from settings.divisions import province_for
from settings.families import family_names
from settings.levels import LEVELS

DEFAULT_PORTAL_DIR = Path(__file__).resolve().parent / "portals"
PORTAL_DIRS_ENV = "FAZHI_PORTAL_DIRS"
PORTAL_FILE = "portal.toml"   # the entry inside a portal folder <dir>/<slug>/

FAMILIES = family_names()   # the family table's, settings/families.py (checked at load time)
REQUIRED_KEYS = ("slug", "name", "division_code", "level", "province", "family", "start_urls")
OPTIONAL_KEYS = ("allowed_domains", "expect_empty", "overrides")
SLUG_RE = re.compile(r"^[a-z][a-z0-9_]*$")  # a slug is a Python/Scrapy spider name
DIVISION_CODE_RE = re.compile(r"^[1-8]\d{5}$")  # GB/T 2260: six digits, first = region 1..8
PROVINCE_RE = re.compile(r"^\S+(省|市|自治区|特别行政区)$")


class RegistryError(ValueError):
    """A portal registry entry is missing, malformed or duplicated."""


@dataclass(frozen=True)
class Portal:
    slug: str
    name: str
    division_code: str
    level: str
    province: str
    family: str
    start_urls: tuple[str, ...]
    allowed_domains: tuple[str, ...] = ()
    expect_empty: bool = False
    overrides: dict[str, Any] = field(default_factory=dict)
    source: str = ""  # the TOML file this entry came from

    def as_row(self) -> dict[str, Any]:
        """The registry copy stored in the corpus `portals` table."""
        return {
            "slug": self.slug, "name": self.name, "division_code": self.division_code,
            "level": self.level, "province": self.province, "family": self.family,
        }


def portal_dirs(extra: Iterable[str | os.PathLike[str]] = ()) -> list[Path]:
    """The default directory, then `extra`, then FAZHI_PORTAL_DIRS from the environment."""
    dirs = [DEFAULT_PORTAL_DIR, *(Path(d) for d in extra)]
    env = os.environ.get(PORTAL_DIRS_ENV, "")
    dirs += [Path(d) for d in env.split(os.pathsep) if d]
    unique: list[Path] = []
    for d in dirs:
        if d.resolve() not in [u.resolve() for u in unique]:
            unique.append(d)
    return unique


def load_registry(dirs: Iterable[str | os.PathLike[str]] | None = None) -> dict[str, Portal]:
    """Load and validate every `*.toml` under `dirs` (default: `portal_dirs()`)."""
    paths = [Path(d) for d in dirs] if dirs is not None else portal_dirs()
    portals: dict[str, Portal] = {}
    for directory in paths:
        for path, text in toml_entries(directory):
            portal = load_portal(path, text)
            if portal.slug in portals:
                first = portals[portal.slug].source
                raise RegistryError(f"{path}: duplicate slug {portal.slug!r} (also in {first})")
            portals[portal.slug] = portal
    return portals


def toml_entries(directory: Path) -> list[tuple[Path, bytes | None]]:
    """The `*.toml` files of a registry directory, by name, then its folders' `portal.toml`:
    (path, None) for files on disk; for the bundled entries of a zipped install (a scrapyd egg)
    (path, their bytes), read as package data because there is no directory to list."""
    if directory.is_dir():
        # A test portal folder (tests/portals/<slug>/) keeps its entry in portal.toml.
        folders = [p for p in sorted(directory.glob(f"*/{PORTAL_FILE}"))
                   if not p.parent.name.startswith("_")]
        return [(path, None) for path in sorted(directory.glob("*.toml")) + folders]
    if directory.resolve() == DEFAULT_PORTAL_DIR.resolve():
        bundled = resources.files(__package__ or "settings").joinpath("portals")
        if bundled.is_dir():
            entries = sorted((e for e in bundled.iterdir() if e.name.endswith(".toml")),
                             key=lambda entry: entry.name)
            return [(directory / entry.name, entry.read_bytes()) for entry in entries]
    raise RegistryError(f"{directory}: portal directory does not exist")


def load_portal(path: Path, data: bytes | None = None) -> Portal:
    """Read and validate one registry file (`data`: its bytes, when already read)."""
    try:
        raw = path.read_bytes() if data is None else data
        entry = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RegistryError(f"{path}: not valid TOML: {exc}") from exc
    return _validated(path, entry)


def _validated(path: Path, data: dict[str, Any]) -> Portal:
    def fail(key: str, problem: str) -> RegistryError:
        return RegistryError(f"{path}: {problem} {key!r}" if problem else f"{path}: {key}")

    for key in REQUIRED_KEYS:
        if key not in data:
            raise fail(key, "missing key")
    for key in data:
        if key not in REQUIRED_KEYS + OPTIONAL_KEYS:
            raise fail(key, "unknown key")
    for key in ("slug", "name", "division_code", "level", "province", "family"):
        if not isinstance(data[key], str) or not data[key].strip():
            raise fail(key, "expected a non-empty string for key")
    _check_values(data, fail)
    start_urls = _url_list(data["start_urls"], "start_urls", fail)
    allowed = data.get("allowed_domains") or [urlsplit(u).hostname for u in start_urls]
    if not isinstance(allowed, list) or not all(isinstance(d, str) and d for d in allowed):
        raise fail("allowed_domains", "expected a list of host names for key")
    _check_start_urls_allowed(start_urls, allowed, fail)
    if not isinstance(data.get("expect_empty", False), bool):
        raise fail("expect_empty", "expected true or false for key")
    if not isinstance(data.get("overrides", {}), dict):
        raise fail("overrides", "expected a table for key")
    return Portal(
        slug=data["slug"], name=data["name"], division_code=data["division_code"],
        level=data["level"], province=data["province"], family=data["family"],
        start_urls=tuple(start_urls), allowed_domains=tuple(dict.fromkeys(allowed)),
        expect_empty=data.get("expect_empty", False), overrides=dict(data.get("overrides", {})),
        source=str(path),
    )


def _check_values(data: dict[str, Any], fail) -> None:
    if not SLUG_RE.match(data["slug"]):
        raise fail("slug", "expected lowercase letters, digits, _ for key")
    if not DIVISION_CODE_RE.match(data["division_code"]):
        raise fail("division_code", "expected a six-digit GB/T 2260 code for key")
    if data["level"] not in LEVELS:
        raise fail("level", f"expected one of {', '.join(LEVELS)} for key")
    if data["family"] not in family_names():
        raise fail("family", f"expected one of {', '.join(family_names())} for key")
    if not PROVINCE_RE.match(data["province"]):
        raise fail("province", "expected a province-level name (…省/市/自治区) for key")
    code_province = province_for(data["division_code"])
    if code_province != data["province"]:
        raise fail("division_code", f"code {data['division_code']} is in "
                   f"{code_province or 'no province'}, not {data['province']}, in key")


def _check_start_urls_allowed(start_urls: list[str], allowed: list[str], fail) -> None:
    """Scrapy's offsite rule: a host is allowed when it is a domain or one of its subdomains."""
    for url in start_urls:
        host = urlsplit(url).hostname or ""
        if not any(host == domain or host.endswith(f".{domain}") for domain in allowed):
            raise fail("start_urls", f"{url} is outside allowed_domains ({', '.join(allowed)}) "
                       "in key")


def _url_list(value: Any, key: str, fail) -> list[str]:
    if not isinstance(value, list) or not value:
        raise fail(key, "expected a non-empty list of URLs for key")
    for url in value:
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            raise fail(key, f"not an http(s) URL ({url!r}) in key")
    return list(value)
