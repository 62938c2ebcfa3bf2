"""pyproject's ruff excludes name folders that exist (a stale entry hides nothing but misleads),
and every saved portal site's Python replay handlers stay out of the lint."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def ruff_excludes() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["ruff"]["extend-exclude"]


def test_every_ruff_exclude_names_an_existing_folder() -> None:
    stale = [pattern for pattern in ruff_excludes() if not any(ROOT.glob(pattern))]
    assert stale == []


def test_every_saved_site_is_excluded() -> None:
    sites = {path.relative_to(ROOT) for path in ROOT.glob("tests/**/site") if path.is_dir()}
    excluded = {path.relative_to(ROOT) for pattern in ruff_excludes()
                for path in ROOT.glob(pattern)}
    assert sites and sites <= excluded, sorted(map(str, sites - excluded))
