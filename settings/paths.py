"""Where fazhi keeps its databases: the one definition the CLI, the crawler and the runner use.

A data directory holds `archive.db` and `corpus.db`; the Scrapy settings FAZHI_ARCHIVE and
FAZHI_CORPUS may name either file elsewhere (`explicit`).
"""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "FAZHI_DATA_DIR"
DEFAULT_DATA_DIR = "data"
ARCHIVE_FILE = "archive.db"
CORPUS_FILE = "corpus.db"


def archive_path(data_dir: str | os.PathLike[str] | None,
                 explicit: str | os.PathLike[str] | None = None) -> Path:
    """`explicit` if given, else `<data_dir>/archive.db` (data_dir default: `data`)."""
    return Path(explicit) if explicit else Path(data_dir or DEFAULT_DATA_DIR) / ARCHIVE_FILE


def corpus_path(data_dir: str | os.PathLike[str] | None,
                explicit: str | os.PathLike[str] | None = None) -> Path:
    """`explicit` if given, else `<data_dir>/corpus.db` (data_dir default: `data`)."""
    return Path(explicit) if explicit else Path(data_dir or DEFAULT_DATA_DIR) / CORPUS_FILE
