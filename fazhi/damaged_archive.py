"""Commands that need only the corpus but read the archive too (`fazhi stats`, `fazhi serve`):
a damaged archive costs the cells it gives (failed report links), with a warning naming it and
its recovery, never the whole command."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from fazhi.errors import damage, damaged_file_message, is_corruption

T = TypeVar("T")


def with_archive_if_readable(run: Callable[[Path | None], T], corpus: Path,
                             archive: Path | None, lost: str) -> T:
    """`run(archive)`; when that fails because the archive (not the corpus) is damaged, a
    warning (`lost`: what the output lacks), then `run(None)`."""
    try:
        return run(archive)
    except sqlite3.DatabaseError as exc:
        problem = damage(archive) if archive is not None and archive.exists() else None
        if not is_corruption(exc) or not problem or damage(corpus):
            raise
    assert archive is not None   # a damage was found in it
    click.echo(f"warning: {lost}: " + damaged_file_message(archive, problem), err=True)
    return run(None)
