"""Why a portal the user named is unknown, in the words of the one error line that says so.

The registry names a portal by the ``slug`` inside its TOML file, never by the file's name: a
new user who copies ``hanyang.toml`` to ``jinhe.toml`` and leaves ``slug = "hanyang"`` (or
writes ``jin_he``) got only "unknown portal(s): jinhe". ``unknown_portal_hint`` adds, after the
registry's message, the file named like the slug that holds another slug, or else the
``--portal-dir`` that registers a test-only portal.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path

from settings.registry import PORTAL_FILE, portal_dirs

TEST_PORTALS = Path("tests/portals")   # test-only portals: <slug>/portal.toml (not registered)


def unknown_portal_hint(slugs: Iterable[str], replay: Path | None,
                        extra_dirs: Sequence[Path] = ()) -> str:
    """"; …" to append to the registry's "unknown portal" error, or ""."""
    slugs = list(slugs)
    return misnamed_hint(slugs, extra_dirs) or test_portal_hint(slugs, replay)


def misnamed_hint(slugs: Iterable[str], extra_dirs: Sequence[Path] = ()) -> str:
    """For a slug whose file (``<dir>/<slug>.toml`` or ``<dir>/<slug>/portal.toml`` in a
    registry directory) holds another slug: which file, which slug, what to do."""
    for slug in slugs:
        for folder in portal_dirs(extra_dirs):
            for path in (folder / f"{slug}.toml", folder / slug / PORTAL_FILE):
                inside = _slug_in(path)
                if inside is not None and inside != slug:
                    return (f"; {path} holds slug {inside!r}, not {slug!r} (a portal is named "
                            f"by the slug in its file, not by the file's name): name it "
                            f"{inside}, or set slug = \"{slug}\" in {path.name}")
    return ""


def _slug_in(path: Path) -> str | None:
    """The slug a TOML file declares, or None (no file, unreadable, no slug string)."""
    try:
        slug = tomllib.loads(path.read_text("utf-8")).get("slug")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    return slug if isinstance(slug, str) else None


def test_portal_hint(slugs: Iterable[str], replay: Path | None) -> str:
    """For an unknown portal that is a test-only portal (``<folder>/<slug>/portal.toml`` in the
    --replay folder or TEST_PORTALS): the --portal-dir that registers it, else ""."""
    for folder in dict.fromkeys(f for f in (replay, TEST_PORTALS) if f is not None):
        found = [slug for slug in slugs if (folder / slug / PORTAL_FILE).is_file()]
        if found:
            return (f"; {', '.join(found)} is a test portal in {folder}: add --portal-dir "
                    f"{folder} (and --replay {folder} for its saved pages)")
    return ""
